import type { CorpusDocument } from '../corpus/types.ts';
import type { PlaceProperties, ProjectStatus, StatusStatement } from '../geo/types.ts';

/** Every status, from least to most advanced. */
export const STATUSES = ['unknown', 'proposed', 'planned', 'under-construction', 'completed', 'in-operation'] as const satisfies readonly ProjectStatus[];
export type Status = ProjectStatus;

export interface TimelineEntry extends StatusStatement {
  documentTitle: string;
  /** The document's date (YYYY-MM-DD or YYYY-MM), or null when the document is undated. */
  date: string | null;
}

const isStatus = (value: unknown): value is Status => (STATUSES as readonly unknown[]).includes(value);


/** The well-formed status statements of a place; anything malformed is left out rather than shown wrongly. */
export function statusStatementsOf(place: PlaceProperties): StatusStatement[] {
  const raw: unknown = place.status_statements;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (s): s is StatusStatement =>
      !!s && typeof s === 'object' && typeof s.document === 'string' && typeof s.quote === 'string' && isStatus(s.status),
  );
}

/**
 * The statements as a timeline: dated documents first, by date; undated ones after them in corpus order,
 * because a timeline must not invent an order the documents do not give.
 */
export function statusTimeline(place: PlaceProperties, documents: CorpusDocument[]): TimelineEntry[] {
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const entries = statusStatementsOf(place).map((s) => {
    const doc = documents.find((d) => d.id === s.document);
    return { ...s, documentTitle: doc?.title ?? s.document, date: doc?.date ?? null };
  });
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => {
      if (a.entry.date && b.entry.date) return a.entry.date.localeCompare(b.entry.date) || a.i - b.i;
      if (a.entry.date || b.entry.date) return a.entry.date ? -1 : 1;
      return (order.get(a.entry.document) ?? 0) - (order.get(b.entry.document) ?? 0) || a.i - b.i;
    })
    .map(({ entry }) => entry);
}

/**
 * The most advanced status any document states. Infrastructure only moves forward, and most documents are
 * undated, so "furthest along" is a better reading of "now" than any ordering by date could be.
 */
export function furthestStatus(place: PlaceProperties): Status | null {
  const statements = statusStatementsOf(place);
  if (statements.length === 0) return null;
  return statements.reduce<Status>((best, s) => (STATUSES.indexOf(s.status) > STATUSES.indexOf(best) ? s.status : best), 'unknown');
}

/** Whether the map should draw the feature as not (yet) built: dashed. */
export function isUnbuilt(status: Status | null): boolean {
  return status === 'proposed' || status === 'planned' || status === 'under-construction';
}
