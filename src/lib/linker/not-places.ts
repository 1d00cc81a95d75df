/**
 * geo/not-places.json: everything the linker treats as not a place, or not by itself, in one hand-edited file. The
 * build, the link CLI, the gaps report and a browser worker all build the linker from the places' properties and
 * this file's content (`linkerFromData`). Checked here; an error names the file, the key and, where it can, the line.
 */
import { checkRules, LinkerDataError } from './ambiguity.ts';
import { createLinker, type AmbiguityTable, type LinkablePlace, type Linker } from './linker.ts';

export const NOT_PLACES_FILE = 'geo/not-places.json';

export interface NotPlaces {
  /** Phrases that contain a place's name but name no place (大花园, 浙江大学): they hide the names inside them. */
  phrases: Array<{ phrase: string; why: string }>;
  /** Places the documents name that are deliberately not on the map (天台), with the reason; never linked. */
  unmapped: Array<{ surface: string; reason: string }>;
  /** Surfaces a linker rule decides (rules.ts). */
  ambiguous: AmbiguityTable;
  /** Village names that are everyday words: linked only with their suffix or right after their parent. */
  everydayWords: string[];
  /** A village name (without 村/社区) shared by at least this many villages is treated as an everyday word. */
  genericVillageCount: number;
  /** Provinces and prefecture-level cities outside Jinhua (also Taiwan's, and the provinces in English): a name right after one (or followed by one, ", Sichuan") is a homonym elsewhere. */
  otherRegions: string[];
  /**
   * Words that, right after a place's name, make the name part of something else: a title (諸葛先生: a surname) or a
   * product (金华火腿, Jinhua ham, 武义麦饼). The name is then not a mention.
   */
  notBefore: string[];
}

export const NO_NOT_PLACES: NotPlaces = {
  phrases: [],
  unmapped: [],
  ambiguous: {},
  everydayWords: [],
  genericVillageCount: Infinity,
  otherRegions: [],
  notBefore: [],
};

type Json = Record<string, unknown>;

export function parseNotPlaces(content: string, file = NOT_PLACES_FILE): NotPlaces {
  let data: Json;
  try {
    data = JSON.parse(content) as Json;
  } catch (e) {
    throw new LinkerDataError(file, `not valid JSON (${(e as Error).message})`);
  }
  const lineOf = (key: string) => {
    const at = content.indexOf(`"${key}"`);
    return at < 0 ? undefined : content.slice(0, at).split('\n').length;
  };
  const fail = (key: string, reason: string): never => {
    throw new LinkerDataError(file, `"${key}": ${reason}`, lineOf(key));
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new LinkerDataError(file, 'expected an object with the sections phrases, unmapped, ambiguous, everyday_words, generic_village_count, other_regions, not_before');
  const known = new Set(['about', 'phrases', 'unmapped', 'ambiguous', 'everyday_words', 'generic_village_count', 'other_regions', 'not_before']);
  for (const key of Object.keys(data)) if (!known.has(key)) fail(key, `unknown section; the sections are ${[...known].join(', ')}`);
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  const list = <T>(key: string, fields: readonly string[]): T[] => {
    const value = data[key] ?? [];
    if (!Array.isArray(value)) return fail(key, 'expected a list');
    value.forEach((item, i) => {
      for (const f of fields) if (!text((item as Json | null)?.[f])) fail(key, `entry ${i + 1} needs a non-empty "${f}" (${fields.join(', ')})`);
    });
    return value as T[];
  };
  const phrases = list<{ phrase: string; why: string }>('phrases', ['phrase', 'why']);
  const unmapped = list<{ surface: string; reason: string }>('unmapped', ['surface', 'reason']);

  const ambiguousRaw = (data.ambiguous ?? {}) as Json;
  if (typeof ambiguousRaw !== 'object' || Array.isArray(ambiguousRaw)) fail('ambiguous', 'expected an object keyed by surface form');
  for (const [surface, entry] of Object.entries(ambiguousRaw)) {
    const { places, rule } = (entry ?? {}) as { places?: unknown; rule?: unknown };
    const ok = Array.isArray(places) && places.every((p) => typeof p === 'string') && text(rule);
    if (!ok) fail(surface, 'expected {"places": [place ids], "rule": "<rule name>"} in "ambiguous"');
  }
  const ambiguous = checkRules(ambiguousRaw as Record<string, { places: string[]; rule: string }>, file, content);

  const everyday = (data.everyday_words ?? { words: [] }) as Json;
  const words = everyday.words;
  if (!Array.isArray(words) || !words.every(text)) fail('everyday_words', 'expected {"why": "…", "words": ["…", …]}');
  const count = data.generic_village_count ?? Infinity;
  if (typeof count !== 'number' || !(count >= 2)) fail('generic_village_count', 'expected a number ≥ 2');
  const regions = (data.other_regions ?? {}) as Json;
  const regionLists = ['provinces', 'prefectures', 'taiwan', 'english'];
  const regionNames = regionLists.flatMap((key) => (regions[key] as unknown[]) ?? []);
  const unknownList = Object.keys(regions).find((key) => key !== 'source' && !regionLists.includes(key));
  if (!regionNames.every(text) || unknownList || (data.other_regions && !text(regions.source))) {
    fail('other_regions', 'expected {"source": "…", "provinces": ["…"], "prefectures": ["…"], "taiwan": ["…"], "english": ["…"]}');
  }
  const notBefore = list<{ words: string[]; why: string }>('not_before', ['why']);
  notBefore.forEach(({ words: group }, i) => {
    if (!Array.isArray(group) || group.length === 0 || !group.every(text)) fail('not_before', `entry ${i + 1} needs "words": a non-empty list of words`);
  });
  for (const key of ['phrases', 'unmapped'] as const) {
    const seen = new Set<string>();
    for (const s of key === 'phrases' ? phrases.map((p) => p.phrase) : unmapped.map((u) => u.surface)) {
      if (seen.has(s)) fail(key, `"${s}" is listed twice`);
      seen.add(s);
    }
  }
  return {
    phrases,
    unmapped,
    ambiguous,
    everydayWords: words as string[],
    genericVillageCount: count as number,
    otherRegions: regionNames as string[],
    notBefore: notBefore.flatMap((entry) => entry.words),
  };
}

/**
 * The one way to build the linker: the gazetteer's (linkable) places and geo/not-places.json's content. The build,
 * the CLI and a browser worker (reading the same two as JSON assets) call it.
 */
export function linkerFromData(places: readonly LinkablePlace[], notPlacesContent: string, file = NOT_PLACES_FILE): Linker {
  return createLinker(places, parseNotPlaces(notPlacesContent, file));
}
