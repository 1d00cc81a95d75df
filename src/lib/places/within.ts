import type { PlaceProperties } from '../geo/types.ts';

/**
 * The ids of the areas a place lies in (by geometry, or by its chain of parents), written by the build step
 * (pipeline/containment.ts) so the browser needs no geometry library to roll places up into counties and towns.
 */
export function withinOf(place: PlaceProperties): string[] {
  const within = place['within'];
  return Array.isArray(within) ? within.filter((id): id is string => typeof id === 'string') : [];
}
