/**
 * Builds the passage search index as static files (run at build time by scripts/atlas-pipeline.ts): a small manifest,
 * gram shards holding each gram's count and first page of passages, the long lists' tails apart, and the documents in
 * chunks, so a query fetches a few small files and never the corpus. Layout and encoding: ./passage-grams.ts.
 */
import type { CorpusDocument, Passage } from '../corpus/types.ts';
import {
  asciiLower, eachGram, gramText, SEARCH_FORMAT, searchPaths, shardOf, writeNumber,
  type DocChunk, type GramShard, type SearchManifest,
} from './passage-grams.ts';

/** Passages a gram's shard entry keeps before the rest goes to a tail file: more than one page of results. */
export const HEAD = 64;
/** A list this short (characters) stays whole in its shard: a tail file would cost a request for a few bytes. */
const INLINE_CHARACTERS = 256;
/** What a gram shard should weigh, uncompressed: the shard count follows from the total. */
const SHARD_CHARACTERS = 48_000;
const DOCUMENTS_PER_CHUNK = 256;

/** Documents in the order results are shown: dated ones newest first, then undated ones, ties in corpus order. */
export function displayOrder<D extends Pick<CorpusDocument, 'date'>>(documents: readonly D[]): D[] {
  return documents
    .map((document, i) => ({ document, i }))
    .sort((a, b) => {
      const [x, y] = [a.document.date, b.document.date];
      if (x !== y) {
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        return x < y ? 1 : -1;
      }
      return a.i - b.i;
    })
    .map((entry) => entry.document);
}

/** One gram's passage list as it grows: its digits in a byte buffer that doubles. */
interface Postings {
  count: number;
  last: number;
  bytes: Uint8Array;
  length: number;
  /** Where the first `HEAD` passages end in `bytes`. */
  headEnd: number;
}

function append(list: Postings, ordinal: number): void {
  writeNumber(ordinal - list.last - 1, (code) => {
    if (list.length === list.bytes.length) {
      const grown = new Uint8Array(list.bytes.length * 2);
      grown.set(list.bytes);
      list.bytes = grown;
    }
    list.bytes[list.length++] = code;
  });
  list.last = ordinal;
  if (++list.count === HEAD) list.headEnd = list.length;
}

export interface PassageIndexInput {
  documents: readonly CorpusDocument[];
  /** Every passage of those documents (in any order: each document's are put in index order). */
  passages: readonly Passage[];
}

/**
 * The index's files, named `<dir>/search/…`, as JSON text. A passage whose document is not among `documents` is an
 * error naming it (it could never be shown).
 */
export function buildPassageIndex({ documents, passages }: PassageIndexInput, dir: string): Map<string, string> {
  const byDocument = new Map<string, Passage[]>(documents.map((d) => [d.id, []]));
  for (const passage of passages) {
    const list = byDocument.get(passage.documentId);
    if (!list) throw new Error(`passage index: passage ${passage.id} belongs to no document given (${passage.documentId})`);
    list.push(passage);
  }
  const ordered = displayOrder(documents);
  const lists = new Map<number, Postings>();
  const docChunks: number[] = [];
  const chunks: DocChunk[] = [];
  const decoder = new TextDecoder();
  let ordinal = 0;
  ordered.forEach((document, i) => {
    if (i % DOCUMENTS_PER_CHUNK === 0) {
      docChunks.push(ordinal);
      chunks.push([]);
    }
    const inOrder = byDocument.get(document.id)!.sort((a, b) => a.index - b.index);
    chunks.at(-1)!.push([document.id, inOrder.length]);
    for (const passage of inOrder) {
      const at = ordinal++;
      eachGram(asciiLower(passage.text), (key) => {
        let list = lists.get(key);
        if (!list) lists.set(key, (list = { count: 0, last: -1, bytes: new Uint8Array(8), length: 0, headEnd: 0 }));
        if (list.last !== at) append(list, at);
      });
    }
  });

  // Each gram's shard entry, then the shard count that keeps shards near SHARD_CHARACTERS.
  const entries: Array<{ gram: string; count: number; head: string; tail?: string }> = [];
  let total = 0;
  for (const [key, list] of lists) {
    const whole = list.length <= INLINE_CHARACTERS || list.count <= HEAD;
    const head = decoder.decode(list.bytes.subarray(0, whole ? list.length : list.headEnd));
    entries.push({ gram: gramText(key), count: list.count, head, ...(whole ? {} : { tail: decoder.decode(list.bytes.subarray(list.headEnd, list.length)) }) });
    total += head.length + 8;
  }
  let shards = 1;
  while (shards * SHARD_CHARACTERS < total) shards *= 2;

  const files = new Map<string, string>();
  const path = (name: string) => `${dir}/${name}`;
  const shardEntries = Array.from({ length: shards }, (): GramShard => Object.create(null) as GramShard);
  const tails = new Array<number>(shards).fill(0);
  for (const { gram, count, head, tail } of entries) {
    const s = shardOf(gram, shards);
    if (tail === undefined) shardEntries[s]![gram] = [count, head];
    else {
      const n = tails[s]!++;
      shardEntries[s]![gram] = [count, head, n];
      files.set(path(searchPaths.tail(s, n)), JSON.stringify(tail));
    }
  }
  shardEntries.forEach((shard, s) => files.set(path(searchPaths.shard(s)), JSON.stringify(shard)));
  chunks.forEach((chunk, k) => files.set(path(searchPaths.docs(k)), JSON.stringify(chunk)));
  const manifest: SearchManifest = { format: SEARCH_FORMAT, passages: ordinal, documents: ordered.length, shards, docChunks };
  files.set(path(searchPaths.manifest), JSON.stringify(manifest));
  return files;
}
