import type { DocumentHits } from './lookup.ts';
import type { Mention } from './types.ts';

/**
 * How many pages of a place's passages (src/lib/corpus/shards.ts: PLACE_PAGE_SIZE each) the panel holds at once:
 * asking for more beyond that lets the earliest page go (it can be asked for again), so a place named in thousands
 * of passages keeps a DOM of a few hundred.
 */
export const PAGES_SHOWN = 4;

/** The pages shown after the next one arrives: appended, the earliest let go beyond PAGES_SHOWN. */
export function withNextPage<T>(shown: readonly T[], next: T): T[] {
  return [...shown, next].slice(-PAGES_SHOWN);
}

/** The pages shown after the one before them arrives: prepended, the latest let go beyond PAGES_SHOWN. */
export function withPreviousPage<T>(shown: readonly T[], previous: T): T[] {
  return [previous, ...shown].slice(0, PAGES_SHOWN);
}

/** The groups of consecutive pages as one list: a document whose passages run over two pages is one group. */
export function joinedGroups(pages: ReadonlyArray<{ groups: readonly DocumentHits[] }>): DocumentHits[] {
  const joined: DocumentHits[] = [];
  for (const group of pages.flatMap((page) => page.groups)) {
    const last = joined.at(-1);
    if (last?.document.id === group.document.id) joined[joined.length - 1] = { ...last, hits: [...last.hits, ...group.hits] };
    else joined.push(group);
  }
  return joined;
}

/** Characters of one passage drawn at once, and added per request: a document of one 5 MB line is one passage. */
export const TEXT_PAGE = 5_000;

export interface ClippedText {
  text: string;
  /** The mentions wholly inside `text`. */
  mentions: Mention[];
  /** Characters (UTF-16 units) not shown. */
  rest: number;
}

/**
 * The start of a passage, about `limit` characters long: never cut through a mention (the cut moves to its end) or
 * between the two halves of a character beyond the BMP. The characters shown are the source's, unchanged.
 */
export function clipText(text: string, mentions: readonly Mention[], limit: number): ClippedText {
  if (text.length <= limit) return { text, mentions: [...mentions], rest: 0 };
  let cut = limit;
  for (const m of mentions) if (m.start < cut && m.end > cut) cut = m.end;
  const unit = text.charCodeAt(cut - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) cut += 1;
  return { text: text.slice(0, cut), mentions: mentions.filter((m) => m.end <= cut), rest: text.length - cut };
}
