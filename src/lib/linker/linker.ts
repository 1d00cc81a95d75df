/**
 * The place linker: finds every mention of every gazetteer place in a text. It is the product's core (a click on
 * the map is only useful if it lists every passage naming the place and nothing else), so it is written here rather
 * than taken from a library: its rules are the project's knowledge about place names and must stay explainable
 * and testable one by one. It is built from the places' properties and geo/not-places.json (not-places.ts).
 *
 * How a text is linked:
 * 1. One pass of an Aho–Corasick automaton finds every occurrence of every surface: official names, aliases,
 *    English names (case-insensitive), the forms derived by rule (variants.ts: 横店, 杭州至温州铁路, 横店机场,
 *    Dongyang City …), the non-place phrases and unmapped names, and other regions' names. Traditional characters
 *    match their simplified forms (normalise.ts; folded in the automaton's character table, so offsets and
 *    surfaces are those of the original text).
 * 2. Occurrences that break a rule are discarded: Latin names off a word boundary ("Yiwuxyz"); a name ending in a
 *    compass point used as a direction (金华南部 is not the station 金华南).
 * 3. Leftmost-longest selection: at each position the longest surface wins and hides what it covers, so 东阳江 is the
 *    river and not 东阳, 义东高速 the road, 横店东磁 the company and not the town, 金华南 the station and not 金华,
 *    and a non-place phrase (大花园, 歌山画水) hides the alias inside it. One-character abbreviations (东义同城化,
 *    杭温, 甬金衢上 — 上 is 上饶) are never places unless the gazetteer defines them as aliases.
 * 4. Shape and neighbours (per passage):
 *    - the prefix of an unknown place: a name that does not end in a type word, followed by a type word
 *      (gaps.ts `typeWordAt`: 江, 山, 经济开发区, 路 …), begins a longer name the gazetteer lacks (武义江, 兰溪经济开发区):
 *      not linked;
 *    - homonyms: a name right after another region (江苏省东阳, 山西新华村; not-places.json `other_regions`), or right
 *      after a county or town of the prefecture that is not its own (兰溪 + 经济开发区 of 东阳), is another place:
 *      not linked; after its own parent or grandparent it is that place (which also decides between namesakes).
 * 5. Rules by surface (rules.ts): `first-listed`, `parent-in-context` (the candidate whose parent the document names),
 *    `needs-place-context` (a short form that is also a word: linked only in a list of places, before 等地/一带, with
 *    its kind's anaphor 全镇/该村 in the sentence, right after its parent, or when the place is confirmed elsewhere in
 *    the same document; never at the start of a company name), `needs-parent` (an everyday word: only right after
 *    its parent), `same-name` (several places of one name: the one whose parent or grandparent the document names,
 *    else none).
 */
import { Automaton, MatchBuffer } from './automaton.ts';
import { MAX_INFIX, SITE_WORD_FIRST, siteNameAhead, TYPE_WORDS, typeWordAt } from './gaps.ts';
import { SIMPLIFIED, simplifiedCodeAt, toSimplified } from './normalise.ts';
import type { NotPlaces } from './not-places.ts';
import {
  ANAPHOR_WORDS,
  anaphorBit,
  followedByLocative,
  CONNECTORS,
  isDirectionWord,
  onLatinWordBoundary,
  SentenceAnaphors,
  startsCompanyName,
  type RuleName,
} from './rules.ts';
import { deriveSurfaces, type Strength } from './variants.ts';

/** What the linker needs of a gazetteer place (a subset of PlaceProperties). */
export interface LinkablePlace {
  id: string;
  name: string;
  name_en?: string;
  /** Tone-marked, space-separated (as the gazetteer holds it); English forms are derived from it when name_en is empty. */
  pinyin?: string;
  aliases: string[];
  kind: string;
  parent: string | null;
  /** Drawn for orientation, never linked (the province, neighbouring prefectures): its names only hide what is inside them (浙江东阳 is not 江东). */
  context?: boolean;
}

/** geo/not-places.json's "ambiguous" section, parsed: surface → the places it may name and the rule that decides. */
export type AmbiguityTable = Record<string, { places: string[]; rule: RuleName }>;

export interface TextMention {
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  surface: string;
  placeId: string;
}

/** An ambiguity entry that does not fit the gazetteer (it omits a place claiming its surface, or marks a name not-a-place). */
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

type SenseRule = RuleName | 'unique' | 'needs-parent' | 'same-name';

