/**
 * The gazetteer's own rules, checked at build time on top of GeoJSON validity: names are unique, parents exist
 * and contain their children, geometry that is not a surveyed boundary says what it stands for, and the places the
 * linker's ambiguity rules (geo/not-places.json) name exist.
 * Framework-free; throws AtlasInputError naming the file, the feature id and the reason.
 */
import { pointOnFeature, pointToPolygonDistance } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { areaContains } from './area-index.ts';
import type { GazetteerFeature, GeometryQuality, PlaceKind } from './types.ts';
import { AtlasInputError } from './validate.ts';
import { ID_RULE, isAtlasId } from '../url/ids.ts';

export const PLACE_KINDS: readonly PlaceKind[] = ['province', 'prefecture', 'county', 'district', 'neighbour', 'town', 'village', 'park', 'water', 'landmark', 'transport', 'project'];
export const GEOMETRY_QUALITIES: readonly GeometryQuality[] = ['boundary', 'track', 'surveyed-point', 'seat-point', 'station-chain', 'endpoints-only', 'approximate', 'unlocated'];
/** Qualities that stand for something they are not (an area by its seat, a line by its stations …) or for nothing: they must say so. */
const NEEDS_NOTE: ReadonlySet<GeometryQuality> = new Set(['seat-point', 'station-chain', 'endpoints-only', 'approximate', 'unlocated']);
/** Kinds whose names repeat in the official lists (two 城东街道, eight 双溪村): the source tells them apart by code and parent. */
const ADMIN_UNITS: ReadonlySet<PlaceKind> = new Set(['town', 'village']);
/** More places than this at one point make an unreadable stack, and say "here" of places that are not (issue #11). */
export const MAX_PLACES_PER_POINT = 5;
const STATUSES = new Set(['planned', 'proposed', 'under-construction', 'completed', 'in-operation', 'unknown']);

/**
 * How far outside its parent a child's position may fall and still count as inside: shared borders are simplified
 * to metres, and a line cut at the prefecture border ends on it, so exact containment would fail on rounding alone.
 */
export const CONTAINMENT_TOLERANCE_M = 50;

/** A gazetteer feature with the file it came from, for error messages. */
export interface PlacedFeature {
  file: string;
  feature: GazetteerFeature;
}

/** The gazetteer's geographic rules: kinds, qualities and their notes, unique names, parents that contain their children. */
export function checkGazetteer(placed: PlacedFeature[]): void {
  const byId = new Map(placed.map((p) => [p.feature.properties.id, p]));
  for (const p of placed) checkProperties(p);
  checkNames(placed);
  for (const p of placed) checkParent(p, byId);
  checkStacks(placed);
}

function fail(p: PlacedFeature, reason: string): never {
  throw new AtlasInputError(p.file, reason, p.feature.properties.id);
}

function checkProperties(p: PlacedFeature): void {
  const props = p.feature.properties;
  if (!PLACE_KINDS.includes(props.kind)) fail(p, `unknown kind "${props.kind}"`);
  if (!GEOMETRY_QUALITIES.includes(props.geometry_quality)) fail(p, `unknown geometry_quality "${props.geometry_quality}"`);
  if ((p.feature.geometry === null) !== (props.geometry_quality === 'unlocated')) {
    fail(p, props.geometry_quality === 'unlocated' ? 'an "unlocated" place has no geometry (null)' : 'geometry is missing (null); only an "unlocated" place may have none');
  }
  if (props.geometry_quality === 'unlocated' && !props.parent) fail(p, 'an "unlocated" place needs a parent: the most specific area it is known to be in');
  if (NEEDS_NOTE.has(props.geometry_quality) && !props.quality_note?.trim()) {
    fail(p, `geometry_quality "${props.geometry_quality}" needs a quality_note saying what the geometry stands for`);
  }
  if (!Array.isArray(props.aliases) || props.aliases.some((a) => typeof a !== 'string' || a === '')) fail(p, 'aliases must be a list of non-empty strings');
  for (const s of props.status_statements ?? []) {
    if (!s.document || !s.quote || !STATUSES.has(s.status)) fail(p, `bad status statement ${JSON.stringify(s)}`);
    // A document named by an id no link could carry could never be opened from the timeline.
    if (!isAtlasId(s.document)) fail(p, `status statement names document "${s.document}", which is not a document id (${ID_RULE})`);
  }
}

