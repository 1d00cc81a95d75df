/**
 * Builds the passage search index as static files (run at build time by scripts/atlas-pipeline.ts): a small manifest,
 * gram shards holding each gram's count and first page of passages, the long lists' tails apart, and the documents in
 * chunks, so a query fetches a few small files and never the corpus. Layout and encoding: ./passage-grams.ts.
 */
import type { CorpusDocument, Passage } from '../corpus/types.ts';
import {
  ALONE, asciiLower, eachGram, gramText, MAX_DIGITS, SEARCH_FORMAT, searchPaths, shardOf, writeNumber,
  type DocChunk, type GramShard, type SearchManifest,
} from './passage-grams.ts';

/** Passages a gram's shard entry keeps before the rest goes to a tail file: more than one page of results. */
export const HEAD = 64;
/** A list this short (characters) stays whole in its shard: a tail file would cost a request for a few bytes. */
const INLINE_CHARACTERS = 256;
/** What a gram shard should weigh, uncompressed: the shard count follows from the total. */
const SHARD_CHARACTERS = 16_000;
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

/**
 * Every gram met so far with its passage list, written as it grows into a byte buffer per gram: an open-addressing
 * hash table over typed arrays, as 10,000 documents make over a hundred million lookups (a Map took four times as long).
 */
class GramLists {
  size = 0;
  private pairs = 0;
  private slots = new Int32Array(1 << 16).fill(-1);
  /** One-character grams by code point, which need no hashing. */
  private alone = new Int32Array(0x110000).fill(-1);
  first = new Int32Array(1 << 15);
  second = new Int32Array(1 << 15);
  count = new Int32Array(1 << 15);
  last = new Int32Array(1 << 15);
  length = new Int32Array(1 << 15);
  /** Where the first `HEAD` passages end in the gram's bytes. */
  headEnd = new Int32Array(1 << 15);
  bytes: Uint8Array[] = [];

  /** Notes that passage `ordinal` holds the gram (passages come in ascending order; a repeat is ignored). */
  add(first: number, second: number, ordinal: number): void {
    const id = this.idOf(first, second);
    const last = this.last[id]!;
    if (last === ordinal) return;
    let buffer = this.bytes[id]!;
    if (this.length[id]! + MAX_DIGITS > buffer.length) {
      const grown = new Uint8Array(buffer.length * 2);
      grown.set(buffer);
      this.bytes[id] = buffer = grown;
    }
    this.length[id] = writeNumber(ordinal - last - 1, buffer, this.length[id]!);
    this.last[id] = ordinal;
    if (++this.count[id]! === HEAD) this.headEnd[id] = this.length[id]!;
  }

  private idOf(first: number, second: number): number {
    if (second === ALONE) {
      const id = this.alone[first]!;
      return id === -1 ? (this.alone[first] = this.create(-1, first, second)) : id;
    }
    const mask = this.slots.length - 1;
    let hash = (Math.imul(first, 0x9e3779b1) + Math.imul(second, 0x85ebca6b)) | 0;
    hash ^= hash >>> 15;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) return this.create(slot, first, second);
      if (this.first[id] === first && this.second[id] === second) return id;
    }
  }

  /** A new gram's id; a pair's goes into the hash table at `slot`, a single character's has none (-1). */
  private create(slot: number, first: number, second: number): number {
    const id = this.size++;
    if (id === this.first.length) {
      for (const key of ['first', 'second', 'count', 'last', 'length', 'headEnd'] as const) {
        const grown = new Int32Array(id * 2);
        grown.set(this[key]);
        this[key] = grown;
      }
    }
    this.first[id] = first;
    this.second[id] = second;
    this.last[id] = -1;
    this.bytes[id] = new Uint8Array(16);
    if (slot === -1) return id;
    this.slots[slot] = id;
    if (this.pairs++ * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      if (this.second[id] === ALONE) continue;
      let hash = (Math.imul(this.first[id]!, 0x9e3779b1) + Math.imul(this.second[id]!, 0x85ebca6b)) | 0;
      hash ^= hash >>> 15;
      let slot = hash & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
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
  const lists = new GramLists();
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
      eachGram(asciiLower(passage.text), (first, second) => lists.add(first, second, at));
    }
  });

  // Each gram's shard entry, then the shard count that keeps shards near SHARD_CHARACTERS.
  const entries: Array<{ gram: string; count: number; head: string; tail?: string }> = [];
  let total = 0;
  for (let id = 0; id < lists.size; id++) {
    const [bytes, length, count] = [lists.bytes[id]!, lists.length[id]!, lists.count[id]!];
    const whole = length <= INLINE_CHARACTERS || count <= HEAD;
    const head = decoder.decode(bytes.subarray(0, whole ? length : lists.headEnd[id]));
    const gram = gramText(lists.first[id]!, lists.second[id]!);
    entries.push({ gram, count, head, ...(whole ? {} : { tail: decoder.decode(bytes.subarray(lists.headEnd[id], length)) }) });
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
  const manifest: SearchManifest = { format: SEARCH_FORMAT, passages: ordinal, documents: ordered.length, shards, head: HEAD, docChunks };
  files.set(path(searchPaths.manifest), JSON.stringify(manifest));
  return files;
}
