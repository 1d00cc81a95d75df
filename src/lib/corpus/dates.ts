/**
 * Reading an archive by time: a range of years over documents dated YYYY-MM or YYYY-MM-DD (ISO, so they compare as
 * strings). An undated document is outside every range that has a bound: the reader asked for a time it does not give.
 */
import type { CorpusDocument } from './types.ts';

export interface YearRange {
  from: number | null;
  to: number | null;
}

export const ANY_TIME: YearRange = { from: null, to: null };

export const isBounded = (range: YearRange) => range.from !== null || range.to !== null;

export function inYears(document: Pick<CorpusDocument, 'date'>, range: YearRange): boolean {
  if (!isBounded(range)) return true;
  if (!document.date) return false;
  const year = Number(document.date.slice(0, 4));
  return (range.from === null || year >= range.from) && (range.to === null || year <= range.to);
}

/** The years a range can be chosen from: the corpus's first to last dated year, newest first. */
export function yearsOf(dates: { first: string; last: string } | null): number[] {
  if (!dates) return [];
  const first = Number(dates.first.slice(0, 4));
  const last = Number(dates.last.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/**
 * Whether a catalogue read newest first (dated documents, then undated) may still hold documents in the range beyond
 * the `loaded` ones: not once a document older than the range, or an undated one, has been reached.
 */
export function mayHoldMore(loaded: readonly Pick<CorpusDocument, 'date'>[], range: YearRange): boolean {
  const last = loaded.at(-1);
  if (!last || !isBounded(range)) return true;
  if (!last.date) return false;
  return range.from === null || Number(last.date.slice(0, 4)) >= range.from;
}
