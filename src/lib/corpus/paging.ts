import type { DocumentHits } from './lookup.ts';
import type { Mention } from './types.ts';

/**
 * How the place panel renders a place named in thousands of passages: the first few with the panel (so a click
 * paints at once), further steps after each paint up to a cap (so the DOM stays at a few hundred passages), and
 * the rest a page at a time when the reader asks.
 */
export const PASSAGE_PAGING = { first: 8, step: 40, automatic: 200, page: 100 } as const;

/** The first `limit` passages, still grouped by document (a document whose passages are all beyond it is left out). */
export function firstHits(groups: readonly DocumentHits[], limit: number): DocumentHits[] {
  let left = limit;
  const shown: DocumentHits[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    const hits = group.hits.slice(0, left);
    left -= hits.length;
    shown.push(hits.length === group.hits.length ? group : { ...group, hits });
  }
  return shown;
}

/** How many passages the panel shows next: one more automatic step after a paint, or null when it waits to be asked. */
export function nextAutomaticLimit(shown: number, total: number): number | null {
  if (shown >= total || shown >= PASSAGE_PAGING.automatic) return null;
  return Math.min(total, PASSAGE_PAGING.automatic, shown + PASSAGE_PAGING.step);
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
