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

/**
 * The place the pointer means, out of everything within the tolerance box: the topmost clickable layer wins
 * (a point over the line under it, a line over the county under it); within a layer, the first rendered.
 */
export function pickPlaceId(hits: Pick<MapGeoJSONFeature, 'layer' | 'properties'>[]): string | null {
  let best: { rank: number; id: string } | null = null;
  for (const hit of hits) {
    const rank = CLICKABLE_LAYERS.indexOf(hit.layer.id as LayerId);
    const id = hit.properties?.['id'];
    if (rank < 0 || typeof id !== 'string') continue;
    if (!best || rank < best.rank) best = { rank, id };
  }
  return best?.id ?? null;
}
