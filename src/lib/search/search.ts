import type { Passage } from '../corpus/types.ts';
import type { PlaceProperties } from '../geo/types.ts';
import { isShown, type MapFilter } from '../map/filter.ts';
import { asciiLower, searchesText } from './passage-grams.ts';

/**
 * Search over places (Chinese name and aliases, pinyin with or without tones, initials, English) and passage
 * text in memory. Passages are matched as substrings (a word index would need a Chinese segmenter to find 横店 inside
 * 横店影视城). The published corpus's passages are searched through its index instead (./passage-search.ts); the
 * linear scan here is for the texts a reader added in the browser, and the benchmark's baseline.
 */

/** Lowercase, no tone marks or other diacritics, no spaces or apostrophes: "Héng diàn" → "hengdian". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’‘\-·.]/g, '');
}

interface PlaceKeys {
  place: PlaceProperties;
  names: string[];
  pinyin: string;
  /** Folded pinyin from each syllable on: "hengdianzhen", "dianzhen", "zhen". */
  syllableStarts: string[];
  initials: string;
  english: string;
  englishWords: string[];
}

export interface PlaceHit {
  place: PlaceProperties;
  score: number;
}

export interface PassageHit {
  passage: Passage;
  /** The first match, UTF-16 offsets in the passage text. */
  start: number;
  end: number;
}

export interface SearchFilter extends MapFilter {
  /** When the map is narrowed to one document: that document, whose passages alone are searched. */
  documentId: string | null;
}

export interface SearchResults {
  places: PlaceHit[];
  passages: PassageHit[];
  /** All passage matches, of which `passages` is the first few. */
  passageTotal: number;
  /** Matches the filters hid. */
  hiddenByFilters: number;
}

function keysOf(place: PlaceProperties): PlaceKeys {
  // Tolerant of a gazetteer entry without pinyin, English name or aliases: it is still found by its name.
  const syllables = (place.pinyin ?? '').split(/\s+/).filter(Boolean).map(fold);
  const english = place.name_en ?? '';
  return {
    place,
    names: [place.name, ...(place.aliases ?? [])],
    pinyin: syllables.join(''),
    syllableStarts: syllables.map((_, i) => syllables.slice(i).join('')),
    initials: syllables.map((s) => s[0]).join(''),
    english: fold(english),
    englishWords: english
      .toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(fold),
  };
}

function scoreOf(keys: PlaceKeys, raw: string, folded: string): number {
  let score = 0;
  const better = (s: number) => (score = Math.max(score, s));
  for (const name of keys.names) {
    if (name === raw) better(100);
    else if (name.startsWith(raw)) better(90);
    else if (name.includes(raw)) better(70);
  }
  if (!folded || !/^[a-z0-9]+$/.test(folded)) return score;
  if (keys.pinyin === folded) better(95);
  else if (keys.pinyin.startsWith(folded)) better(85);
  else if (keys.syllableStarts.some((s) => s.startsWith(folded))) better(60);
  if (keys.english === folded) better(95);
  else if (keys.english.startsWith(folded)) better(85);
  else if (keys.englishWords.some((w) => w.startsWith(folded))) better(65);
  else if (folded.length >= 3 && keys.english.includes(folded)) better(40);
  if (folded.length >= 2 && keys.initials === folded) better(50);
  else if (folded.length >= 2 && keys.initials.startsWith(folded)) better(35);
  return score;
}

/*
 * What is indexed per place and per passage, kept for as long as the object lives: the atlas is built again whenever
 * a text is added or removed in the browser, from the same place and published passage objects, and indexing them all
 * again (about 0.5 s on the main thread with the whole gazetteer) was most of that rebuild (bench/byot-link.bench.ts).
 */
const placeKeys = new WeakMap<PlaceProperties, PlaceKeys>();
const loweredText = new WeakMap<Passage, string>();
const cached = <K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V => {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make(key)));
  return value;
};

/** The passage's text lowercased as queries are (ASCII only), kept for as long as the passage object lives. */
export const loweredTextOf = (passage: Passage) => cached(loweredText, passage, (p) => asciiLower(p.text));

/**
 * Passages containing `needle` (already lowercased by `asciiLower`) as a substring, in the order given: the first
 * `limit` with the first match's offsets, and how many there are.
 */
export function scanPassages(passages: Iterable<Passage>, needle: string, limit: number): { hits: PassageHit[]; total: number } {
  const hits: PassageHit[] = [];
  let total = 0;
  for (const passage of passages) {
    const at = loweredTextOf(passage).indexOf(needle);
    if (at < 0) continue;
    total++;
    if (hits.length < limit) hits.push({ passage, start: at, end: at + needle.length });
  }
  return { hits, total };
}

export function createSearch(places: PlaceProperties[], passages: Passage[], mentionsOf: (placeId: string) => number) {
  const index = places.map((place) => cached(placeKeys, place, keysOf));
  for (const passage of passages) loweredTextOf(passage);
  /** `passageLimit` 0 searches places only: the passage index answers for passages (./passage-search.ts). */
  return function search(query: string, filter: SearchFilter, passageLimit = 30): SearchResults {
    const raw = query.trim();
    const folded = fold(raw);
    if (!raw) return { places: [], passages: [], passageTotal: 0, hiddenByFilters: 0 };
    let hiddenByFilters = 0;
    const placeHits: PlaceHit[] = [];
    for (const keys of index) {
      const score = scoreOf(keys, raw, folded);
      if (score === 0) continue;
      if (isShown(keys.place, filter)) placeHits.push({ place: keys.place, score });
      else hiddenByFilters++;
    }
    placeHits.sort(
      (a, b) => b.score - a.score || mentionsOf(b.place.id) - mentionsOf(a.place.id) || a.place.name.length - b.place.name.length,
    );
    if (passageLimit === 0 || !searchesText(raw)) return { places: placeHits, passages: [], passageTotal: 0, hiddenByFilters };
    const needle = asciiLower(raw);
    const { documentId } = filter;
    const found = scanPassages(documentId === null ? passages : passages.filter((p) => p.documentId === documentId), needle, passageLimit);
    if (documentId !== null) hiddenByFilters += scanPassages(passages.filter((p) => p.documentId !== documentId), needle, 0).total;
    return { places: placeHits, passages: found.hits, passageTotal: found.total, hiddenByFilters };
  };
}
export type Search = ReturnType<typeof createSearch>;
