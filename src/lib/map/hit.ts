import type { Geometry, Position } from 'geojson';
import type { MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { CLICKABLE_LAYERS, type LayerId } from './style.ts';

/** Pixels of slack around the pointer, so a thin line or a small point is easy to hit. */
export const HIT_TOLERANCE = 4;

export function hitBox(x: number, y: number, tolerance = HIT_TOLERANCE): [PointLike, PointLike] {
  return [
    [x - tolerance, y - tolerance],
    [x + tolerance, y + tolerance],
  ];
}

/** The clickable layers of small things, hit anywhere within the tolerance box around the pointer. */
export const NEAR_LAYERS: LayerId[] = ['point-hit', 'line-hit'];
/** The clickable layers of areas, hit only where the pointer is inside one: near a border it means the one it is in. */
export const UNDER_LAYERS: LayerId[] = CLICKABLE_LAYERS.filter((id) => !NEAR_LAYERS.includes(id));

/** A rendered feature as queryRenderedFeatures gives it, as far as the hit test reads it. */
export type MapHit = Pick<MapGeoJSONFeature, 'layer' | 'properties'> & Partial<Pick<MapGeoJSONFeature, 'state' | 'geometry'>>;

export interface PlacesHit {
  /**
   * The places the pointer means, the most named first (ties: the smaller id): one, or several when it is on places
   * stacked on one point, on lines that cross, or between places too close together to tell apart.
   */
  ids: string[];
  /** Several, all standing on one point (the map draws them as one numbered disc). */
  stacked: boolean;
}

interface Candidate {
  mentions: number;
  /** The hits of this place (a line cut into tiles comes once per tile). */
  hits: MapHit[];
}

/**
 * The places the pointer means, out of everything the map returned under it: only the topmost clickable layer counts
 * (a point over the line under it, a line over the county under it); within it, every place about as near to the
 * pointer as the nearest one (within HIT_TOLERANCE pixels of it), so a click on one point never means its neighbour
 * whose wide hit area it also touches, while a click on a stack or a crossing means all of them.
 * `distanceOf` gives a hit's distance from the pointer in pixels (`screenDistance`); it is asked only when several
 * places are under the pointer.
 */
export function placesHit(hits: readonly MapHit[], distanceOf: (hit: MapHit) => number): PlacesHit | null {
  let rank = Infinity;
  const candidates = new Map<string, Candidate>();
  for (const hit of hits) {
    const r = CLICKABLE_LAYERS.indexOf(hit.layer.id as LayerId);
    const id = hit.properties?.['id'];
    // Context (the neighbouring prefectures under the same fill as the counties) is drawn, not selectable.
    if (r < 0 || typeof id !== 'string' || r > rank || hit.properties['context'] === true) continue;
    if (r < rank) candidates.clear();
    rank = r;
    // The live count is feature-state once a text was added or removed in the browser (style.ts countStatesOf).
    const mentions = Number(hit.state?.['mentions'] ?? hit.properties['mentions'] ?? 0);
    const known = candidates.get(id);
    if (known) known.hits.push(hit);
    else candidates.set(id, { mentions, hits: [hit] });
  }
  if (candidates.size === 0) return null;
  let kept = [...candidates.keys()];
  if (kept.length > 1) {
    const distance = new Map(kept.map((id) => [id, Math.min(...candidates.get(id)!.hits.map(distanceOf))]));
    const nearest = Math.min(...distance.values());
    kept = kept.filter((id) => distance.get(id)! <= nearest + HIT_TOLERANCE);
  }
  // Most named first; ties go to the smaller id, so the same spot always leads with the same place.
  kept.sort((a, b) => candidates.get(b)!.mentions - candidates.get(a)!.mentions || (a < b ? -1 : 1));
  const points = new Set(kept.map((id) => pointKey(candidates.get(id)!.hits[0]!.geometry)));
  return { ids: kept, stacked: kept.length > 1 && points.size === 1 && !points.has(null) };
}

const pointKey = (geometry: Geometry | undefined): string | null => (geometry?.type === 'Point' ? geometry.coordinates.join(',') : null);

interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Pixels from `at` to a feature's geometry on screen, `project` taking a longitude and latitude to the screen. An
 * area is 0: it is hit only where the pointer is inside it (UNDER_LAYERS).
 */
export function screenDistance(geometry: Geometry, project: (position: Position) => ScreenPoint, at: ScreenPoint): number {
  const toPoint = (p: Position) => distanceToSegment(project(p), project(p), at);
  const toLine = (line: Position[]) => {
    if (line.length === 1) return toPoint(line[0]!);
    const projected = line.map(project);
    let best = Infinity;
    for (let i = 1; i < projected.length; i++) best = Math.min(best, distanceToSegment(projected[i - 1]!, projected[i]!, at));
    return best;
  };
  switch (geometry.type) {
    case 'Point':
      return toPoint(geometry.coordinates);
    case 'MultiPoint':
      return Math.min(...geometry.coordinates.map(toPoint));
    case 'LineString':
      return toLine(geometry.coordinates);
    case 'MultiLineString':
      return Math.min(...geometry.coordinates.map(toLine));
    case 'Polygon':
    case 'MultiPolygon':
      return 0;
    case 'GeometryCollection':
      return Math.min(...geometry.geometries.map((g) => screenDistance(g, project, at)));
  }
}

function distanceToSegment(a: ScreenPoint, b: ScreenPoint, p: ScreenPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}
