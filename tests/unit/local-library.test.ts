import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { createLibrary } from '../../src/lib/local-docs/library.ts';
import type { LocalInput } from '../../src/lib/local-docs/input.ts';
import { createHandler, PROTOCOL_VERSION } from '../../src/lib/local-docs/protocol.ts';
import type { StoredText, TextStore } from '../../src/lib/local-docs/store.ts';
import { buildAtlas } from '../../src/lib/pipeline/build-atlas.ts';
import { gazetteerAsset } from '../../src/lib/pipeline/gazetteer-asset.ts';

const inputs = readInputs(process.cwd());
const gazetteer = gazetteerAsset(buildAtlas(inputs).places, inputs.notPlaces);
const handle = createHandler(async () => gazetteer);
const link = async (input: LocalInput, title?: string) => {
  const response = await handle({ v: PROTOCOL_VERSION, id: 1, type: 'link', input, title });
  if (response.type === 'error') throw new Error(response.error.code);
  return response.result;
};
const article: LocalInput = { kind: 'text', text: readFileSync('tests/fixtures/add-text/dongyang-hk-visit.txt', 'utf8') };

function memoryStore(refuse = false): TextStore & { rows: Map<string, StoredText> } {
  const rows = new Map<string, StoredText>();
  return {
    rows,
    all: async () => [...rows.values()].map((t) => structuredClone(t)),
    put: async (t) => (refuse ? false : (rows.set(t.id, structuredClone(t)), true)),
    remove: async (id) => void rows.delete(id),
  };
}

describe('the library of texts added in this browser', () => {
  it('keeps an added text, restores it linked again at the next visit, and forgets it when removed', async () => {
    const store = memoryStore();
    const first = createLibrary({ link, store });
    const { doc, kept } = await first.add(article, '东阳一日');
    expect(kept).toBe(true);
    expect(first.docs.map((d) => d.document.title)).toEqual(['东阳一日']);

    let relinked = 0;
    const next = createLibrary({ link: (i, t) => (relinked++, link(i, t)), store });
    expect((await next.restore()).map((d) => d.document.id)).toEqual([doc.document.id]);
    expect(relinked).toBe(1);
    expect(next.docs[0]!.document.title).toBe('东阳一日');

    await next.remove(doc.document.id);
    expect(next.docs).toEqual([]);
    expect(await createLibrary({ link, store }).restore()).toEqual([]);
  });

  it('replaces a text added twice instead of listing it twice', async () => {
    const library = createLibrary({ link, store: memoryStore() });
    await library.add(article);
    await library.add({ kind: 'text', text: '卢宅' });
    await library.add(article, '又一次');
    expect(library.docs.map((d) => d.document.title)).toEqual(['又一次', '卢宅']);
  });

  it('keeps the text for the session when the browser will not store it, and loses nothing on a bad input', async () => {
    const refusing = createLibrary({ link, store: memoryStore(true) });
    expect((await refusing.add(article)).kept).toBe(false);
    expect(refusing.docs).toHaveLength(1);
    await expect(refusing.add({ kind: 'text', text: '   ' })).rejects.toThrow('empty');
    expect(refusing.docs).toHaveLength(1);
    expect((await createLibrary({ link, store: null }).add(article)).kept).toBe(false);
  });

  it('falls back to the stored result when a kept text cannot be linked again', async () => {
    const store = memoryStore();
    const { doc } = await createLibrary({ link, store }).add(article);
    const offline = createLibrary({ link: () => Promise.reject(new Error('gazetteer unreachable')), store });
    expect((await offline.restore()).map((d) => d.document.id)).toEqual([doc.document.id]);
  });
});
