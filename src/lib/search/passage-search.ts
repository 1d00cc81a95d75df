/**
 * Passage search over the static index (./passage-index.ts builds it): a query fetches the manifest once, then the
 * shards of its grams, and the passages it shows through `passagesOf` — never the whole corpus. Same answers as a
 * substring search over every passage (`scanPassages`): the index yields candidates, each shown one is checked
 * against its text, and the texts a reader added in this browser (not in the index) are scanned, first.
 */
import type { Passage } from '../corpus/types.ts';
import { own } from '../records.ts';
import {
  asciiLower, decodePostings, queryGrams, SEARCH_FORMAT, searchesText, searchPaths, shardOf,
  type DocChunk, type GramShard, type SearchManifest,
} from './passage-grams.ts';
import { loweredTextOf, scanPassages, type PassageHit } from './search.ts';

export interface PassageSource {
  /** Fetches and parses one index file by its path under the atlas directory (`search/index.json`). */
  fetchJson(path: string): Promise<unknown>;
  /** Every passage of a published document, in index order (its document shard, in the static layout). */
  passagesOf(documentId: string): Promise<readonly Passage[]>;
  /** Passages of the texts added in this browser, which the index does not hold, in the order they are shown. */
  localPassages?(): readonly Passage[];
}

export interface PassageQuery {
  /** Under the document filter: the one document whose passages are searched. */
  documentId: string | null;
  /** How many hits to return (0: count only). */
  limit: number;
}

export interface PassageResults {
  /** Texts added in the browser first, then published documents newest first, each in passage order. */
  hits: PassageHit[];
  /** Passages containing the query (in the filter's document, under the document filter). */
  total: number;
  /**
   * Matches in other documents, which the document filter hides (0 without it). Both counts are exact when `exact`;
   * otherwise they are upper bounds: a query of several grams (three characters and more) has candidates the index
   * cannot tell from matches, and only the ones shown are checked against their text.
   */
  hiddenByDocument: number;
  exact: boolean;
}

const NOTHING: PassageResults = { hits: [], total: 0, hiddenByDocument: 0, exact: true };
/** Decoded passage lists kept for the next keystrokes (one long list is a few MB of numbers). */
const KEPT_LISTS = 24;

interface GramList {
  count: number;
  /** The list, whole or its first page only. */
  ordinals: Uint32Array;
  whole: boolean;
}