/** Rules under which a surface is linked only when its context confirms it. */
const WEAK_RULES: ReadonlySet<SenseRule> = new Set(['needs-place-context', 'needs-parent', 'same-name']);

/**
 * Inside the linker a place is its index in the list of linkable places (ids only in the output): the rules compare,
 * count and look up places for every candidate, and numbers do that without hashing strings.
 */
type PlaceIndex = number;

interface Sense {
  /** Candidate places; empty for a non-place phrase or another region's name. */
  places: PlaceIndex[];
  rule: SenseRule;
  /** Names places, under a rule that links it only when its context confirms it. */
  weak: boolean;
  latin: boolean;
  /** Names places and ends in a compass point (金华南): followed by 部, 面 …, that point is a direction. */
  compassEnd: boolean;
  /** Another region's name (a province or prefecture outside Jinhua). */
  region: boolean;
  /**
   * Does not end in a type word after a name of its own (东阳, 横店, 兰溪 — 溪 is part of the name): followed by a type
   * word, it is the prefix of a longer name. 东阳江, 横店镇 are complete.
   */
  prefixable: boolean;
}

interface Candidate {
  start: number;
  end: number;
  sense: Sense;
  /** The places still possible (narrowed by the neighbours). */
  places: PlaceIndex[];
  /** Decided place, or -1 while undecided. */
  place: PlaceIndex;
  state: 'linked' | 'pending' | 'rejected';
  /** Right after its parent or grandparent (which named it). */
  afterParent: boolean;
  /** Rejected as another region's namesake (江苏省东阳, "Pujiang County, Sichuan"). */
  homonym: boolean;
}

// Helpers the rules call for every candidate are defined once, here or in createLinker, never inside the functions
// that call them: run through tsx (the CLI, the build scripts, the benchmark), every named function made at run time
// is also given its name by esbuild's keepNames (a defineProperty), about 1 µs each, which cost more than the rules.
const isLinked = (c: Candidate | undefined) => c !== undefined && c.state === 'linked';
/** A short form that needs place context (`needs-place-context`), not decided yet. */
const contextual = (c: Candidate) => c.state === 'pending' && c.sense.rule === 'needs-place-context';

/** The kinds whose short names may be everyday words (not-places.json `everyday_words`). */
const EVERYDAY_KINDS = new Set(['village', 'town']);

/** Matching key of a surface: simplified characters, ASCII letters in lower case (the automaton folds the text the same way). */
const keyOf = (surface: string) => toSimplified(surface).replace(/[A-Z]/g, (c) => c.toLowerCase());
/** ASCII upper case → lower case, as keyOf does. */
const foldCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
/** `text` at `at` has the matching key `key` (keyOf of the slice is `key`), compared without slicing. */
function keyAt(text: string, at: number, key: string): boolean {
  for (let j = 0; j < key.length; j++) if (foldCode(simplifiedCodeAt(text, at + j)) !== key.charCodeAt(j)) return false;
  return true;
}
const LATIN = /[A-Za-z]/;
const HAN = /[\u3400-\u9fff]/;

/** "Jinhua (prefecture-level city)" is also matched as "Jinhua". */
function englishSurfaces(nameEn: string | undefined): string[] {
  if (!nameEn?.trim()) return [];
  const bare = nameEn.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return [...new Set([nameEn.trim(), bare].filter(Boolean))];
}

// Classes of characters for the rules that read the characters around a name (what a character may begin or be),
// one bit each: cheap pre-checks before the exact tests.
/** Makes a compass point before it a direction (rules.ts isDirectionWord: 金华南部). */
const DIRECTION_WORD = 1;
/** Begins a type word (gaps.ts TYPE_WORDS: 武义 + 江). */
const TYPE_WORD = 2;
/** Begins a site word (gaps.ts SITE_WORDS: 诸葛 + 八卦 + 村). */
const SITE_WORD = 4;
/** Begins what may stand between a region's name and a place in it (REGION_GLUE: 兰溪市的). */
const GLUE = 8;
/** Begins a word that follows no place's name (not-places.json `not_before`; per linker). */
const NOT_BEFORE = 16;
/** Ends the name a station is listed under (义乌 for 义乌站; per linker). */
const STATION_LAST = 32;
/** Joins two places (rules.ts CONNECTORS: 、 至 和 …). */
const CONNECTOR = 64;
/**
 * Code unit → its classes: each class's bit set for the characters given (matching keys) and every code unit folded to
 * one of them (traditional forms, upper case), so that one array read of the text's code unit answers.
 */
