/**
 * The documents a link opens (src/lib/app/document-views.ts): fetched from the real atlas's shards, with what is
 * not there said and dropped, and an answer that comes after the link changed ignored.
 */
import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { fetchDocumentView, type DocumentRequest } from '../../src/lib/app/document-views.ts';
import type { DocumentView } from '../../src/lib/corpus/document-view.ts';
import type { AppState, UrlProblem } from '../../src/lib/url/state.ts';
import { builtAtlas, builtAtlasData } from './built-atlas.ts';

const atlas = createAtlas(builtAtlasData());
const documentId = builtAtlas().corpus.documents[0]!.id;

/** Runs one request; settles once the atlas has answered (or at once when there is nothing to fetch). */
async function fetched(request: Omit<DocumentRequest, 'at'> & { at?: number | null }, from: Parameters<typeof fetchDocumentView>[0] = atlas) {
  const shown: Array<DocumentView | null> = [];
  const missing: Array<[UrlProblem, Partial<AppState>]> = [];
  const failed: Error[] = [];
  let settle!: () => void;
  const done = new Promise<void>((resolve) => (settle = resolve));
  const cancel = fetchDocumentView(from, { ...request, at: () => request.at ?? null }, {
    show: (view) => (shown.push(view), settle()),
    missing: (problem, patch) => missing.push([problem, patch]),
    failed: (error) => failed.push(error),
  });
  await done;
  return { shown, missing, failed, cancel };
}

describe('fetchDocumentView', () => {
  it('shows nothing, fetching nothing, when the parameter names no document or the atlas is not loaded', async () => {
    expect((await fetched({ param: 'doc', id: null })).shown).toEqual([null]);
    expect((await fetched({ param: 'doc', id: documentId }, null)).shown).toEqual([null]);
  });

  it('shows the document the link names, keeping a passage it has', async () => {
    const { shown, missing } = await fetched({ param: 'doc', id: documentId, at: 0 });
    expect(shown.map((v) => v?.document.id)).toEqual([documentId]);
    expect(missing).toEqual([]);
  });

  it('opens a document at its start when the link names a passage it does not have, saying so', async () => {
    const { shown, missing } = await fetched({ param: 'doc', id: documentId, at: 99_999 });
    expect(missing).toEqual([[{ param: 'at', problem: 'unknown', value: '99999' }, { at: null }]]);
    expect(shown.map((v) => v?.document.id)).toEqual([documentId]);
  });

  it('drops a document the atlas does not have, saying which parameter named it', async () => {
    const doc = await fetched({ param: 'doc', id: 'no-such-doc', at: 3 });
    expect(doc.shown).toEqual([null]);
    expect(doc.missing).toEqual([[{ param: 'doc', problem: 'unknown', value: 'no-such-doc' }, { doc: null, at: null }]]);
    const only = await fetched({ param: 'only', id: 'no-such-doc' });
    expect(only.missing).toEqual([[{ param: 'only', problem: 'unknown', value: 'no-such-doc' }, { only: null }]]);
  });

  it('waits for the kept texts before judging a link to a local text', async () => {
    const { shown, missing } = await fetched({ param: 'doc', id: 'local-0123456789abcdef' });
    expect(shown).toEqual([null]);
    expect(missing).toEqual([]);
  });

  it('reports a document that could not be fetched as a failure, not as a bad link', async () => {
    const offline = { ...atlas, document: () => Promise.reject(new Error('atlas/docs/x.json: HTTP 503')) };
    const { shown, missing, failed } = await fetched({ param: 'doc', id: documentId }, offline);
    expect(shown).toEqual([null]);
    expect(missing).toEqual([]);
    expect(failed.map((e) => e.message)).toEqual(['atlas/docs/x.json: HTTP 503']);
  });

  it('ignores an answer that comes after the link changed', async () => {
    let answer!: (view: DocumentView) => void;
    const pending = new Promise<DocumentView>((resolve) => (answer = resolve));
    const slow = { ...atlas, document: () => pending };
    const ignore = () => {};
    const before: Array<DocumentView | null> = [];
    const cancel = fetchDocumentView(slow, { param: 'doc', id: documentId, at: () => null }, { show: (v) => before.push(v), missing: ignore, failed: ignore });
    cancel!();
    // The link's next document: the same answer reaches it after the cancelled request had its turn.
    const after = new Promise<DocumentView | null>((show) => fetchDocumentView(slow, { param: 'doc', id: documentId, at: () => null }, { show, missing: ignore, failed: ignore }));
    answer(await atlas.document(documentId));
    expect((await after)?.document.id).toBe(documentId);
    expect(before).toEqual([]);
  });
});
