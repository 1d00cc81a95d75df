import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** What a gazetteer feature is; drives layer, legend and filters. */
export type PlaceKind =
  | 'province'
  | 'prefecture'
  | 'county'
  | 'district'
  | 'neighbour'
  | 'town'
  | 'village'
  | 'park'
  | 'water'
  | 'landmark'
  | 'transport'
  | 'project';

/**
 * How much the geometry can be trusted. A point that stands for an area or a schematic line says so here,
 * and the UI shows it.
 */
export type GeometryQuality =
  | 'boundary' // a surveyed administrative boundary
  | 'track' // real line geometry
  | 'surveyed-point' // a precise node from a source
  | 'seat-point' // the seat/centre of an area, standing for the whole area
  | 'station-chain' // straight segments through sourced stations, in line order
  | 'endpoints-only' // only sourced points on a road, no line
  | 'approximate' // a sourced point of low confidence, or a line known only by the sourced points at its ends
  | 'unlocated'; // no source locates it: `geometry` is null and `parent` is the most specific area it is known to be in

/** The state of a transport line or project as one document states it. */
export type ProjectStatus = 'planned' | 'proposed' | 'under-construction' | 'completed' | 'in-operation' | 'unknown';

export interface StatusStatement {
  /** Document id (data/documents/*.meta.json). */
  document: string;
  /** The words of the document, verbatim. */
  quote: string;
  status: ProjectStatus;
}

export interface PlaceProperties {
  /** Stable id: lowercase ASCII slug, used in URLs. */
  id: string;
  kind: PlaceKind;
  /** Finer type within the kind, for styling (e.g. railway, metro, expressway, station). */
  subkind?: string;
  /** Official Chinese name. */
  name: string;
  name_en: string;
  /** Generated with pinyin-pro, tone marks, syllables separated by spaces. */
  pinyin: string;
  /** Every surface form the documents use, besides `name`. */
  aliases: string[];
  /** Id of the containing place, or null for the prefecture and context features. */
  parent: string | null;
  geometry_quality: GeometryQuality;
  /** Why the geometry is what it is, for anything other than a boundary or a surveyed point. */
  quality_note?: string;
  /** The file or dataset (and version) the geometry came from. */
  source: string;
  /** Outside the prefecture: shown for orientation only. */
  context?: boolean;
  adcode?: string;
  /** The source row the import takes the geometry (and `source`) from; absent on records no source locates. */
  geometry_from?: GeometryFrom;
  /** Attribution the source's licence requires wherever the geometry is drawn (e.g. "© OpenStreetMap contributors (ODbL)"). */
  credit?: string;
  /** Transport and projects: what the documents say about their state. */
  status_statements?: StatusStatement[];
  [key: string]: unknown;
}

/**
 * Which source row a record's geometry comes from (geo/README.md, "geometry_from"). `row` names one row, `rows`
 * several (in order); `from`/`to` cut a line at the point nearest a sourced reference.
 */
export interface GeometryFrom {
  source: string;
  row?: string;
  rows?: string[];
  from?: LineCut;
  to?: LineCut;
}

/** A sourced point a line is cut at: the seat of an adcode row, or where another source row starts or ends. */
export type LineCut = { seat: string } | { start_of: string } | { end_of: string };

/** A place with a geometry: what the map can draw. */
export type PlaceFeature = Feature<Geometry, PlaceProperties>;
/** Any gazetteer record: `geometry` is null exactly when `geometry_quality` is "unlocated" (checked at build time). */
export type GazetteerFeature = Feature<Geometry | null, PlaceProperties>;
export type PlaceCollection = FeatureCollection<Geometry | null, PlaceProperties>;

export const isLocated = (f: GazetteerFeature): f is PlaceFeature => f.geometry !== null;
