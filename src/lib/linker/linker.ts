/**
 * The place linker: finds every mention of every gazetteer place in a text. It is the product's core (a click on
 * the map is only useful if it lists every passage naming the place and nothing else), so it is written here rather
 * than taken from a library: its rules are the project's knowledge about these documents and must stay explainable
 * and testable one by one.
 *
 * How a text is linked:
 * 1. One pass of an Aho–Corasick automaton finds every occurrence of every surface: official names, aliases,
 *    English names (case-insensitive) and the non-place phrases (non-place-phrases.ts, plus `not-a-place` entries of
 *    geo/ambiguous-aliases.json).
 * 2. Occurrences that break a rule are discarded: Latin names off a word boundary ("Yiwuxyz"); a name ending in a
 *    compass point used as a direction (金华南部 is not the station 金华南).
 * 3. Leftmost-longest selection: at each position the longest surface wins and hides what it covers, so 东阳江 is the
 *    river and not 东阳, 义东高速 the road, 横店东磁 the company and not the town, 金华南 the station and not 金华,
 *    and a non-place phrase (大花园, 歌山画水) hides the alias inside it. One-character abbreviations (东义同城化,
 *    杭温, 甬金衢上 — 上 is 上饶) are never places unless the gazetteer defines them as aliases.
 * 4. Surfaces that geo/ambiguous-aliases.json marks are decided by their rule (rules.ts, `RULE_NAMES`):
 *    `first-listed`, `parent-in-context` (the candidate whose parent the document also names) and
 *    `needs-place-context` (a short form that is also a word: linked only in a list of places, before 等地/一带, with
 *    its kind's anaphor 全镇/该村 in the sentence, right after its parent, or when so confirmed elsewhere in the same
 *    document; never at the start of a company name).
 */
import { Automaton, MatchBuffer } from './automaton.ts';
import { NON_PLACE_PHRASES } from './non-place-phrases.ts';
import {
  followedByLocative,
  isConnector,
  isDirectionWord,
  onLatinWordBoundary,
  sentenceAround,
  sentenceHasAnaphorFor,
  startsCompanyName,
  type RuleName,
} from './rules.ts';

/** What the linker needs of a gazetteer place (a subset of PlaceProperties). */
export interface LinkablePlace {
  id: string;
  name: string;
  name_en?: string;
  aliases: string[];
  kind: string;
  parent: string | null;
}

/** geo/ambiguous-aliases.json, parsed: surface → the places it may name and the rule that decides. */
export type AmbiguityTable = Record<string, { places: string[]; rule: RuleName }>;

export interface TextMention {
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  surface: string;
  placeId: string;
}

/** A surface claimed by two places without an entry in geo/ambiguous-aliases.json, or an entry that does not fit. */
export class LinkerConfigError extends Error {
  constructor(
    message: string,
    readonly surface: string,
    readonly placeIds: string[],
  ) {
    super(message);
    this.name = 'LinkerConfigError';
  }
}

interface Sense {
  /** Candidate places; empty for a non-place phrase. */
  places: string[];
  rule: RuleName | 'unique';
  latin: boolean;
}

interface Candidate {
  start: number;
  end: number;
  sense: Sense;
  /** Decided place, or null while undecided / when it names none. */
  placeId: string | null;
  state: 'linked' | 'pending' | 'rejected';
}

/** Matching key of a surface: ASCII letters in lower case (the automaton folds the text the same way). */
const keyOf = (surface: string) => surface.replace(/[A-Z]/g, (c) => c.toLowerCase());
const LATIN = /[A-Za-z]/;

/** "Jinhua (prefecture-level city)" is also matched as "Jinhua". */
function englishSurfaces(nameEn: string | undefined): string[] {
  if (!nameEn?.trim()) return [];
  const bare = nameEn.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return [...new Set([nameEn.trim(), bare].filter(Boolean))];
}

export interface Linker {
  /** Mentions in one text, linked as one document. */
  link(text: string): TextMention[];
  /** Mentions in each passage of one document (rules that look at the whole document see all of them). */
  linkDocument(passages: readonly string[]): TextMention[][];
  readonly places: ReadonlyMap<string, LinkablePlace>;
}

