import type { FeatureCollection, Geometry, Point, Position } from 'geojson';
import { isLocated, type GeometryQuality, type PlaceFeature, type PlaceCollection, type PlaceKind } from '../geo/types.ts';
import { furthestStatus } from '../places/status.ts';
import { isShown, type MapFilter } from './filter.ts';
import { transportModeOf, type TransportMode } from '../places/transport.ts';
import { own } from '../records.ts';

export type GeometryClass = 'point' | 'line' | 'area';

/**
 * What a map feature carries: only what the style, the hit test and the embed's legend read. The map's GeoJSON
 * sources are copied to MapLibre's worker and cut into tiles with every property, so the panel's material
 * (sources, notes, aliases, statements) stays out of them; it is looked up by id.
 */
export interface MapProperties {
  id: string;
  kind: PlaceKind;
  name: string;
  name_en: string;
  /** Outside the prefecture: drawn, never selected. */
  context: boolean;
  geometry_quality: GeometryQuality;
  geom: GeometryClass;
  /** Passages that name the place. */
  mentions: number;
  /** The furthest status the documents state, or '' when they state none. */
  status: string;
  mode: TransportMode | '';
  /** The geometry stands in for something the sources do not locate precisely. */
  schematic: boolean;
  /** How many places of the gazetteer stand on this very point (1 for a point of its own, 0 for lines and areas). */
  stacked: number;
  /** The credit the geometry's licence asks for wherever it is drawn (the data's `credit`); absent when none. */
  credit?: string;
}

export type MapCollection = FeatureCollection<Geometry, MapProperties>;

/**
 * The ground a reader orients by: the counties, the prefecture and what surrounds it. The map draws it first, from a
 * source of its own that never changes, with its own label points in it (one source for the first view); the places'
 * sources and layers are added as soon as it has drawn (components/maplibre.ts `showAllPlaces`), so adding them does
 * not cut these large polygons into tiles a second time.
 */
export const GROUND_KINDS: ReadonlySet<PlaceKind> = new Set(['county', 'prefecture', 'neighbour', 'province']);

/** What the map draws, in three collections. */
export interface MapData {
  /** The ground's areas, and a label point for each (told apart by geometry type). */
  ground: MapCollection;
  places: MapCollection;
  /** One label point per place that is not a line. */
  labels: FeatureCollection<Point, MapProperties>;
  /**
   * The offline map's reference, drawn muted wherever the reader's filter leaves these places out: every town seat
   * and every line whose geometry is a real course (rivers, railway track). Of the gazetteer, so nothing is typed.
   */
  reference: MapCollection;
}

const SCHEMATIC: GeometryQuality[] = ['approximate', 'station-chain', 'endpoints-only'];

export function geometryClassOf(geometry: Geometry): GeometryClass {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 'point';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Polygon':
    case 'MultiPolygon':
      return 'area';
    case 'GeometryCollection':
      return geometry.geometries[0] ? geometryClassOf(geometry.geometries[0]) : 'point';
  }
}

const isPosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/** The credit a place's geometry asks for wherever it is drawn: the data's `credit` field, or '' for none. */
export const creditOf = (properties: Record<string, unknown>): string => {
  const credit = properties['credit'];
  return typeof credit === 'string' ? credit.trim() : '';
};

/** The distinct credits of the features drawn (a view's worth of MapProperties), in a stable order. */
export function creditsOf(drawn: Iterable<Partial<Pick<MapProperties, 'credit'>>>): string[] {
  const credits = new Set<string>();
  for (const p of drawn) if (p.credit) credits.add(p.credit);
  return [...credits].sort();
}

/**
 * The gazetteer plus the derived properties the map style draws from, and the areas' label points. A place no
 * source locates (no geometry) is not drawn at all: the app shows it by the area it belongs to.
 */
