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

const alnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
/** Latin names match on word boundaries only: "Yiwu" in "Yiwu's", not in "Yiwuxyz". */
export function onLatinWordBoundary(text: string, start: number, end: number): boolean {
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
export const CONNECTORS = '、至到和与及';

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

const STOP = 1;
const ANAPHOR_START = 2;
/** Code unit → what it is to a sentence: its end, or the first character of an anaphor (全该該本此: 該 is traditional). */
const SENTENCE_CHARS = new Uint8Array(65536);
for (const c of '。！？!?；;\n') SENTENCE_CHARS[c.charCodeAt(0)] = STOP;
for (const c of '全该該本此') SENTENCE_CHARS[c.charCodeAt(0)] = ANAPHOR_START;

/**
 * Every anaphor word with the bit of its kind (`anaphorBit`). The linker's automaton looks for them in the same pass
 * as the names, so that a text without any (most texts) never has its sentences read.
 */
export const ANAPHOR_WORDS: ReadonlyArray<[word: string, bit: number]> = ANAPHORS.flatMap(([, words], k) => words.map((w): [string, number] => [w, 1 << k]));

/** The bit of the anaphors that refer back to a place of this official name's kind (全镇 for a 镇), or 0 for none. */
export function anaphorBit(officialName: string): number {
  const k = ANAPHORS.findIndex(([suffix]) => officialName.endsWith(suffix));
  return k < 0 ? 0 : 1 << k;
}

/**
 * Which kinds of anaphor (bits of `anaphorBit`) the sentence around a candidate holds. One per text: candidates are
 * asked about in text order and several share a sentence, so each sentence is read once, when a candidate in it
 * first asks — not the whole text, as most candidates never ask. `simplify` gives a slice in simplified characters.
 */
export class SentenceAnaphors {
  /** The last sentence read ([from, to), no sentence end inside) and its anaphors. */
  private from = 0;
  private to = -1;
  private bits = 0;

  constructor(
    private readonly text: string,
    private readonly simplify: (s: string) => string,
  ) {}

  at(start: number, end: number): number {
    if (start >= this.from && end <= this.to) return this.bits;
    const { text } = this;
    let bits = 0;
    let from = start;
    for (; from > 0; from--) {
      const c = SENTENCE_CHARS[text.charCodeAt(from - 1)];
      if (c === STOP) break;
      if (c === ANAPHOR_START) bits |= this.anaphorsAt(from - 1);
    }
    // A name with a sentence end inside it (English names may hold a ";") does not end its sentence, but splits what
    // would be the cached one.
    let whole = true;
    let to = start;
    for (; to < text.length; to++) {
      const c = SENTENCE_CHARS[text.charCodeAt(to)];
      if (c === STOP) {
        if (to >= end) break;
        whole = false;
      } else if (c === ANAPHOR_START) bits |= this.anaphorsAt(to);
    }
    if (whole) [this.from, this.to, this.bits] = [from, to, bits];
    return bits;
  }

  /** The kinds of anaphor (bits) that the word at `k` is. */
  private anaphorsAt(k: number): number {
    const word = this.simplify(this.text.slice(k, k + 3));
    let bits = 0;
    ANAPHORS.forEach(([, words], bit) => {
      if (words.some((w) => word.startsWith(w))) bits |= 1 << bit;
    });
    return bits;
  }
}
