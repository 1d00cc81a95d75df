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