function characterClasses(classes: ReadonlyArray<readonly [bit: number, firsts: Iterable<string>]>): Uint8Array {
  const byKey = new Uint8Array(65536);
  for (const [bit, firsts] of classes) for (const c of firsts) byKey[c.charCodeAt(0)]! |= bit;
  const table = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++) table[code] = byKey[foldCode(SIMPLIFIED[code] || code)]!;
  return table;
}
const SHARED_CLASSES: ReadonlyArray<readonly [number, Iterable<string>]> = [
  [DIRECTION_WORD, '部面边侧方郊端'],
  [TYPE_WORD, TYPE_WORDS.map((w) => w[0]!)],
  [SITE_WORD, SITE_WORD_FIRST],
  [GLUE, '省市县区州盟地自镇乡街的'],
  [CONNECTOR, CONNECTORS],
];
/** The characters a locative after a name begins with (rules.ts followedByLocative), as code units. */
const LOCATIVE_FIRST = new Set(Array.from('等一地境周全', (c) => c.charCodeAt(0)));
const LIST_COMMA = '、'.charCodeAt(0);
/** The last characters that make a name end in a compass point (rules.ts isDirectionWord). */
const COMPASS_POINTS = new Set('东南西北');
/**
 * A county's or the prefecture's name followed by 区/城 that makes its suffix 市区/县城 (东阳市区, 浦江县城): the
 * words segment as 东阳 + 市区 ("the city proper of Dongyang"), so the mention is the short form.
 */
const CITY_PROPER = new Uint16Array(65536);
CITY_PROPER['市'.charCodeAt(0)] = '区'.charCodeAt(0);
CITY_PROPER['县'.charCodeAt(0)] = '城'.charCodeAt(0);
const CITY_PROPER_KINDS = new Set(['county', 'prefecture']);

