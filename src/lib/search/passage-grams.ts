/**
 * What the passage index and its query side share: how text is cut into grams, how a gram's passage list is written,
 * which shard a gram lives in, and the files' layout under `atlas/search/`.
 *
 * Chinese is not segmented: every pair of adjacent letters or digits (横店, 店影, "he", "en") is a gram, and every Han
 * character alone is one too (for one-character queries). A passage contains a query as a substring only if it holds
 * every gram of the query, so the index yields candidates; a query that is exactly one gram (two characters, or one
 * Han character) is answered exactly by it, longer ones are checked against the passage text.
 */

/** ASCII-only lowercasing keeps UTF-16 offsets valid in the original text (full lowercasing can change lengths). */
export const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Whether a query searches passage text at all: Chinese from one character, anything else from two. */
export const searchesText = (query: string) => /\p{Script=Han}/u.test(query) || query.length >= 2;

/*
 * Grams as numbers while indexing (a million passages make a hundred million grams, and a number key is cheaper than
 * a string): one character is its code point, a pair is first * 0x110000 + second, which no single code point reaches.
 */
const PAIR = 0x110000;
export const gramText = (key: number) =>
  key < PAIR ? String.fromCodePoint(key) : String.fromCodePoint(Math.floor(key / PAIR)) + String.fromCodePoint(key % PAIR);

/** Per code point: 0 not yet seen, 1 neither letter nor digit, 2 letter or digit, 3 Han (a letter too). */
let classes: Uint8Array | undefined;
function classOf(codePoint: number): number {
  classes ??= new Uint8Array(PAIR);
  let c = classes[codePoint]!;
  if (c === 0) {
    const char = String.fromCodePoint(codePoint);
    c = classes[codePoint] = /\p{Script=Han}/u.test(char) ? 3 : /[\p{L}\p{N}]/u.test(char) ? 2 : 1;
  }
  return c;
}

/**
 * Calls `gram` for each gram of the (lowercased) text, in text order, repeats included: every two adjacent letters or
 * digits, and every Han character alone. Punctuation and spaces end a run and are not indexed.
 */
export function eachGram(text: string, gram: (key: number) => void): void {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const c = classOf(codePoint);
    if (c === 1) {
      previous = -1;
      continue;
    }
    if (c === 3) gram(codePoint);
    if (previous >= 0) gram(previous * PAIR + codePoint);
    previous = codePoint;
  }
}

/** The distinct grams of a query, and whether they describe it exactly (the query is one gram and nothing else). */
export function queryGrams(needle: string): { grams: string[]; exact: boolean } {
  const grams = new Set<string>();
  for (const run of needle.split(/[^\p{L}\p{N}]+/u)) {
    // A run of two or more is covered by its pairs; its single characters would add nothing.
    const pairsOnly = [...run].length > 1;
    eachGram(run, (key) => {
      if (key >= PAIR || !pairsOnly) grams.add(gramText(key));
    });
  }
  const only = [...grams];
  return { grams: only, exact: only.length === 1 && only[0] === needle };
}

/** FNV-1a over the gram's UTF-16 code units: the shard a gram is in, given a power-of-two shard count. */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) hash = Math.imul(hash ^ gram.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (shards - 1);
}

/*
 * A passage list is ascending passage numbers (ordinals, see `SearchManifest`), written as gaps, each gap as base-32
 * digits, least significant first: a digit with more to follow is one of the upper 32 characters, the last one of the
 * lower 32. Adjacent passages cost one character; the text is JSON-safe and compresses well.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

/** Appends one number's digits to `out` (as character codes), for the builder's byte buffers. */
export function writeNumber(value: number, out: (code: number) => void): void {
  while (value >= 32) {
    out(DIGITS.charCodeAt((value & 31) + 32));
    value = Math.floor(value / 32);
  }
  out(DIGITS.charCodeAt(value));
}

/** `ordinals` ascending, each after `previous` → the list's text. */
export function encodePostings(ordinals: readonly number[], previous = -1): string {
  const codes: number[] = [];
  for (const ordinal of ordinals) {
    writeNumber(ordinal - previous - 1, (c) => codes.push(c));
    previous = ordinal;
  }
  return String.fromCharCode(...codes);
}

/**
 * A list's text → its ordinals (a tail continues after its head's last, `previous`); `where` names the file in the
 * error a corrupt list raises.
 */
export function decodePostings(text: string, where: string, previous = -1): number[] {
  const ordinals: number[] = [];
  let value = 0;
  let scale = 1;
  for (const char of text) {
    const digit = DIGIT_VALUE.get(char);
    if (digit === undefined) throw new Error(`${where}: passage list has the character "${char}", which is no digit`);
    if (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
      continue;
    }
    previous += value + digit * scale + 1;
    ordinals.push(previous);
    value = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error(`${where}: passage list ends inside a number`);
  return ordinals;
}

/** Bump when the files change shape: the query side refuses an index it cannot read. */
export const SEARCH_FORMAT = 1;
export const SEARCH_DIR = 'search';

/**
 * `search/index.json`. Passages are numbered in the order results are shown — documents newest first (dated ones by
 * date, then undated ones), ties in corpus order, each document's passages in order — so every passage list is
 * already in display order, and its head is the first page of results.
 */
export interface SearchManifest {
  format: number;
  passages: number;
  documents: number;
  /** Gram shard count, a power of two: `search/grams/<shardOf(gram)>.json`. */
  shards: number;
  /** `search/docs/<k>.json` holds the documents whose first passage number is from `docChunks[k]` on. */
  docChunks: number[];
}

/** `search/docs/<k>.json`: [document id, passage count] in passage-number order. */
export type DocChunk = Array<[documentId: string, passages: number]>;

/**
 * `search/grams/<s>.json`: gram → [passages holding it, their list]; a long list keeps only its first `HEAD` passages
 * here, the rest being in `search/tails/<s>-<n>.json` (a JSON string: the rest of the list, its first gap counted from
 * the head's last passage).
 */
export type GramShard = Record<string, [count: number, postings: string] | [count: number, head: string, tail: number]>;

export const searchPaths = {
  manifest: `${SEARCH_DIR}/index.json`,
  shard: (shard: number) => `${SEARCH_DIR}/grams/${shard}.json`,
  tail: (shard: number, tail: number) => `${SEARCH_DIR}/tails/${shard}-${tail}.json`,
  docs: (chunk: number) => `${SEARCH_DIR}/docs/${chunk}.json`,
};
