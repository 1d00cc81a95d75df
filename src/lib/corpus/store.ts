/**
 * Fetches the corpus's shards (layout in ./shards.ts) when the app first asks for one, and keeps them: each path is
 * fetched once, however many components ask at the same time. Framework-free: the explorer, the embed and the web
 * component each make one over HTTP, tests over a map of files.
 */
import { shardPath, type CataloguePage, type DocumentShard, type PlacePage } from './shards.ts';

/** A shard the server does not have: a link to a document or place the published atlas does not hold. */
export class ShardNotFound extends Error {
  constructor(readonly path: string) {
    super(`${path}: not found`);
    this.name = 'ShardNotFound';
  }
}

export type FetchJson = (path: string) => Promise<unknown>;

/** Shards fetched from `base` (the app's base URL, so the app works under any path). */
export function httpJson(base: string): FetchJson {
  return async (path) => {
    const response = await fetch(`${base}${path}`);
    // A host that answers every unknown path with the app's page (a single-page-app fallback, as `vite preview`
    // does) says "not found" in HTML.
    if (response.status === 404 || (response.ok && response.headers.get('content-type')?.includes('text/html'))) throw new ShardNotFound(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
}

/** Shards served from memory: the tests' and the benchmarks' stand-in for a static host. */
export function memoryJson(files: ReadonlyMap<string, string>): FetchJson {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new ShardNotFound(path);
    return JSON.parse(text);
  };
}

/** How many shards stay in memory: enough for a reading session, bounded for a long one. */
const KEPT = 300;

export function createShardStore(fetchJson: FetchJson) {
  const kept = new Map<string, Promise<unknown>>();
  function get<T>(path: string): Promise<T> {
    let promise = kept.get(path);
    if (promise) {
      // Most recently used last, so the oldest is the one let go.
      kept.delete(path);
    } else {
      promise = fetchJson(path);
      // A failed fetch is not kept: asking again tries again.
      promise.catch(() => kept.delete(path));
    }
    kept.set(path, promise);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return promise as Promise<T>;
  }
  return {
    document: (documentId: string) => get<DocumentShard>(shardPath.document(documentId)),
    placePage: (placeId: string, page: number) => get<PlacePage>(shardPath.placePage(placeId, page)),
    catalogue: (page: number) => get<CataloguePage>(shardPath.catalogue(page)),
    /** Fetches a place's first page ahead of a click (the pointer is over it); a failure is left to the click to report. */
    prefetchPlace(placeId: string) {
      get(shardPath.placePage(placeId, 0)).catch(() => undefined);
    },
  };
}
export type ShardStore = ReturnType<typeof createShardStore>;
