import { createShardStore, httpJson, type ShardStore } from '../corpus/store.ts';
import { shardPath, type CorpusSummary } from '../corpus/shards.ts';
import type { PlaceCollection } from '../geo/types.ts';
import type { GazetteerAsset } from '../pipeline/gazetteer-asset.ts';

export interface AtlasData {
  places: PlaceCollection;
  /** The corpus's counts per place: all of the corpus the first view loads. */
  summary: CorpusSummary;
  /** The rest of the corpus, fetched when asked (documents, passages naming a place, the catalogue). */
  shards: ShardStore;
  /** The rest of the gazetteer (atlas/gazetteer.json), once it has been asked for. */
  gazetteer?: GazetteerAsset['places'];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Loads what the first view needs of the static assets the build step produced — the drawn places and the corpus
 * summary, whose sizes do not grow with the number of documents — and a store for the rest (relative URLs, so the
 * app works under any base path).
 */
export async function loadAtlas(base = import.meta.env.BASE_URL): Promise<AtlasData> {
  const [places, summary] = await Promise.all([
    getJson<PlaceCollection>(`${base}atlas/places.geojson`),
    getJson<CorpusSummary>(`${base}${shardPath.summary}`),
  ]);
  return { places, summary, shards: createShardStore(httpJson(base)) };
}

/**
 * The rest of the gazetteer: every linkable place the map does not draw and no document names (most villages).
 * Loaded when first needed (a search, a link to such a place), not for the first view.
 */
export async function loadGazetteer(base = import.meta.env.BASE_URL): Promise<GazetteerAsset> {
  return getJson<GazetteerAsset>(`${base}atlas/gazetteer.json`);
}
