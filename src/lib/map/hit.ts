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

export interface PickedPlace {
  id: string;
  /** Other places under the pointer in the same layer: those stacked on the same point, or crossing lines. */
  others: number;
}

/**
 * The place the pointer means, out of everything within the tolerance box: the topmost clickable layer wins
 * (a point over the line under it, a line over the county under it); within that layer, the place the
 * documents name most often (ties: the smaller id).
 */
export function pickPlace(hits: Array<Pick<MapGeoJSONFeature, 'layer' | 'properties'> & Partial<Pick<MapGeoJSONFeature, 'state'>>>): PickedPlace | null {
  let rank = Infinity;
  const candidates = new Map<string, number>();
  for (const hit of hits) {
    const r = CLICKABLE_LAYERS.indexOf(hit.layer.id as LayerId);
    const id = hit.properties?.['id'];
    // Context (the neighbouring prefectures under the same fill as the counties) is drawn, not selectable.
    if (r < 0 || typeof id !== 'string' || r > rank || hit.properties['context'] === true) continue;
    if (r < rank) candidates.clear();
    rank = r;
    // The live count is feature-state once a text was added or removed in the browser (style.ts countStatesOf).
    candidates.set(id, Number(hit.state?.['mentions'] ?? hit.properties['mentions'] ?? 0));
  }
  let best: string | null = null;
  // Ties go to the smaller id, so the same click always picks the same place.
  for (const [id, mentions] of candidates) {
    if (best === null || mentions > candidates.get(best)! || (mentions === candidates.get(best)! && id < best)) best = id;
  }
  return best === null ? null : { id: best, others: candidates.size - 1 };
}
