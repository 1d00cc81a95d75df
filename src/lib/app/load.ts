import type { CorpusAsset } from '../corpus/types.ts';
import type { PlaceCollection } from '../geo/types.ts';
import type { GazetteerAsset } from '../pipeline/gazetteer-asset.ts';

export interface AtlasData {
  places: PlaceCollection;
  corpus: CorpusAsset;
  /** The rest of the gazetteer (atlas/gazetteer.json), once it has been asked for. */
  gazetteer?: GazetteerAsset['places'];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Loads the static assets the build step produced (relative URLs, so the app works under any base path). */
export async function loadAtlas(base = import.meta.env.BASE_URL): Promise<AtlasData> {
  const [places, corpus] = await Promise.all([
    getJson<PlaceCollection>(`${base}atlas/places.geojson`),
    getJson<CorpusAsset>(`${base}atlas/corpus.json`),
  ]);
  return { places, corpus };
}

/**
 * The rest of the gazetteer: every linkable place the map does not draw and no document names (most villages).
 * Loaded when first needed (a search, a link to such a place), not for the first view.
 */
export async function loadGazetteer(base = import.meta.env.BASE_URL): Promise<GazetteerAsset> {
  return getJson<GazetteerAsset>(`${base}atlas/gazetteer.json`);
}