/** Official names are unique, except between administrative units (towns, villages), which repeat in the official lists. */
function checkNames(placed: PlacedFeature[]): void {
  const first = new Map<string, PlacedFeature>();
  for (const p of placed) {
    const other = first.get(p.feature.properties.name);
    if (other && !(ADMIN_UNITS.has(p.feature.properties.kind) && ADMIN_UNITS.has(other.feature.properties.kind))) {
      fail(p, `name "${p.feature.properties.name}" is already the name of "${other.feature.properties.id}" (${other.file})`);
    }
    if (!other) first.set(p.feature.properties.name, p);
  }
}

/**
 * No point carries more than MAX_PLACES_PER_POINT places (Points, and the members of MultiPoints): a place no
 * source locates is unlocated, not stacked on another place's point.
 */
export function checkStacks(placed: PlacedFeature[]): void {
  const at = new Map<string, PlacedFeature[]>();
  for (const p of placed) {
    const g = p.feature.geometry;
    if (p.feature.properties.context || !g || (g.type !== 'Point' && g.type !== 'MultiPoint')) continue;
    const points = g.type === 'Point' ? [g.coordinates] : g.coordinates;
    for (const key of new Set(points.map((c) => c.join(', ')))) {
      const stack = at.get(key);
      if (stack) stack.push(p);
      else at.set(key, [p]);
    }
  }
  for (const [point, stack] of at) {
    if (stack.length <= MAX_PLACES_PER_POINT) continue;
    const ids = stack.map((p) => p.feature.properties.id).join(', ');
    fail(stack.at(-1)!, `${stack.length} places stand at [${point}] (${ids}); at most ${MAX_PLACES_PER_POINT} may share a point — a place no source locates is "unlocated", not placed at another's point`);
  }
}

/**
 * Every place an ambiguity rule of geo/not-places.json names must exist. (Two places may share a name or alias: the
 * linker decides between them by context, src/lib/linker/linker.ts.)
 */
export function checkAmbiguityPlaces(features: readonly GazetteerFeature[], data: { file: string; ambiguous: Record<string, { places: string[] }> }): void {
  const ids = new Set(features.map((f) => f.properties.id));
  for (const [surface, entry] of Object.entries(data.ambiguous)) {
    const unknown = entry.places.find((id) => !ids.has(id));
    if (unknown) throw new AtlasInputError(data.file, `"${surface}": place "${unknown}" is not in the gazetteer`);
  }
}

function positionsOf(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positionsOf);
  const flat = (c: unknown): Position[] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as Position] : (c as unknown[]).flatMap(flat));
  return flat(geometry.coordinates);
}

const isPolygonal = (g: Geometry | null): g is Polygon | MultiPolygon => g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/** Inside the area, or within the tolerance of its edge. */
export function withinArea(position: Position, area: Polygon | MultiPolygon): boolean {
  if (areaContains(area, position)) return true;
  return pointToPolygonDistance(position, area, { units: 'meters' }) <= CONTAINMENT_TOLERANCE_M;
}

function checkParent(p: PlacedFeature, byId: Map<string, PlacedFeature>): void {
  const { parent } = p.feature.properties;
  if (parent === null || parent === undefined) return; // a top-level place: the prefecture, a context feature
  if (!byId.has(parent)) fail(p, `parent "${parent}" is not in the gazetteer`);
  if (!p.feature.geometry) return; // unlocated: nothing to contain

  // The nearest ancestor with an area is what must contain the child: a town's seat point contains nothing.
  const seen = new Set([p.feature.properties.id]);
  let ancestor = byId.get(parent)!;
  while (!ancestor.feature.geometry || !isPolygonal(ancestor.feature.geometry)) {
    const next = ancestor.feature.properties.parent;
    if (seen.has(ancestor.feature.properties.id)) fail(p, `parent chain loops at "${ancestor.feature.properties.id}"`);
    seen.add(ancestor.feature.properties.id);
    if (!next || !byId.has(next)) fail(p, `no ancestor of "${parent}" has an area to check containment against`);
    ancestor = byId.get(next)!;
  }
  const geometry = p.feature.geometry;
  if (geometry === null) return; // unlocated: it belongs to its parent, and nothing of it can lie outside
  const area = ancestor.feature.geometry as Polygon | MultiPolygon;
  const probes = isPolygonal(geometry) ? [pointOnFeature(geometry).geometry.coordinates] : positionsOf(geometry);
  const outside = probes.find((position) => !withinArea(position, area));
  if (outside) {
    const via = ancestor.feature.properties.id === parent ? '' : ` (checked against its ancestor "${ancestor.feature.properties.id}")`;
    fail(p, `parent "${parent}" does not contain it: [${outside.join(', ')}] is outside${via}`);
  }
}