export function createPassageSearch(source: PassageSource) {
  const files = new Map<string, Promise<unknown>>();
  /** One fetch per file, kept; a failed one is forgotten, so the next query tries again. */
  const fetched = <T>(path: string): Promise<T> => {
    let file = files.get(path);
    if (!file) {
      files.set(path, (file = source.fetchJson(path)));
      file.catch(() => files.delete(path));
    }
    return file as Promise<T>;
  };
  let manifest: Promise<SearchManifest> | undefined;
  const loadManifest = () =>
    (manifest ??= fetched<SearchManifest>(searchPaths.manifest).then((m) => {
      if (m?.format !== SEARCH_FORMAT) throw new Error(`${searchPaths.manifest}: index format ${m?.format}, this app reads format ${SEARCH_FORMAT}`);
      return m;
    })).catch((error: unknown) => {
      manifest = undefined;
      throw error;
    });

  const lists = new Map<string, GramList>();
  /** A gram's passages: at least its first page, the whole list when `whole`. */
  async function listOf(gram: string, whole: boolean): Promise<GramList> {
    const kept = lists.get(gram);
    if (kept && (kept.whole || !whole)) return kept;
    const { shards, head: headLength } = await loadManifest();
    const shard = shardOf(gram, shards);
    const path = searchPaths.shard(shard);
    const entry = own(await fetched<GramShard>(path), gram);
    let list: GramList;
    if (!entry) list = { count: 0, ordinals: new Uint32Array(0), whole: true };
    else {
      const [count, head, tail] = entry;
      const ordinals = kept?.ordinals ?? decodePostings(head, tail === undefined ? count : headLength, `${path} "${gram}"`);
      if (tail === undefined || !whole) list = { count, ordinals, whole: tail === undefined };
      else {
        const tailPath = searchPaths.tail(shard, tail);
        // Tails are large and read once into the decoded list, so they skip the file cache.
        const rest = decodePostings(String(await source.fetchJson(tailPath)), count - headLength, tailPath, ordinals.at(-1));
        const all = new Uint32Array(count);
        all.set(ordinals);
        all.set(rest, ordinals.length);
        list = { count, ordinals: all, whole: true };
      }
    }
    lists.delete(gram);
    lists.set(gram, list);
    if (lists.size > KEPT_LISTS) lists.delete(lists.keys().next().value!);
    return list;
  }

  /** Passage numbers → documents and passage indexes, through the document chunks they fall in. */
  async function locate(ordinals: readonly number[]): Promise<Array<{ documentId: string; index: number }>> {
    const { docChunks } = await loadManifest();
    const chunkOf = (ordinal: number) => {
      let k = 0;
      while (k + 1 < docChunks.length && docChunks[k + 1]! <= ordinal) k++;
      return k;
    };
    const chunks = new Map<number, Promise<DocChunk>>();
    for (const ordinal of ordinals) {
      const k = chunkOf(ordinal);
      if (!chunks.has(k)) chunks.set(k, fetched<DocChunk>(searchPaths.docs(k)));
    }
    const loaded = new Map<number, DocChunk>();
    for (const [k, chunk] of chunks) loaded.set(k, await chunk);
    return ordinals.map((ordinal) => {
      const k = chunkOf(ordinal);
      let first = docChunks[k]!;
      for (const [documentId, passages] of loaded.get(k)!) {
        if (ordinal < first + passages) return { documentId, index: ordinal - first };
        first += passages;
      }
      throw new Error(`${searchPaths.docs(k)}: no document holds passage number ${ordinal}`);
    });
  }

  /**
   * Checks candidates in order against their text until `limit` match: the hits, and how many candidates were
   * checked and turned out not to contain the needle.
   */
  async function verify(candidates: ArrayLike<number>, needle: string, limit: number) {
    const hits: PassageHit[] = [];
    let checked = 0;
    let rejected = 0;
    while (hits.length < limit && checked < candidates.length) {
      const batch = Array.from({ length: Math.min(limit - hits.length, candidates.length - checked) }, (_, i) => candidates[checked + i]!);
      checked += batch.length;
      const places = await locate(batch);
      const documents = new Map<string, Promise<readonly Passage[]>>();
      for (const { documentId } of places) if (!documents.has(documentId)) documents.set(documentId, source.passagesOf(documentId));
      for (const { documentId, index } of places) {
        const passages = await documents.get(documentId)!;
        const passage = passages[index]?.index === index ? passages[index] : passages.find((p) => p.index === index);
        const at = passage ? loweredTextOf(passage).indexOf(needle) : -1;
        if (at < 0) rejected++;
        else hits.push({ passage: passage!, start: at, end: at + needle.length });
      }
    }
    return { hits, rejected, checkedAll: checked === candidates.length };
  }

  /** The published passages containing `needle`, newest documents first. */
  async function searchIndex(needle: string, limit: number): Promise<{ hits: PassageHit[]; total: number; exact: boolean }> {
    const { grams, exact } = queryGrams(needle);
    if (exact) {
      let list = await listOf(grams[0]!, false);
      if (list.ordinals.length < Math.min(limit, list.count)) list = await listOf(grams[0]!, true);
      const { hits, rejected } = await verify(list.ordinals, needle, limit);
      return { hits, total: list.count - rejected, exact: true };
    }
    // The two rarest grams narrow the candidates about as well as all of them, for a fraction of the lists to fetch
    // and decode (a common pair's list is 300 KB at 10,000 documents); the text check does the rest.
    const counts = await Promise.all(grams.map(async (gram) => ({ gram, count: (await listOf(gram, false)).count })));
    const rarest = counts.sort((a, b) => a.count - b.count).slice(0, 2);
    const wholeLists = await Promise.all(rarest.map(({ gram }) => listOf(gram, true)));
    const candidates = intersect(wholeLists.map((l) => l.ordinals));
    const { hits, rejected, checkedAll } = await verify(candidates, needle, limit);
    return { hits, total: candidates.length - rejected, exact: checkedAll };
  }

  return {
    /**
     * Fetches ahead what nearly every query needs first — the manifest and the newest documents' chunk — so the first
     * keystroke waits for one round trip less (call it when the reader focuses the box). A failure here is left to
     * the next query to report.
     */
    async warm(): Promise<void> {
      await loadManifest()
        .then(() => fetched(searchPaths.docs(0)))
        .catch(() => {});
    },
    async search(query: string, { documentId, limit }: PassageQuery): Promise<PassageResults> {
      const needle = asciiLower(query.trim());
      // A query of punctuation and spaces (with at most a lone Latin letter) has no gram: the index cannot answer it.
      if (!searchesText(needle) || queryGrams(needle).grams.length === 0) return NOTHING;
      const local = source.localPassages?.() ?? [];
      if (documentId === null) {
        const here = scanPassages(local, needle, limit);
        const published = await searchIndex(needle, limit - here.hits.length);
        return { hits: [...here.hits, ...published.hits], total: here.total + published.total, hiddenByDocument: 0, exact: published.exact };
      }
      const localOwn = local.filter((p) => p.documentId === documentId);
      const [inDocument, everywhere] = await Promise.all([
        localOwn.length ? localOwn : source.passagesOf(documentId),
        searchIndex(needle, 0),
      ]);
      const found = scanPassages(inDocument, needle, limit);
      const elsewhere = everywhere.total + scanPassages(local, needle, 0).total - found.total;
      return { hits: found.hits, total: found.total, hiddenByDocument: Math.max(0, elsewhere), exact: everywhere.exact };
    },
  };
}
export type PassageSearch = ReturnType<typeof createPassageSearch>;

/** Ascending lists → the numbers in all of them, shortest list first so each step shrinks the result soonest. */
export function intersect(lists: readonly Uint32Array[]): Uint32Array {
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let result = first ?? new Uint32Array(0);
  for (const list of rest) {
    const kept = new Uint32Array(result.length);
    let n = 0;
    let j = 0;
    for (const value of result) {
      while (j < list.length && list[j]! < value) j++;
      if (j === list.length) break;
      if (list[j] === value) kept[n++] = value;
    }
    result = kept.subarray(0, n);
  }
  return result;
}
