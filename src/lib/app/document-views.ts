/**
 * The documents a link opens — the one in the reader (`doc`) and the one the map is narrowed to (`only`) — fetched
 * when the parameter names one. What the document turns out not to have is said and dropped, as a bad parameter is:
 * a document the atlas does not have, a passage (`at`) the document does not have.
 */
import type { DocumentView } from '../corpus/document-view.ts';
import { ShardNotFound } from '../corpus/store.ts';
import { isLocalId } from '../local-docs/ids.ts';
import type { AppState, UrlProblem } from '../url/state.ts';
import type { Atlas } from './atlas.ts';

export interface DocumentRequest {
  param: 'doc' | 'only';
  /** The id the parameter names, or null. */
  id: string | null;
  /** The passage the link points to, read when the document arrives (for `doc`). */
  at: () => number | null;
}

export interface DocumentEvents {
  /** The document to show for the parameter, or null for none. */
  show(view: DocumentView | null): void;
  /** Something the state names is not there: the problem to report, and the state without it. */
  missing(problem: UrlProblem, patch: Partial<AppState>): void;
  /** The document could not be fetched for another reason (the network). */
  failed(error: Error): void;
}

/**
 * Fetches the document `request` names and tells `on` what to show. Gives a function that makes an answer not yet
 * come be ignored (the parameter changed meanwhile), or nothing when there is nothing to fetch.
 */
export function fetchDocumentView(atlas: Pick<Atlas, 'document' | 'localDocument'> | null, request: DocumentRequest, on: DocumentEvents): (() => void) | void {
  const { param, id } = request;
  if (!atlas || id === null) return on.show(null);
  // A local text before the kept texts are restored: the atlas source checks it then.
  if (isLocalId(id) && !atlas.localDocument(id)) return on.show(null);
  let current = true;
  atlas.document(id).then(
    (view) => {
      if (!current) return;
      const at = request.at();
      if (param === 'doc' && at !== null && !view.hasPassage(at)) on.missing({ param: 'at', problem: 'unknown', value: String(at) }, { at: null });
      on.show(view);
    },
    (error: Error) => {
      if (!current) return;
      on.show(null);
      if (error instanceof ShardNotFound) on.missing({ param, problem: 'unknown', value: id }, param === 'doc' ? { doc: null, at: null } : { only: null });
      else on.failed(error);
    },
  );
  return () => (current = false);
}
