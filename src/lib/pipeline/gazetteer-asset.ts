import type { PlaceCollection, PlaceProperties } from '../geo/types.ts';
import type { InputFile } from './build-atlas.ts';

/**
 * `atlas/gazetteer.json`: every linkable place (drawn or not) with what the linker needs besides the places, so the
 * browser can link a text the user brings with the build's own linker (src/lib/pipeline/build-atlas.ts `linkerOf`).
 * Loaded only when the user adds a text, never with the explorer's first view.
 */
export interface GazetteerAsset {
  places: PlaceProperties[];
  /** geo/ambiguous-aliases.json as the build read it: the surfaces several places (or none) claim, with their rule. */
  ambiguities?: InputFile<string>;
}

export function gazetteerAsset(places: PlaceCollection, ambiguities?: InputFile<string>): GazetteerAsset {
  return {
    places: places.features.filter((f) => !f.properties.context).map((f) => f.properties),
    ...(ambiguities ? { ambiguities } : {}),
  };
}
