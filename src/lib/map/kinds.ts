import type { PlaceKind } from '../geo/types.ts';

/**
 * The kinds a reader can show and hide, in legend order: what the Layers panel lists, links keep in `layers=`, and
 * the style's filters read. Context (prefecture, neighbours) is always shown.
 */
export const TOGGLE_KINDS = ['county', 'district', 'town', 'village', 'park', 'water', 'landmark', 'transport', 'project'] as const satisfies readonly PlaceKind[];
export type ToggleKind = (typeof TOGGLE_KINDS)[number];
