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

export interface StatusTimeline {
  /** Statements from dated documents: by date, and within one date by stage (proposed … in operation). */
  dated: TimelineEntry[];
  /**
   * Statements from undated documents, in corpus order (then by stage): shown apart, because a timeline must not
   * invent an order the documents do not give.
   */
  undated: TimelineEntry[];
}

const stageOf = (status: Status) => STATUSES.indexOf(status);

/** What each document says about a place's status, and when, as a timeline. */
export function statusTimeline(place: PlaceProperties, documents: readonly CorpusDocument[]): StatusTimeline {
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const entries = statusStatementsOf(place).map((s, i) => {
    const doc = documents.find((d) => d.id === s.document);
    return { entry: { ...s, documentTitle: doc?.title ?? s.document, date: doc?.date ?? null }, i };
  });
  const byStage = (a: (typeof entries)[number], b: (typeof entries)[number]) => stageOf(a.entry.status) - stageOf(b.entry.status) || a.i - b.i;
  const dated = entries.filter((e) => e.entry.date).sort((a, b) => a.entry.date!.localeCompare(b.entry.date!) || byStage(a, b));
  const undated = entries
    .filter((e) => !e.entry.date)
    .sort((a, b) => (order.get(a.entry.document) ?? 0) - (order.get(b.entry.document) ?? 0) || byStage(a, b));
  return { dated: dated.map((e) => e.entry), undated: undated.map((e) => e.entry) };
}

export interface StatusClaim {
  status: Status;
  /** The year of the document that says so, or null when that document is undated. */
  year: string | null;
}

/**
 * The status to put beside a place's name, with the document's year, so it reads as what a document said then
 * ("per a 2021 document: under construction"), not as today's state. The latest dated document wins (its most
 * advanced stage); only when no dated document states one, the most advanced stage an undated one states. A quote
 * that states no status ("unknown") never makes one.
 */
export function statusClaim(place: PlaceProperties, documents: readonly CorpusDocument[]): StatusClaim | null {
  const { dated, undated } = statusTimeline(place, documents);
  const stated = (list: TimelineEntry[]) => list.filter((e) => e.status !== 'unknown');
  const latest = stated(dated).at(-1);
  if (latest) return { status: latest.status, year: latest.date!.slice(0, 4) };
  const furthest = stated(undated).reduce<TimelineEntry | undefined>((best, e) => (!best || stageOf(e.status) > stageOf(best.status) ? e : best), undefined);
  return furthest ? { status: furthest.status, year: null } : null;
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
