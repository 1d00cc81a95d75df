/**
 * The context rules of the linker: what decides a surface that dictionary matching alone gets wrong. Each rule is a
 * small pure function of the text around a candidate, so it can be explained and tested on its own.
 */

/** Rules a geo/ambiguous-aliases.json entry can name. */
export const RULE_NAMES = ['first-listed', 'parent-in-context', 'needs-place-context', 'not-a-place'] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export function isRuleName(name: unknown): name is RuleName {
  return typeof name === 'string' && (RULE_NAMES as readonly string[]).includes(name);
}

/** Latin names match on word boundaries only: "Yiwu" in "Yiwu's", not in "Yiwuxyz". */
export function onLatinWordBoundary(text: string, start: number, end: number): boolean {
  const alnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  if (alnum(text[start]) && alnum(text[start - 1])) return false;
  return !(alnum(text[end - 1]) && alnum(text[end]));
}

/**
 * 金华南部 is "the south of Jinhua", not the station 金华南: a name ending in a compass point, followed by a word that
 * makes that point a direction (部 面 边 侧 方 郊 端), is not that name.
 */
export function isDirectionWord(text: string, end: number): boolean {
  return /[东南西北]/.test(text[end - 1] ?? '') && /[部面边侧方郊端]/.test(text[end] ?? '');
}

const HAN = '\\u3400-\\u9fff';

/** After a place in a list or as a place: 等地, 等中心镇, 一带, 地区, 境内, 周边. */
const LOCATIVE_AFTER = new RegExp(`^(?:等[${HAN}]{0,3}?(?:地|镇|乡|村|街道|社区|县|市|区)|一带|地区|境内|周边|全境)`);

/** The start of a company name: 花园科新制药, 花园集团, …有限公司. */
const COMPANY_AFTER = new RegExp(`^[${HAN}]{0,6}?(?:有限公司|股份|集团|公司|制药|控股|实业)`);

/** Words that join two places: lists (、), routes (至, 到), pairs (和, 与, 及). */
const CONNECTORS = '、至到和与及';

/** Anaphors that refer back to a place of the kind its official name ends with (全镇 → a 镇). */
const ANAPHORS: ReadonlyArray<[suffix: string, words: readonly string[]]> = [
  ['街道', ['该街道', '全街道', '本街道']],
  ['社区', ['该社区', '全社区', '本社区']],
  ['镇', ['全镇', '该镇', '本镇', '此镇']],
  ['乡', ['全乡', '该乡', '本乡']],
  ['村', ['全村', '该村', '本村', '此村']],
];

/** The characters LOCATIVE_AFTER can begin with (the same in traditional text): a cheap pre-check. */
const LOCATIVE_FIRST = new Set('等一地境周全');
export function followedByLocative(text: string, end: number): boolean {
  return LOCATIVE_FIRST.has(text[end] ?? '') && LOCATIVE_AFTER.test(text.slice(end, end + 8));
}

export function startsCompanyName(text: string, end: number): boolean {
  return COMPANY_AFTER.test(text.slice(end, end + 12));
}

export function isConnector(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && CONNECTORS.includes(char);
}

const STOPS = new Set('。！？!?；;\n');

/**
 * Where a text's sentences end and where an anaphor may begin, found once per text (many candidates in one text
 * ask): sorted offsets of the sentence-ending characters and of the characters anaphors begin with (全该該本此, the
 * same in traditional text but 該). Found with indexOf on the original text, so nothing is copied.
 */
export interface AnaphorIndex {
  stops: number[];
  starts: number[];
}

const ANAPHOR_FIRST = '全该該本此';

function positions(text: string, chars: Iterable<string>): number[] {
  const at: number[] = [];
  for (const c of chars) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) at.push(i);
  return at.sort((a, b) => a - b);
}

export function anaphorIndex(text: string): AnaphorIndex {
  return { stops: positions(text, STOPS), starts: positions(text, ANAPHOR_FIRST) };
}

/** The first index in sorted `list` whose value is ≥ `value`. */
function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sentence around [start, end) of `text` refers back to a place of this official name's kind (全镇 for a 镇,
 * 该村 for a 村). `simplify` gives a slice of the text in simplified characters.
 */
export function sentenceHasAnaphorFor(
  text: string,
  index: AnaphorIndex,
  start: number,
  end: number,
  officialName: string,
  simplify: (s: string) => string,
): boolean {
  const entry = ANAPHORS.find(([suffix]) => officialName.endsWith(suffix));
  if (!entry) return false;
  const { stops, starts } = index;
  const next = lowerBound(stops, end);
  const to = next < stops.length ? stops[next]! : text.length;
  const previous = lowerBound(stops, start) - 1;
  const from = previous >= 0 ? stops[previous]! + 1 : 0;
  for (let k = lowerBound(starts, from); k < starts.length && starts[k]! < to; k++) {
    const word = simplify(text.slice(starts[k]!, starts[k]! + 3));
    if (entry[1].some((w) => word.startsWith(w))) return true;
  }
  return false;
}
