import type { Mention } from './types.ts';

export interface Segment {
  text: string;
  /** The mention this segment is, or null for plain text. */
  mention: Mention | null;
}

/** Cuts a passage into plain and mentioned segments, in order, so the UI can render mentions as marks. */
export function segmentsOf(text: string, mentions: Mention[]): Segment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // overlapping mentions cannot both be marked; the earlier one wins
    if (m.start > at) out.push({ text: text.slice(at, m.start), mention: null });
    out.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mention: null });
  return out;
}

/**
 * How each segment of a passage about one place (the place panel's) is drawn for the keyboard: the place itself as
 * `marked` text (its panel is already open: a link to it would go nowhere), every other place as a link that is a
 * Tab stop at its first mention only (`stop`) and clickable but skipped by Tab at the next ones (`repeat`).
 */
export type MentionStop = 'marked' | 'stop' | 'repeat';

export function mentionStops(segments: readonly Segment[], about: string): Array<MentionStop | null> {
  const seen = new Set<string>();
  return segments.map(({ mention }) => {
    if (!mention) return null;
    if (mention.placeId === about) return 'marked';
    if (seen.has(mention.placeId)) return 'repeat';
    seen.add(mention.placeId);
    return 'stop';
  });
}