export function createLinker(placeList: readonly LinkablePlace[], ambiguities: AmbiguityTable = {}): Linker {
  const places = new Map(placeList.map((p) => [p.id, p]));
  const claims = new Map<string, { surface: string; ids: Set<string> }>();
  for (const place of placeList) {
    for (const surface of [place.name, ...(place.aliases ?? []), ...englishSurfaces(place.name_en)]) {
      if (!surface) continue;
      const key = keyOf(surface);
      let claim = claims.get(key);
      if (!claim) claims.set(key, (claim = { surface, ids: new Set() }));
      claim.ids.add(place.id);
    }
  }
  const entries = new Map(Object.entries(ambiguities).map(([surface, entry]) => [keyOf(surface), { surface, ...entry }]));

  const patterns: string[] = [];
  const senses: Sense[] = [];
  const add = (key: string, sense: Sense) => {
    patterns.push(key);
    senses.push(sense);
  };
  for (const [key, { surface, ids }] of claims) {
    const entry = entries.get(key);
    if (!entry) {
      if (ids.size > 1) {
        throw new LinkerConfigError(
          `"${surface}" is claimed by ${[...ids].join(' and ')}; list it in geo/ambiguous-aliases.json with a rule`,
          surface,
          [...ids],
        );
      }
      add(key, { places: [...ids], rule: 'unique', latin: LATIN.test(key) });
      continue;
    }
    if (entry.rule === 'not-a-place') {
      throw new LinkerConfigError(`"${entry.surface}" is marked not-a-place but is a name or alias of ${[...ids].join(', ')}`, entry.surface, [...ids]);
    }
    const unlisted = [...ids].filter((id) => !entry.places.includes(id));
    if (unlisted.length) {
      throw new LinkerConfigError(`"${surface}" is also claimed by ${unlisted.join(', ')}, which its ambiguity entry does not list`, surface, unlisted);
    }
  }
  for (const [key, entry] of entries) {
    add(key, { places: entry.rule === 'not-a-place' ? [] : entry.places, rule: entry.rule, latin: LATIN.test(key) });
  }
  for (const { phrase } of NON_PLACE_PHRASES) {
    const key = keyOf(phrase);
    if (!claims.has(key) && !entries.has(key)) add(key, { places: [], rule: 'not-a-place', latin: LATIN.test(key) });
  }

  const automaton = new Automaton(patterns);
  const buffer = new MatchBuffer();

  /** Steps 1–3: occurrences → leftmost-longest candidates. */
  function candidatesIn(text: string): Candidate[] {
    buffer.clear();
    automaton.scan(text, buffer);
    const valid: number[] = [];
    for (let k = 0; k < buffer.count; k++) {
      const start = buffer.starts[k]!;
      const end = buffer.ends[k]!;
      const sense = senses[buffer.patterns[k]!]!;
      if (sense.latin && !onLatinWordBoundary(text, start, end)) continue;
      if (sense.places.length > 0 && isDirectionWord(text, end)) continue;
      valid.push(k);
    }
    // Leftmost first; at the same start, longest first.
    valid.sort((a, b) => buffer.starts[a]! - buffer.starts[b]! || buffer.ends[b]! - buffer.ends[a]!);
    const found: Candidate[] = [];
    let covered = 0;
    for (const k of valid) {
      const start = buffer.starts[k]!;
      if (start < covered) continue;
      covered = buffer.ends[k]!;
      const sense = senses[buffer.patterns[k]!]!;
      if (sense.places.length > 0) found.push({ start, end: covered, sense, placeId: null, state: 'pending' });
    }
    return found;
  }

  const ancestorsOf = (id: string): string[] => {
    const parent = places.get(id)?.parent;
    const grandparent = parent ? places.get(parent)?.parent : null;
    return [parent, grandparent].filter((p): p is string => !!p);
  };

  /** needs-place-context: evidence for a candidate from its own passage. */
  function hasPlaceContext(text: string, found: Candidate[], k: number): boolean {
    const c = found[k]!;
    if (followedByLocative(text, c.end)) return true;
    const sentence = sentenceAround(text, c.start, c.end);
    if (c.sense.places.some((id) => sentenceHasAnaphorFor(places.get(id)?.name ?? '', sentence))) return true;
    const before = found[k - 1];
    const after = found[k + 1];
    const isPlace = (d: Candidate | undefined) => d !== undefined && d.state === 'linked';
    if (isPlace(before) && before!.end === c.start && c.sense.places.some((id) => ancestorsOf(id).includes(before!.placeId!))) return true;
    if (isPlace(before) && before!.end === c.start - 1 && isConnector(text[c.start - 1])) return true;
    return isPlace(after) && after!.start === c.end + 1 && isConnector(text[c.end]);
  }

  function linkDocument(texts: readonly string[]): TextMention[][] {
    const all = texts.map(candidatesIn);
    // Unambiguous surfaces first: they are the context the other rules read.
    for (const found of all) {
      for (const c of found) {
        if (c.sense.rule === 'unique' || c.sense.rule === 'first-listed') Object.assign(c, { placeId: c.sense.places[0]!, state: 'linked' });
      }
    }
    // needs-place-context: confirmed in its passage (repeatedly, so a whole list of short names confirms itself) …
    const confirmed = new Set<Sense>();
    all.forEach((found, t) => {
      const text = texts[t]!;
      for (const c of found) if (c.sense.rule === 'needs-place-context' && startsCompanyName(text, c.end)) c.state = 'rejected';
      for (let changed = true; changed; ) {
        changed = false;
        found.forEach((c, k) => {
          if (c.state !== 'pending' || c.sense.rule !== 'needs-place-context' || !hasPlaceContext(text, found, k)) return;
          Object.assign(c, { state: 'linked', placeId: c.sense.places.length === 1 ? c.sense.places[0]! : null });
          confirmed.add(c.sense);
          changed = true;
        });
      }
    });
    // … or elsewhere in the document (one sense per discourse).
    for (const found of all) {
      for (const c of found) {
        if (c.state !== 'pending' || c.sense.rule !== 'needs-place-context') continue;
        if (confirmed.has(c.sense)) Object.assign(c, { state: 'linked', placeId: c.sense.places.length === 1 ? c.sense.places[0]! : null });
        else c.state = 'rejected';
      }
    }
    // parent-in-context (and confirmed short forms of several places): the place whose parent the document names.
    const counts = new Map<string, number>();
    for (const found of all) for (const c of found) if (c.placeId) counts.set(c.placeId, (counts.get(c.placeId) ?? 0) + 1);
    const score = (id: string) => [id, ...ancestorsOf(id)].reduce((n, a) => n + (counts.get(a) ?? 0), 0);
    for (const found of all) {
      for (const c of found) {
        if (c.placeId || c.state === 'rejected') continue;
        c.placeId = c.sense.places.reduce((best, id) => (score(id) > score(best) ? id : best), c.sense.places[0]!);
        c.state = 'linked';
      }
    }
    return all.map((found, t) =>
      found.filter((c) => c.state === 'linked').map((c) => ({ start: c.start, end: c.end, surface: texts[t]!.slice(c.start, c.end), placeId: c.placeId! })),
    );
  }

  return {
    places,
    linkDocument,
    link: (text) => linkDocument([text])[0]!,
  };
}
