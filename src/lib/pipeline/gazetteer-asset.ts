/**
 * The build step's split of the gazetteer into two assets, so thousands of village records do not weigh on the
 * first view:
 * - `atlas/places.geojson`, the map's source, loaded at start: what the map draws (every place with a geometry) plus
 *   the unlocated places the documents name and their parents (their panels, passages and parents must work
 *   without waiting);
 * - `atlas/gazetteer.json`, loaded when first needed (search, a link to a place not in the first): every linkable
 *   place, geometry-free, with what a reader finds it by and where it belongs. A text brought by the reader is
 *   linked against it too, so it is an object that can gain fields.
 * Pure functions; the Node side (scripts/atlas-pipeline.ts) serialises them.
 */
import type { CorpusAsset } from '../corpus/types.ts';
import { isLocated, type PlaceCollection, type PlaceProperties } from '../geo/types.ts';
import type { InputFile } from './build-atlas.ts';
import { own } from '../records.ts';

/**
 * What `atlas/gazetteer.json` holds for each place: no geometry, no panel material. `context` marks the province and
 * the neighbouring prefectures: never linked or listed, but the linker needs their names (浙江东阳 is not 江东).
 */
export const GAZETTEER_FIELDS = ['id', 'name', 'name_en', 'pinyin', 'aliases', 'kind', 'parent', 'adcode', 'geometry_quality', 'context'] as const;

export interface GazetteerAsset {
  places: PlaceProperties[];
  /** geo/not-places.json as the build read it, so a text linked in the browser is linked by the build's own rules. */
  notPlaces?: InputFile<string>;
}

/** `atlas/gazetteer.json`: every place of the gazetteer, located or not, in gazetteer order, and the linker's data file. */
export function gazetteerAsset(places: PlaceCollection, notPlaces?: InputFile<string>): GazetteerAsset {
  return {
    places: places.features
      .map((f) => f.properties)
      .map((p) => Object.fromEntries(GAZETTEER_FIELDS.flatMap((key) => (p[key] === undefined ? [] : [[key, p[key]]]))) as PlaceProperties),
    ...(notPlaces ? { notPlaces } : {}),
  };
}

/**
 * `atlas/places.geojson`: every place the map draws, the unlocated ones the documents name, and the parents of all
 * of them (a place's chain of parents and the area standing in for it must be there without gazetteer.json).
 */
export function firstViewPlaces(places: PlaceCollection, corpus: Pick<CorpusAsset, 'passagesByPlace'>): PlaceCollection {
  const byId = new Map(places.features.map((f) => [f.properties.id, f]));
  const kept = new Set<string>();
  const keep = (id: string | null | undefined) => {
    for (let at = id; at && !kept.has(at) && byId.has(at); at = byId.get(at)!.properties.parent) kept.add(at);
  };
  for (const f of places.features) if (isLocated(f) || (own(corpus.passagesByPlace, f.properties.id)?.length ?? 0) > 0) keep(f.properties.id);
  return { ...places, features: places.features.filter((f) => kept.has(f.properties.id)) };
}