/** Kinds that are areas other places lie in: a name right after one is read as inside it. */
const AREA_KINDS = new Set(['prefecture', 'county', 'town']);
/** Between a region's name and a place in it: its suffix (江苏省, 兰溪市) and 的. */
/** Between a place and the region written after it: "Pujiang County, Sichuan", 新华村（山西）, 新华村(福建省. */
const REGION_AFTER = /^\s*[,，(（]\s*$/;
const REGION_GLUE = /^(?:省|市|县|区|州|盟|地区|自治区|自治州|镇|乡|街道)?的?$/;

/**
 * An English name that begins a landmark's or another feature's name ("Hengdian World Studios", "Jinhua Mountain",
 * "Wuyi Mountains", "Yongchang Ancient Street") or follows "Mount" ("Mount Wuyi") is not the county or town: up to
 * three more words in the same case, then a feature word.
 */
const ENGLISH_FEATURE = 'Mountains?|Mount|Hills?|River|Lake|Cave|Street|Road|Avenue|Studios?|Park|Resort|Temple|Museum|Market|Mart|Mall|Square|Bridge|Pagoda|Palace|Hall|Cent(?:er|re)|Ancient|Basin|Valley|Reservoir';
const ENGLISH_SITE_AFTER = new RegExp(`^(?:[ -][A-Z][A-Za-z'’]*){0,3}? (?:${ENGLISH_FEATURE})\\b`);
const ENGLISH_SITE_AFTER_LOWER = new RegExp(`^(?:[ -][a-z']+){0,3}? (?:${ENGLISH_FEATURE.toLowerCase()})\\b`);
const MOUNT_BEFORE = /\bMount $/i;
function namesEnglishSite(text: string, start: number, end: number): boolean {
  if (text[end] !== ' ' && text[end] !== '-' && text[start - 1] !== ' ') return false;
  const after = text.slice(end, end + 60);
  const lower = text.slice(start, end) === text.slice(start, end).toLowerCase();
  return (lower ? ENGLISH_SITE_AFTER_LOWER : ENGLISH_SITE_AFTER).test(after) || MOUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * A name in a list (、) whose clause ends in 站 a few characters after the list (浦江、义乌、横店等站, 浦江、横店为新建车站,
 * 等 9 个车站) is the station of that name.
 */
const STATION_LIST_AFTER =
  /^(?:、[^、，,。；;：:\s]{1,8})*\s*(?:等|为|是|均为)\s*(?:[\d一二三四五六七八九十]+\s*个)?\s*(?:新建|改建|扩建|改扩建|高铁|火车|客运|动车|铁路)?车?站(?![点长台])/;
function listOfStations(text: string, start: number, end: number): boolean {
  const listed = text[start - 1] === '、' || text[end] === '、';
  return listed && STATION_LIST_AFTER.test(toSimplified(text.slice(end, end + 120)));
}

/**
 * A count per place for one document at a time, without an array of every place (5,000 and more) allocated or
 * cleared per document, which cost more than the counting: an entry counts only if it was written while linking the
 * current document (its stamp is the document's).
 */
class PlaceTally {
  private readonly stamps: Int32Array;
  private readonly values: Int32Array;
  private document = 0;

  constructor(size: number) {
    this.stamps = new Int32Array(size);
    this.values = new Int32Array(size);
  }

  /** Every count is 0 again. */
  clear(): void {
    this.document++;
  }

  get(place: PlaceIndex): number {
    return this.stamps[place] === this.document ? this.values[place]! : 0;
  }

  add(place: PlaceIndex): void {
    if (this.stamps[place] !== this.document) {
      this.stamps[place] = this.document;
      this.values[place] = 0;
    }
    this.values[place]!++;
  }
}

export interface Linker {
  /** Mentions in one text, linked as one document. */
  link(text: string): TextMention[];
  /** Mentions in each passage of one document (rules that look at the whole document see all of them). */
  linkDocument(passages: readonly string[]): TextMention[][];
  readonly places: ReadonlyMap<string, LinkablePlace>;
  /** Every string the automaton searches (names, aliases, derived forms, phrases, other regions), as matching keys. */
  readonly surfaces: readonly string[];
}

export function createLinker(allPlaces: readonly LinkablePlace[], data: Partial<NotPlaces> = {}): Linker {
  const placeList = allPlaces.filter((p) => !p.context);
  const places = new Map(placeList.map((p) => [p.id, p]));
  const ids = [...places.keys()];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const kinds = [...places.values()].map((p) => p.kind);
  /** Parent's index, or -1 (none, or not a linkable place). */
  const parents = Int32Array.from(places.values(), (p) => indexOf.get(p.parent ?? '') ?? -1);
  /** Per place, the anaphors that refer back to it (rules.ts anaphorBit: 全镇 for a 镇). */
  const anaphorBits = Uint8Array.from(places.values(), (p) => anaphorBit(p.name));
  const ambiguities = data.ambiguous ?? {};
  const everyday = new Set((data.everydayWords ?? []).map(keyOf));
  const regions = new Set((data.otherRegions ?? []).map(keyOf));
  const notBefore = [...new Set((data.notBefore ?? []).map(keyOf))];
  /** Stations by the name they are listed under (义乌站 → 义乌). */
  const stations = new Map<string, PlaceIndex>();
  for (const place of placeList) if (place.name.endsWith('站') && place.name.length > 2) stations.set(keyOf(place.name.slice(0, -1)), indexOf.get(place.id)!);
  const classes = characterClasses([
    ...SHARED_CLASSES,
    [NOT_BEFORE, notBefore.map((word) => word[0]!)],
    [STATION_LAST, [...stations.keys()].map((key) => key.at(-1)!)],
  ]);
  /** The character classes of the code unit at `i` (0 past the end). */
  const classAt = (text: string, i: number) => (i < text.length ? classes[text.charCodeAt(i)]! : 0);
  /** A title or product right after a name (諸葛先生, 金华火腿, Jinhua ham): the name belongs to it. */
  const beforeNotPlaceWord = (text: string, end: number, latin: boolean): boolean => {
    const at = latin && text[end] === ' ' ? end + 1 : end;
    if ((classAt(text, at) & NOT_BEFORE) === 0) return false; // most names: one look at the next character
    return notBefore.some((word) => keyAt(text, at, word) && !(LATIN.test(word) && /[a-z]/i.test(text[at + word.length] ?? '')));
  };

  // Who claims each surface: the records' own names first, then the forms derived by rule.
  const explicit = new Map<string, { surface: string; ids: Set<string> }>();
  for (const place of placeList) {
    for (const surface of [place.name, ...(place.aliases ?? []), ...englishSurfaces(place.name_en)]) {
      if (!surface) continue;
      const key = keyOf(surface);
      let claim = explicit.get(key);
      if (!claim) explicit.set(key, (claim = { surface, ids: new Set() }));
      claim.ids.add(place.id);
    }
  }
  const derived = new Map<string, Map<string, Strength>>();
  for (const d of deriveSurfaces(placeList, { everyday, regions, genericVillageCount: data.genericVillageCount ?? Infinity })) {
    const key = keyOf(d.surface);
    if (explicit.has(key)) continue; // a record's own name or alias always wins over a derived form
    const byPlace = derived.get(key) ?? derived.set(key, new Map()).get(key)!;
    byPlace.set(d.placeId, d.strength);
  }
  const entries = new Map(Object.entries(ambiguities).map(([surface, entry]) => [keyOf(surface), { surface, ...entry }]));

  const patterns: string[] = [];
  const senses: Sense[] = [];
  const add = (key: string, placesOf: string[], rule: SenseRule, region = false) => {
    patterns.push(key);
    const prefixable = HAN.test(key) && placesOf.length > 0 && !TYPE_WORDS.some((w) => key.endsWith(w) && key.length - w.length >= 2);
    const weak = placesOf.length > 0 && WEAK_RULES.has(rule);
    const compassEnd = placesOf.length > 0 && COMPASS_POINTS.has(key.at(-1)!);
    senses.push({ places: placesOf.map((id) => indexOf.get(id)!), rule, weak, latin: LATIN.test(key), compassEnd, region, prefixable });
  };
  /** Everyday-word names of villages and townships (新村, 诸葛: 东方村 is fine, 东方 is not) need their parent beside them. */
  const isEveryday = (key: string, ids: Iterable<string>) => everyday.has(key) && [...ids].some((id) => EVERYDAY_KINDS.has(places.get(id)?.kind ?? ''));
  for (const [key, { surface, ids }] of explicit) {
    const entry = entries.get(key);
    if (!entry) {
      // An alias that is only a type word (经济开发区 for 东阳经济开发区) is decided as a same-name village is: the place
      // whose parent the document names (a text about 东阳), else none (a county elsewhere has its own 经济开发区).
      const rule: SenseRule = isEveryday(key, ids) ? 'needs-parent' : ids.size > 1 || TYPE_WORDS.includes(key) ? 'same-name' : 'unique';
      add(key, [...ids], rule);
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
  for (const [key, entry] of entries) add(key, entry.rule === 'not-a-place' ? [] : entry.places, entry.rule);
  for (const [key, byPlace] of derived) {
    if (entries.has(key)) continue;
    const strengths = new Set(byPlace.values());
    const rule: SenseRule =
      byPlace.size > 1 || strengths.has('needs-parent') ? 'needs-parent' : strengths.has('contextual') ? 'needs-place-context' : 'unique';
    add(key, [...byPlace.keys()], rule);
  }
  const taken = (key: string) => explicit.has(key) || entries.has(key) || derived.has(key);
  const blocked = new Set<string>();
  for (const phrase of [...(data.phrases ?? []).map((p) => p.phrase), ...(data.unmapped ?? []).map((u) => u.surface)]) {
    const key = keyOf(phrase);
    if (!taken(key) && !blocked.has(key)) add(key, [], 'not-a-place');
    blocked.add(key);
  }
  for (const key of regions) if (!taken(key) && !blocked.has(key)) add(key, [], 'not-a-place', true);
  // Context features: their names take part in the leftmost-longest match and link nothing (other regions among
  // them, 杭州, were added as regions just above).
  for (const place of allPlaces.filter((p) => p.context)) {
    for (const surface of [place.name, ...place.aliases]) {
      const key = keyOf(surface);
      if (!taken(key) && !blocked.has(key) && !regions.has(key)) add(key, [], 'not-a-place');
      blocked.add(key);
    }
  }

  // The anaphor words (rules.ts: 全镇, 该村) are searched in the same pass, as patterns of their own after the surfaces
  // (or, should one be a surface too, on that surface): they only tell which kinds of anaphor a text holds.
  const searched = [...patterns];
  const patternOf = new Map(patterns.map((key, p) => [key, p]));
  const anaphorPatterns = ANAPHOR_WORDS.map(([word, bit]) => [patternOf.get(word) ?? searched.push(word) - 1, bit] as const);
  const anaphorKindOf = new Uint8Array(searched.length);
  for (const [p, bit] of anaphorPatterns) anaphorKindOf[p]! |= bit;
  const automaton = new Automaton(searched, SIMPLIFIED);
  const buffer = new MatchBuffer();
  /** Indexes into `buffer` of the occurrences kept so far, reused from text to text. */
  let selected = new Int32Array(256);
  const grow = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };

  /** `area` is the parent or the grandparent of `place`. */
  const isParentOrGrandparent = (area: PlaceIndex, place: PlaceIndex) => {
    const parent = parents[place]!;
    return parent === area || (parent >= 0 && parents[parent] === area);
  };
  /** The county or town (of kind `kind`) a place lies in, itself included; -1 for none. */
  const areaOf = (place: PlaceIndex, kind: string): PlaceIndex => {
    for (let at = place, guard = 0; at >= 0 && guard < 8; at = parents[at]!, guard++) if (kinds[at] === kind) return at;
    return -1;
  };
  /**
   * `area` (a county or town of the prefecture) is not where `place` lies, and not inside `place` either. Places of
   * the same level or above (东阳义乌, 横店南马: a list without commas) are never foreign to each other.
   */
  const foreignArea = (area: PlaceIndex, place: PlaceIndex): boolean => {
    const kind = kinds[area];
    const own = kinds[place];
    if ((kind !== 'county' && kind !== 'town') || own === kind || own === 'county' || own === 'prefecture') return false;
    const container = areaOf(place, kind);
    return container >= 0 && container !== area;
  };

  /**
   * Steps 1–4: occurrences → leftmost-longest candidates, checked against their shape and neighbours; and the kinds
   * of anaphor the text holds (bits of rules.ts anaphorBit).
   */
  function candidatesIn(text: string): { found: Candidate[]; anaphors: number } {
    buffer.clear();
    automaton.scan(text, buffer);
    // Leftmost-longest in one pass over the occurrences, which come ordered by end (longest first at one end): an
    // occurrence replaces the kept ones it covers (they start at or after it), unless an earlier kept one overlaps it.
    let kept = 0;
    let anaphors = 0;
    for (let k = 0; k < buffer.count; k++) {
      const start = buffer.starts[k]!;
      const end = buffer.ends[k]!;
      const pattern = buffer.patterns[k]!;
      anaphors |= anaphorKindOf[pattern]!;
      if (pattern >= senses.length) continue; // an anaphor word, not a surface
      const sense = senses[pattern]!;
      if (sense.latin && (!onLatinWordBoundary(text, start, end) || (sense.places.length > 0 && namesEnglishSite(text, start, end)))) continue;
      if (sense.compassEnd && (classAt(text, end) & DIRECTION_WORD) !== 0 && isDirectionWord(toSimplified(text.slice(end - 1, end + 1)), 1)) continue;
      let below = kept;
      while (below > 0 && buffer.starts[selected[below - 1]!]! >= start) below--;
      // A name that only context can confirm never hides one that needs none: in 创新东阳中学 the village short form
      // 新东 starts first, but 东阳中学 is the name.
      if (!sense.weak) while (below > 0 && buffer.ends[selected[below - 1]!]! > start && senses[buffer.patterns[selected[below - 1]!]!]!.weak) below--;
      if (below > 0 && buffer.ends[selected[below - 1]!]! > start) continue;
      if (below === selected.length) selected = grow(selected);
      selected[below] = k;
      kept = below + 1;
    }
    const found: Candidate[] = [];
    let previous: Candidate | undefined;
    for (let i = 0; i < kept; i++) {
      const k = selected[i]!;
      const start = buffer.starts[k]!;
      const sense = senses[buffer.patterns[k]!]!;
      if (sense.places.length === 0 && !sense.region) continue;
      if (sense.region && previous?.sense.places.length && REGION_AFTER.test(toSimplified(text.slice(previous.end, start)))) {
        previous.state = 'rejected';
        previous.homonym = true;
      }
      const c: Candidate = { start, end: buffer.ends[k]!, sense, places: sense.places, place: -1, state: 'pending', afterParent: false, homonym: false };
      if (sense.places.length > 0) {
        const proper = CITY_PROPER[simplifiedCodeAt(text, c.end - 1)]!;
        if (proper !== 0 && proper === simplifiedCodeAt(text, c.end) && c.end - start > 2 && CITY_PROPER_KINDS.has(kinds[sense.places[0]!]!)) {
          c.end -= 1;
        }
        const next = i + 1 < kept ? buffer.starts[selected[i + 1]!]! : text.length;
        const neighbour =
          previous &&
          start - previous.end <= 4 &&
          (start === previous.end || ((classAt(text, previous.end) & GLUE) !== 0 && REGION_GLUE.test(toSimplified(text.slice(previous.end, start)))));
        if (neighbour && previous!.sense.region) {
          readNeighbour(previous!, c); // a namesake elsewhere, whatever follows it (臺南市永康區)
        } else if (beforeNotPlaceWord(text, c.end, sense.latin)) {
          c.state = 'rejected';
        } else if (sense.prefixable && (classAt(text, c.end) & TYPE_WORD) !== 0 && typeWordAt(toSimplified(text.slice(c.end, c.end + 6)), 0) !== undefined) {
          c.state = 'rejected';
        } else if (sense.prefixable && !sense.latin && siteWordWithin(text, c.end, next) && siteNameAhead(toSimplified(text.slice(c.end, c.end + MAX_INFIX + 6)), next - c.end)) {
          c.state = 'rejected';
        } else if (neighbour) {
          readNeighbour(previous!, c);
        }
        found.push(c);
      }
      previous = c;
    }
    return { found, anaphors };
  }

  /** A site word may begin within MAX_INFIX characters after `end`, before the next name (a cheap pre-check). */
  function siteWordWithin(text: string, end: number, next: number): boolean {
    for (let at = end + 1; at <= end + MAX_INFIX && at < next && at < text.length; at++) if ((classAt(text, at) & SITE_WORD) !== 0) return true;
    return false;
  }

  /** Step 4, homonyms: what the name right before a candidate says about it. */
  function readNeighbour(before: Candidate, c: Candidate): void {
    if (before.sense.region) {
      c.state = 'rejected';
      c.homonym = true;
      return;
    }
    const areas = before.places.filter((place) => AREA_KINDS.has(kinds[place]!));
    if (areas.length === 0) return;
    const inside = c.places.filter((place) => areas.some((a) => isParentOrGrandparent(a, place)));
    if (inside.length > 0) {
      c.places = inside;
      c.afterParent = true;
      return;
    }
    const possible = c.places.filter((place) => !areas.some((a) => foreignArea(a, place)));
    if (possible.length === 0) c.state = 'rejected';
    else c.places = possible;
  }

  /**
   * needs-place-context, evidence in its own passage that does not change while the passage is read: right after its
   * parent, before 等地/一带, an anaphor of its kind (全镇, 该村) in its sentence.
   */
  function hasOwnContext(text: string, c: Candidate, anaphors: number, sentences: SentenceAnaphors): boolean {
    if (c.afterParent) return true;
    if (LOCATIVE_FIRST.has(text.charCodeAt(c.end)) && followedByLocative(toSimplified(text.slice(c.end, c.end + 8)), 0)) return true;
    let bits = 0;
    for (const place of c.places) bits |= anaphorBits[place]!;
    return (bits & anaphors) !== 0 && (sentences.at(c.start, c.end) & bits) !== 0;
  }

  /** … and evidence that does: a linked place right beside it across a connector (卢宅、横店、花园). */
  function listedWithPlaces(text: string, found: Candidate[], k: number): boolean {
    const c = found[k]!;
    const before = found[k - 1];
    const after = found[k + 1];
    if (isLinked(before) && before!.end === c.start - 1 && (classAt(text, c.start - 1) & CONNECTOR) !== 0) return true;
    return isLinked(after) && after!.start === c.end + 1 && (classAt(text, c.end) & CONNECTOR) !== 0;
  }

  const decide = (c: Candidate, place: PlaceIndex) => {
    c.place = place;
    c.state = place >= 0 ? 'linked' : 'rejected';
  };

  function linkDocument(texts: readonly string[]): TextMention[][] {
    const read = texts.map(candidatesIn);
    const all = read.map((r) => r.found);
    // One sense per discourse for namesakes: a name the document places in another region (臺南市永康區) is that
    // region's place wherever the document names it alone (永康車站), unless its own parent stands before it.
    const namesakes = new Set<string>();
    for (let t = 0; t < all.length; t++) for (const c of all[t]!) if (c.homonym) namesakes.add(keyOf(texts[t]!.slice(c.start, c.end)));
    if (namesakes.size > 0) {
      for (let t = 0; t < all.length; t++) {
        for (const c of all[t]!) if (!c.afterParent && namesakes.has(keyOf(texts[t]!.slice(c.start, c.end)))) c.state = 'rejected';
      }
    }
    // Unambiguous surfaces, and names right after their parent, first: they are the context the other rules read.
    let contextualLeft = false;
    for (let t = 0; t < all.length; t++) {
      for (const c of all[t]!) {
        if (c.state !== 'pending') continue;
        const rule = c.sense.rule;
        if (rule === 'needs-place-context' && startsCompanyName(toSimplified(texts[t]!.slice(c.end, c.end + 12)), 0)) c.state = 'rejected';
        else if (rule === 'unique' || rule === 'first-listed') decide(c, c.sense.places[0]!);
        else if (c.afterParent && c.places.length === 1) decide(c, c.places[0]!);
        else if (rule === 'needs-parent') c.state = 'rejected';
        else if (rule === 'needs-place-context') contextualLeft = true;
      }
    }
    if (contextualLeft) confirmByContext(texts, all, read.map((r) => r.anaphors));
    // parent-in-context and same-name (and confirmed short forms of several places): the place whose parent the
    // document names; parent-in-context falls back to the first listed, same-name to none.
    let counted = false;
    for (const found of all) {
      for (const c of found) {
        if (c.place >= 0 || c.state === 'rejected') continue;
        if (!counted) countPlaces(all);
        counted = true;
        const ranked = [...c.places].sort((a, b) => score(b) - score(a));
        const best = ranked[0]!;
        const clear = score(best) > 0 && (ranked.length === 1 || score(best) > score(ranked[1]!));
        if (clear) decide(c, best);
        else decide(c, c.sense.rule === 'same-name' ? -1 : c.places[0]!);
      }
    }
    for (let t = 0; t < all.length; t++) {
      const text = texts[t]!;
      for (const c of all[t]!) {
        if (c.state !== 'linked') continue;
        if ((classAt(text, c.end - 1) & STATION_LAST) === 0 || (text.charCodeAt(c.start - 1) !== LIST_COMMA && text.charCodeAt(c.end) !== LIST_COMMA)) continue;
        const station = stations.get(keyOf(text.slice(c.start, c.end)));
        if (station !== undefined && listOfStations(text, c.start, c.end)) c.place = station;
      }
    }
    return all.map((found, t) => {
      const mentions: TextMention[] = [];
      for (const c of found) if (c.state === 'linked') mentions.push({ start: c.start, end: c.end, surface: texts[t]!.slice(c.start, c.end), placeId: ids[c.place]! });
      return mentions;
    });
  }

  /** How many candidates of the document being linked are decided for each place (`countPlaces`). */
  const counts = new PlaceTally(ids.length);
  function countPlaces(all: readonly Candidate[][]): void {
    counts.clear();
    for (const found of all) for (const c of found) if (c.place >= 0) counts.add(c.place);
  }
  /**
   * How much the document names a place's area: the candidates decided for the place's parent and grandparent, and
   * for the place itself (东阳经济开发区 … 经济开发区).
   */
  const score = (place: PlaceIndex) => {
    const parent = parents[place]!;
    const grandparent = parent >= 0 ? parents[parent]! : -1;
    return counts.get(place) + (parent >= 0 ? counts.get(parent) : 0) + (grandparent >= 0 ? counts.get(grandparent) : 0);
  };

  /** Places confirmed in the document being linked (`confirmByContext`). */
  const confirmed = new PlaceTally(ids.length);
  const confirm = (c: Candidate) => {
    if (c.places.length === 1) decide(c, c.places[0]!);
    else c.state = 'linked';
    for (const place of c.places) confirmed.add(place);
  };

  /**
   * needs-place-context: confirmed in its passage (repeatedly, so a whole list of short names confirms itself) … or
   * elsewhere in the document (one sense per discourse): the same place named there, by this or another surface.
   */
  function confirmByContext(texts: readonly string[], all: readonly Candidate[][], anaphors: readonly number[]): void {
    confirmed.clear();
    for (const found of all) for (const c of found) if (c.place >= 0) confirmed.add(c.place);
    all.forEach((found, t) => {
      const text = texts[t]!;
      const waiting: number[] = [];
      const sentences = new SentenceAnaphors(text, toSimplified);
      found.forEach((c, k) => {
        if (!contextual(c)) return;
        if (hasOwnContext(text, c, anaphors[t]!, sentences)) confirm(c);
        else waiting.push(k);
      });
      for (let changed = waiting.length > 0; changed; ) {
        changed = false;
        for (const k of waiting) {
          if (!contextual(found[k]!) || !listedWithPlaces(text, found, k)) continue;
          confirm(found[k]!);
          changed = true;
        }
      }
    });
    for (const found of all) {
      for (const c of found) {
        if (!contextual(c)) continue;
        const sure = c.places.filter((place) => confirmed.get(place) > 0);
        if (sure.length === 1) decide(c, sure[0]!);
        else c.state = 'rejected';
      }
    }
  }

  return {
    places,
    surfaces: patterns,
    linkDocument,
    link: (text) => linkDocument([text])[0]!,
  };
}
