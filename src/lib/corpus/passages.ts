/**
 * Documents → passages. A document is cut into blocks (non-blank lines; in Markdown a heading's `#` marker is
 * markup), each block is classified (classify.ts), boilerplate is dropped, and paragraphs that a page break cut in
 * two are joined again. The text of a passage is its blocks' text, verbatim: no character is changed, added or
 * removed except the whitespace between blocks (and one space between two Latin words cut apart).
 */
import { classifyBlocks, endsSentence, normalise, type BlockKind, type DocumentHints } from './classify.ts';
import type { Passage } from './types.ts';

export type Span = [start: number, end: number];

interface Block {
  text: string;
  start: number;
  end: number;
  /** A Markdown `#` heading: a heading (or the title, if it comes first) whatever its shape. */
  marked?: boolean;
}

export interface SplitDocument {
  passages: Passage[];
  /** Source spans that are not in any passage besides whitespace: boilerplate blocks and Markdown markers. */
  dropped: Span[];
}

export type DocumentFormat = 'txt' | 'md';

const MD_HEADING = /^#{1,6}[ \t]+/;

/** Non-blank lines, trimmed, with their offsets in `text`. */
function splitBlocks(text: string, format: DocumentFormat, dropped: Span[]): Block[] {
  const blocks: Block[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const content = m[0].trim();
    if (!content) continue;
    let start = m.index + m[0].length - m[0].trimStart().length;
    const end = start + content.length;
    const marker = format === 'md' ? MD_HEADING.exec(content) : null;
    if (marker) {
      dropped.push([start, start + marker[0].trimEnd().length]);
      start += marker[0].length;
    }
    blocks.push({ text: text.slice(start, end), start, end, ...(marker ? { marked: true } : {}) });
  }
  return blocks;
}

/** "武义 在对标比拼中 …": a page banner printed on the title's line becomes a block of its own. */
function splitBanner(blocks: Block[], banner: string | undefined): Block[] {
  if (!banner) return blocks;
  return blocks.flatMap((block) => {
    const m = /^(\S+)[\s\u3000]+(?=\S)/.exec(block.text);
    if (!m || normalise(m[1]!) !== normalise(banner)) return [block];
    const rest = block.start + m[0].length;
    return [
      { text: m[1]!, start: block.start, end: block.start + m[1]!.length },
      { text: block.text.slice(m[0].length), start: rest, end: block.end },
    ];
  });
}

const LATIN = /[A-Za-z0-9]/;

/** What goes between two blocks joined into one passage: nothing in Chinese, one space between Latin words. */
function joint(before: string, after: string): string {
  return LATIN.test(before.at(-1) ?? '') && LATIN.test(after[0] ?? '') ? ' ' : '';
}

interface Building {
  kind: BlockKind;
  pieces: Block[];
}

/**
 * Layout repair. The sources cut sentences at column and page breaks (`总投资23.56亿元的省“千项` ‖ `万亿”重大产业项目`),
 * sometimes with a photo caption in between, and multi-column pages interleave several cut paragraphs. A paragraph
 * that does not end its sentence waits for its continuation:
 * - a paragraph continues a waiting one when it comes right after an unfinished paragraph or right after a caption
 *   (a picture placed inside the text flow); after a heading or a finished paragraph it starts afresh;
 * - when several wait (interleaved columns), it joins the one whose last character forms, with its own first
 *   character, a pair that occurs elsewhere in the document (营商环|境优化 → 环境), else the one waiting longest
 *   (columns are read in order).
 * A paragraph whose continuation never comes (text lost in the source) stays as it is.
 */
function repairLayout(blocks: Block[], kinds: BlockKind[], documentText: string, dropped: Span[]): Building[] {
  const built: Building[] = [];
  const waiting: Building[] = [];
  let previous: { kind: BlockKind; unfinished: boolean } | null = null;
  const lastChar = (b: Building) => b.pieces.at(-1)!.text.at(-1)!;
  blocks.forEach((block, i) => {
    const kind = kinds[i]!;
    if (kind === 'boilerplate') {
      dropped.push([block.start, block.end]);
      return;
    }
    if (kind !== 'paragraph') {
      built.push({ kind, pieces: [block] });
      previous = { kind, unfinished: false };
      return;
    }
    const resumes = waiting.length > 0 && (previous?.kind === 'caption' || previous?.unfinished === true);
    let target: Building | undefined;
    if (resumes) {
      target = waiting.length === 1 ? waiting[0] : (waiting.find((w) => documentText.includes(lastChar(w) + block.text[0])) ?? waiting[0]);
      target!.pieces.push(block);
    } else {
      target = { kind, pieces: [block] };
      built.push(target);
      waiting.push(target);
    }
    const unfinished = !endsSentence(block.text);
    if (!unfinished) waiting.splice(waiting.indexOf(target!), 1);
    previous = { kind, unfinished };
  });
  return built;
}

/** Splits one document into classified passages with their source spans. */
export function splitDocument(documentId: string, text: string, hints: DocumentHints = {}, format: DocumentFormat = 'txt'): SplitDocument {
  const dropped: Span[] = [];
  const blocks = splitBanner(splitBlocks(text, format, dropped), hints.banner);
  const kinds = classifyBlocks(
    blocks.map((b) => b.text),
    hints,
  ).map((kind, i) => (blocks[i]!.marked ? (i === 0 && kind === 'title' ? 'title' : 'heading') : kind));
  const passages = repairLayout(blocks, kinds, text, dropped).map((b, index): Passage => {
    let joined = '';
    for (const piece of b.pieces) joined += (joined ? joint(joined, piece.text) : '') + piece.text;
    return {
      id: `${documentId}:${index}`,
      documentId,
      index,
      kind: b.kind as Passage['kind'],
      text: joined,
      spans: b.pieces.map((p) => [p.start, p.end]),
    };
  });
  return { passages, dropped: dropped.sort((a, b) => a[0] - b[0]) };
}

/** Where a range of a passage's text (UTF-16, end exclusive) lies in the source file. */
export function sourceRange(passage: Pick<Passage, 'text' | 'spans'>, start: number, end: number): Span {
  return [toSource(passage, start, false), toSource(passage, end, true)];
}

function toSource(passage: Pick<Passage, 'text' | 'spans'>, offset: number, isEnd: boolean): number {
  let at = 0;
  for (const [start, end] of passage.spans) {
    const length = end - start;
    if (offset < at + length || (isEnd && offset === at + length)) return start + (offset - at);
    at += length + (passage.text[at + length] === ' ' ? 1 : 0);
  }
  if (offset === at && !isEnd) return passage.spans.at(-1)![1];
  throw new RangeError(`offset ${offset} is beyond the passage (length ${passage.text.length})`);
}