/** `passagesNaming`: how many passages name a place (the map's counts and shading). */
export function mapDataOf(gazetteer: PlaceCollection, passagesNaming: (placeId: string) => number): MapData {
  const located = gazetteer.features.filter(isLocated);
  const mapped: MapCollection = {
    type: 'FeatureCollection',
    features: located.map((f) => {
      const p = f.properties;
      const properties: MapProperties = {
        id: p.id,
        kind: p.kind,
        name: p.name,
        name_en: p.name_en,
        context: p.context === true,
        geometry_quality: p.geometry_quality,
        geom: geometryClassOf(f.geometry),
        mentions: passagesNaming(p.id),
        status: furthestStatus(p) ?? '',
        mode: p.kind === 'transport' ? transportModeOf(p) : '',
        schematic: SCHEMATIC.includes(p.geometry_quality),
        stacked: 0,
        ...(creditOf(p) ? { credit: creditOf(p) } : {}),
      };
      return { type: 'Feature', geometry: f.geometry, properties };
    }),
  };
  for (const group of pointGroups(mapped).values()) for (const f of group) f.properties.stacked = group.length;
  const labels = located.flatMap((f, i) => {
    const at = labelPointOf(f);
    return at ? [{ type: 'Feature' as const, properties: mapped.features[i]!.properties, geometry: { type: 'Point' as const, coordinates: at } }] : [];
  });
  const isGround = (f: { properties: MapProperties }) => GROUND_KINDS.has(f.properties.kind);
  return {
    ground: { type: 'FeatureCollection', features: [...mapped.features.filter(isGround), ...labels.filter(isGround)] },
    places: { type: 'FeatureCollection', features: mapped.features.filter((f) => !isGround(f)) },
    labels: { type: 'FeatureCollection', features: labels.filter((f) => !isGround(f)) },
    reference: { type: 'FeatureCollection', features: mapped.features.filter(isReference) },
  };
}

/** What the reference shows: town seats, and lines drawn along their real course (no straight station chains). */
const isReference = (f: { geometry: Geometry; properties: MapProperties }): boolean =>
  (f.properties.kind === 'town' && f.geometry.type === 'Point') || (f.properties.geom === 'line' && f.properties.geometry_quality === 'track');

/**
 * Where a place is labelled, once: an area at its label point (a polygon cut into tiles would otherwise be
 * labelled once per tile), a point at itself, a set of points (a road known only by its ends) at the first.
 */
function labelPointOf(f: PlaceFeature): Position | null {
  const g = f.geometry;
  if (geometryClassOf(g) === 'area') return isPosition(f.properties['label_point']) ? f.properties['label_point'] : null;
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'MultiPoint') return g.coordinates[0] ?? null;
  return null;
}

/** Gazetteer points (not context) grouped by their exact position. */
function pointGroups(places: MapCollection): Map<string, MapCollection['features']> {
  const groups = new Map<string, MapCollection['features']>();
  for (const f of places.features) {
    if (f.geometry.type !== 'Point' || f.properties.context) continue;
    const key = f.geometry.coordinates.join(',');
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

/** Which of the places on one spot leads: the most named, ties to the smaller id (the order of map/hit.ts placesHit). */
const leadFirst = (a: MapProperties, b: MapProperties) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1);

export type StackCollection = FeatureCollection<Point, MapProperties & { count: number }>;

/**
 * One feature per spot where several places stand on the same point, for what the filter shows: it carries the
 * properties of the place that leads them (its label; a click there lets the reader choose among them all) and how
 * many are shown there (the numbered disc).
 */
export function stacksOf(places: MapCollection, filter: MapFilter): StackCollection {
  const shown: MapCollection = {
    type: 'FeatureCollection',
    features: places.features.filter((f) => f.properties.stacked > 1 && isShown(f.properties, filter)),
  };
  return {
    type: 'FeatureCollection',
    features: [...pointGroups(shown).values()].map((group) => ({
      type: 'Feature',
      properties: { ...group.map((f) => f.properties).sort(leadFirst)[0]!, count: group.length },
      geometry: group[0]!.geometry as Point,
    })),
  };
}
