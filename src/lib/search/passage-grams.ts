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

/** The second code point of a gram that is one character. */
export const ALONE = -1;
export const gramText = (first: number, second: number) =>
  second === ALONE ? String.fromCodePoint(first) : String.fromCodePoint(first, second);

/** Per code point: 0 not yet seen, 1 neither letter nor digit, 2 letter or digit, 3 Han (a letter too). */
let classes: Uint8Array | undefined;
function classOf(codePoint: number): number {
  classes ??= new Uint8Array(0x110000);
  let c = classes[codePoint]!;
  if (c === 0) {
    const char = String.fromCodePoint(codePoint);
    c = classes[codePoint] = /\p{Script=Han}/u.test(char) ? 3 : /[\p{L}\p{N}]/u.test(char) ? 2 : 1;
  }
  return c;
}

/**
 * Calls `gram` for each gram of the (lowercased) text, in text order, repeats included, as code points (the builder
 * meets a hundred million grams at 10,000 documents and makes no string of them): every two adjacent letters or
 * digits, and every Han character alone (second `ALONE`). Punctuation and spaces end a run and are not indexed.
 */
export function eachGram(text: string, gram: (first: number, second: number) => void): void {
  let previous = ALONE;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const c = classOf(codePoint);
    if (c === 1) {
      previous = ALONE;
      continue;
    }
    if (c === 3) gram(codePoint, ALONE);
    if (previous !== ALONE) gram(previous, codePoint);
    previous = codePoint;
  }
}

/** The distinct grams of a query, and whether they describe it exactly (the query is one gram and nothing else). */
export function queryGrams(needle: string): { grams: string[]; exact: boolean } {
  const grams = new Set<string>();
  for (const run of needle.split(/[^\p{L}\p{N}]+/u)) {
    // A run of two or more is covered by its pairs; its single characters would add nothing.
    const pairsOnly = [...run].length > 1;
    eachGram(run, (first, second) => {
      if (second !== ALONE || !pairsOnly) grams.add(gramText(first, second));
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
/** Character code → digit value, -1 for a character that is no digit. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));

/** Writes the digits of a number below 2^32 (as character codes) into `out` from `at`; returns where they end. */
export function writeNumber(value: number, out: Uint8Array, at: number): number {
  while (value >= 32) {
    out[at++] = DIGIT_CODES[(value & 31) + 32]!;
    value >>>= 5;
  }
  out[at++] = DIGIT_CODES[value]!;
  return at;
}
/** Digits a number below 2^32 can take. */
export const MAX_DIGITS = 7;

/**
 * A list's text → its `count` ordinals (a tail continues after its head's last, `previous`); `where` names the file in
 * the error a corrupt list raises.
 */
export function decodePostings(text: string, count: number, where: string, previous = -1): Uint32Array {
  const ordinals = new Uint32Array(count);
  let n = 0;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? DIGIT_VALUE[code]! : -1;
    if (digit < 0) throw new Error(`${where}: passage list has the character "${text[i]}", which is no digit`);
    if (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
      continue;
    }
    previous += value + digit * scale + 1;
    if (n === count) throw new Error(`${where}: passage list holds more than the ${count} passages its entry counts`);
    ordinals[n++] = previous;
    value = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error(`${where}: passage list ends inside a number`);
  if (n !== count) throw new Error(`${where}: passage list holds ${n} passages, its entry counts ${count}`);
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
  /** How many passages a gram's entry lists before the rest goes to a tail file. */
  head: number;
  /** `search/docs/<k>.json` holds the documents whose first passage number is from `docChunks[k]` on. */
  docChunks: number[];
}

/** `search/docs/<k>.json`: [document id, passage count] in passage-number order. */
export type DocChunk = Array<[documentId: string, passages: number]>;

/**
 * `search/grams/<s>.json`: gram → [passages holding it, their list]; a long list keeps only its first `head` passages
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
