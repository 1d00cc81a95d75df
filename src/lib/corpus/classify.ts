/**
 * What each block of a document is. Newspaper pages and plan documents mix the article with page furniture:
 * series banners, the title, bylines, section headings, photo captions and app prompts. The rules below look at
 * the shape of a block (punctuation, length, a photographer's credit) and at its neighbour, and use the
 * document's metadata (title, byline, banner, series) where it exists.
 */
import type { PassageKind } from './types.ts';

export type BlockKind = PassageKind | 'boilerplate';

/** What the metadata says is printed at the head of the document; every field optional. */
export interface DocumentHints {
  title?: string;
  byline?: string;
  /** The page banner above the title, e.g. 东阳. */
  banner?: string;
  /** The series line(s) printed on the page, e.g. 学义乌发展经验 打造国际枢纽城. */
  series?: string;
}

const HAN = '\\u3400-\\u9fff';
const HAN_CHAR = new RegExp(`[${HAN}]`);
const SPACE = '[\\s\\u3000]';

/** Prompts of news apps and share widgets: not part of the document. */
const BOILERPLATE = [/^打开.{1,12}查看更多/, /^(?:点击|长按).{0,12}(?:关注|查看|阅读|下载)/, /^(?:查看|阅读)原文$/, /^返回.{1,8}查看更多$/];

/** "吴意琼 摄", "张建成 李增炜 摄": a photographer's credit on its own line. */
const CREDIT_ONLY = new RegExp(`^(?:[${HAN}]{2,4}${SPACE}+)*[${HAN}]{2,4}${SPACE}*摄$`);
/** A caption ending in its credit ("… 陈超刚 摄", "…金东区委宣传部供图", "本版图片…由…提供"). */
const CREDITED = new RegExp(`(?:${SPACE}(?:[${HAN}]{2,4}${SPACE}+)*[${HAN}]{2,4}${SPACE}*摄|供图|图片.{0,30}提供)$`);
/** Two or more personal names (2–3 characters) separated by spaces, optionally after ■ or 记者/通讯员. */
const NAMES_ONLY = new RegExp(`^(?:[■●▲◆□]${SPACE}*)?(?:(?:本报)?(?:记者|通讯员)${SPACE}*)?[${HAN}]{2,3}(?:${SPACE}+[${HAN}]{2,3})+$`);
/** 一、 / （二） / 3. — numbered section headings of plans and reports. */
const NUMBERED = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/;

const CLOSERS = '”’」』）)】》〉"\']';
const TERMINALS = '。！？!?…；;：:.';
/** Punctuation that shows a block is prose, not a label (quotes and brackets are allowed in labels). */
const INNER_PUNCTUATION = /[，,、。！？!?；;：:…—]/;

/** Removes what differs between the printed and the recorded form of a line: spaces, dashes, bullets. */
export function normalise(text: string): string {
  return text.replace(/[\s\u3000—■●▲◆□「」]/g, '');
}

/** A block ends its sentence (else a page break cut it and its continuation follows elsewhere). */
export function endsSentence(text: string): boolean {
  if ((text[0] === '(' || text[0] === '（') && (text.endsWith(')') || text.endsWith('）'))) return true;
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && TERMINALS.includes(text[i]!);
}

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((re) => re.test(text));
}

function isCaption(text: string): boolean {
  const tail = text.slice(-48); // the credit is at the end; testing the tail keeps long paragraphs cheap
  return CREDITED.test(tail) || (text.length <= 48 && CREDIT_ONLY.test(text));
}

/** Short, unpunctuated, not a sentence: a picture label or a heading. */
function isLabel(text: string): boolean {
  return !endsSentence(text) && !INNER_PUNCTUATION.test(text) && normalise(text).length <= 20;
}

/**
 * The shapes section headings take in these sources: numbered (一、 1.), parts separated by spaces
 * (学一以贯之的战略定力 争当“八八战略”的忠实践行者), a parallel couplet (敢于同强者比,以学补短), or a very short
 * phrase (“敢”为人先).
 */
function isHeadingShape(text: string): boolean {
  if (NUMBERED.test(text)) return normalise(text).length <= 60;
  if (endsSentence(text) || normalise(text).length > 32) return false;
  const parts = text.split(/[\s\u3000]+/);
  if (parts.length >= 2 && parts.every((p) => p.length >= 2 && HAN_CHAR.test(p)) && !INNER_PUNCTUATION.test(text)) return true;
  const couplet = text.split(/[，,]/);
  if (couplet.length === 2 && couplet.every((p) => p.length >= 3 && p.length <= 6 && !INNER_PUNCTUATION.test(p))) return true;
  return isLabel(text) && normalise(text).length <= 8;
}

/** Kind from the block alone (second pass decides labels and headings by what follows them). */
type Intrinsic = BlockKind | 'label' | 'heading-shape';

function intrinsicKind(text: string, hints: DocumentHints, inHead: boolean): Intrinsic {
  const flat = normalise(text);
  if (isBoilerplate(text)) return 'boilerplate';
  if (isCaption(text)) return 'caption';
  if (hints.banner && flat === normalise(hints.banner)) return 'banner';
  if (hints.title && flat.length >= 4 && normalise(hints.title).includes(flat) && inHead) return 'title';
  if (hints.byline && flat === normalise(hints.byline)) return 'byline';
  if (inHead && NAMES_ONLY.test(text)) return 'byline';
  if (hints.series && flat.length >= 2 && normalise(hints.series).includes(flat)) return 'banner';
  if (NUMBERED.test(text) && flat.length <= 60) return 'heading';
  if (isHeadingShape(text)) return 'heading-shape';
  if (isLabel(text)) return 'label';
  return 'paragraph';
}

/**
 * Classifies a document's blocks, in order. When no block matches the metadata's title, the first short block that
 * is not a sentence is the title, and a very short one before it the banner.
 */
export function classifyBlocks(texts: string[], hints: DocumentHints): BlockKind[] {
  const firstProse = texts.findIndex((t) => endsSentence(t) && normalise(t).length > 40);
  const inHead = (i: number) => firstProse === -1 || i < firstProse;
  const intrinsic = texts.map((t, i) => intrinsicKind(t, hints, inHead(i)));
  if (!intrinsic.includes('title')) markGenericTitle(texts, intrinsic);
  return intrinsic.map((kind, i): BlockKind => {
    const next = intrinsic[i + 1];
    const text = texts[i]!;
    if (kind === 'heading-shape') return next === 'paragraph' ? 'heading' : isLabel(text) ? 'caption' : 'heading';
    // A label before text is a line of that text (a soft-wrapped or cut paragraph); elsewhere it labels a picture.
    if (kind === 'label') return next === 'paragraph' || next === 'label' ? 'paragraph' : 'caption';
    return kind;
  });
}

/** Without a title in the metadata: the first label-like block is the title; a shorter one before it is a banner. */
function markGenericTitle(texts: string[], kinds: Intrinsic[]): void {
  const first = kinds.findIndex((k) => k !== 'boilerplate');
  if (first === -1) return;
  const looksLikeTitle = (i: number) => !endsSentence(texts[i]!) && normalise(texts[i]!).length <= 60 && kinds[i] !== 'caption';
  if (!looksLikeTitle(first)) return;
  if (normalise(texts[first]!).length <= 4 && texts[first + 1] !== undefined && looksLikeTitle(first + 1) && normalise(texts[first + 1]!).length > 6) {
    kinds[first] = 'banner';
    kinds[first + 1] = 'title';
  } else {
    kinds[first] = 'title';
  }
}
