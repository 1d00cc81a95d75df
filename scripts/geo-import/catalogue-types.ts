/** The shape of the hand-curated gazetteer tables (catalogue.ts). No coordinates here: only references to source rows. */
import type { PlaceKind, StatusStatement } from '../../src/lib/geo/types.ts';

/** A sourced point another entry can stand at: an adcode row's Amap centre, or an entry already in the catalogue. */
export type PointRef = { adcode: string } | { place: string };

export type Placement =
  /** The entry's own Amap centre (adcode csv row): a town's or village's seat, standing for its area. */
  | { from: 'seat'; code: string }
  /**
   * The entry's own feature in places-scouted / gaps-scouted (a station node, a Wikipedia point, …);
   * `approximate` when the source itself is of low confidence.
   */
  | { from: 'scouted'; name_zh: string; quality: 'surveyed-point' | 'approximate' }
  /** An OurAirports record. */
  | { from: 'airport'; ident: string }
  /** Toll-station points the source labels as this road's: a MultiPoint, no line (their order is not verified). */
  | { from: 'toll-stations'; ids: string[] }
  /** A scouted station chain (straight segments between sourced stations, in line order), cut at the prefecture border. */
  | { from: 'station-chain'; name_zh: string }
  /** Scouted real track pieces, joined into one MultiLineString. */
  | { from: 'track'; name_zh: string[] }
  /** Approximate: the sourced point of the place the documents put this in; `why` says what the documents say. */
  | { from: 'at'; ref: PointRef; why: string }
  /** Approximate: the sourced points of the places the documents name as its ends (a road known only by its termini). */
  | { from: 'termini'; refs: PointRef[]; why: string };

export interface CatalogueEntry {
  id: string;
  kind: PlaceKind;
  /** Finer type for styling and legends (e.g. railway, expressway, station). */
  subkind?: string;
  /** Official Chinese name; unique across the gazetteer. */
  name: string;
  name_en: string;
  /** Surface forms the documents use besides `name` (spelling variants and abbreviations included). */
  aliases?: string[];
  /** Id of the containing place; absent for stations, whose county is found by point-in-polygon. */
  parent?: string;
  placement: Placement;
  /** 12-digit NBS (2016) code of the unit, where the entry is one. */
  adcode?: string;
  /** For transport and projects: what the documents say about its state, quoted verbatim. */
  status?: StatusStatement[];
  /** Stations: ids of the lines they are on. */
  lines?: string[];
  /** Added to the generated quality note (e.g. a conflict between the documents and the official list). */
  note?: string;
}

/** A string the coverage test finds in the documents that names no place to map, and why. */
export interface Exclusion {
  surface: string;
  reason: string;
}
