import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { MAX_FILE_BYTES } from '../../src/lib/local-docs/input.ts';
import { createHandler, PROTOCOL_VERSION, type WorkerResponse } from '../../src/lib/local-docs/protocol.ts';
import { placesToMap } from '../../src/lib/local-docs/process.ts';
import { publishFiles } from '../../src/lib/local-docs/publish.ts';
import { buildAtlas, buildCorpus, gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';
import { gazetteerAsset } from '../../src/lib/pipeline/gazetteer-asset.ts';

const inputs = readInputs(process.cwd());
const built = buildAtlas(inputs);
const gazetteer = gazetteerAsset(built.places, inputs.notPlaces);
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/add-text/${name}`));
const articleText = readFileSync('tests/fixtures/add-text/dongyang-hk-visit.txt', 'utf8');

let loads = 0;
const handle = createHandler(async () => {
  loads++;
  return structuredClone(gazetteer); // what the worker gets: JSON, no shared objects with the build
});
let nextId = 0;
const link = (input: unknown, title?: string) => handle({ v: PROTOCOL_VERSION, id: ++nextId, type: 'link', input, ...(title === undefined ? {} : { title }) });
const file = (name: string, bytes: Uint8Array | string) => ({ kind: 'file', name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes });

function linked(response: WorkerResponse) {
  if (response.type !== 'linked') throw new Error(`expected a result, got ${JSON.stringify(response.error)}`);
  return response.result;
}
const placesOf = (response: WorkerResponse) => Object.keys(linked(response).corpus.passagesByPlace).sort();
const errorOf = (response: WorkerResponse) => (response.type === 'error' ? response.error.code : `linked ${response.result.document.id}`);

describe('gazetteer asset', () => {
  it('holds every place and geo/not-places.json; context features are marked (their names only hide what is inside them)', () => {
    expect(gazetteer.places.length).toBe(built.places.features.length);
    expect(gazetteer.places.filter((p) => p.context).map((p) => p.id)).toEqual(built.places.features.filter((f) => f.properties.context).map((f) => f.properties.id));
    expect(gazetteer.notPlaces).toEqual(inputs.notPlaces);
  });
});

describe('add-text worker contract (handler run directly)', () => {
  it('links pasted text exactly as the build links the same text as a document', async () => {
    const response = await link({ kind: 'text', text: articleText });
    expect(response).toMatchObject({ v: PROTOCOL_VERSION, id: nextId, type: 'linked' });
    const result = linked(response);
    expect(result.document).toMatchObject({ title: '香港立法会议员代表团一行来东走访考察', local: true, encoding: 'utf-8' });
    expect(result.document.id).toMatch(/^local-[0-9a-f]{16}$/);
    expect(placesOf(response)).toEqual(['dongyang', 'lmk-luzhai', 'twn-hengdian']);
    const asBuilt = buildCorpus([{ file: 'data/documents/x.txt', content: new TextEncoder().encode(articleText) }], gazetteerLinker(inputs).linker);
    expect(result.corpus.mentions.map(({ start, end, placeId }) => [start, end, placeId])).toEqual(
      asBuilt.mentions.map(({ start, end, placeId }) => [start, end, placeId]),
    );
    expect(result.corpus.passages.map((p) => [p.kind, p.text])).toEqual(asBuilt.passages.map((p) => [p.kind, p.text]));
    expect(result.corpus.passages.every((p) => p.documentId === result.document.id)).toBe(true);
  });

  it('loads the gazetteer once, at the first request', async () => {
    const before = loads;
    await link({ kind: 'text', text: '横店' });
    await link({ kind: 'text', text: '东阳' });
    expect(loads - before).toBeLessThanOrEqual(1);
  });

  it('gives the same id to the same text and takes a typed title over the first line', async () => {
    const a = linked(await link({ kind: 'text', text: articleText }, '  东阳一日  '));
    const b = linked(await link({ kind: 'text', text: articleText }));
    expect(a.document.id).toBe(b.document.id);
    expect(a.document.title).toBe('东阳一日');
  });

  it('reads .txt in GB18030, .md, .html (text, not markup) and .docx to the same places', async () => {
    // 东阳横店 in GBK
    const gbResult = linked(await link(file('gbk.txt', new Uint8Array([0xb6, 0xab, 0xd1, 0xf4, 0xba, 0xe1, 0xb5, 0xea]))));
    expect(placesOf(await link(file('gbk.txt', new Uint8Array([0xb6, 0xab, 0xd1, 0xf4, 0xba, 0xe1, 0xb5, 0xea]))))).toEqual(['dongyang', 'twn-hengdian']);
    expect(gbResult.document.encoding).toBe('gb18030');
    expect(placesOf(await link(file('a.md', `# 卢宅\n\n横店与东阳`)))).toEqual(['dongyang', 'lmk-luzhai', 'twn-hengdian']);
    for (const name of ['article.html', 'article.docx']) {
      const response = await link(file(name, fixture(name)));
      expect(placesOf(response), name).toEqual(['dongyang', 'lmk-luzhai', 'twn-hengdian']);
      const result = linked(response);
      expect(result.document.title, name).toBe('香港立法会议员代表团一行来东走访考察');
      // The same article from any format is one document (its id ignores how lines were broken).
      expect(result.document.id, name).toBe(linked(await link({ kind: 'text', text: articleText })).document.id);
      expect(result.corpus.passages.length, name).toBeGreaterThanOrEqual(5); // paragraph breaks kept
    }
  });

  it('keeps the text of hostile HTML and drops its scripts, handlers and link targets', async () => {
    const result = linked(await link(file('hostile.html', fixture('hostile.html'))));
    expect(result.text).toContain('代表团首先来到了东阳木雕博物馆');
    expect(result.text).not.toContain('javascript:');
    // The one occurrence left is the words the link shows ("<img src=x onerror=…>" as text), which the reader prints as text.
    expect(result.text.match(/__pwned/g)).toHaveLength(1);
    expect(result.text).toContain('<img src=x onerror=window.__pwned');
  });

  it('answers bad input with a typed error and the file named', async () => {
    const cases: Array<[unknown, string]> = [
      [{ kind: 'text', text: '  \n ' }, 'empty'],
      [file('empty.txt', ''), 'empty'],
      [file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), 'binary'],
      [file('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41)), 'too-large'],
      [file('slides.pptx', 'x'), 'unsupported'],
      [file('noext', 'x'), 'unsupported'],
      [file('fake.docx', '这不是 Word 文件'), 'bad-docx'],
      [file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0x20, 0x6e, 0x6f, 0x69, 0x72])), 'bad-encoding'],
    ];
    for (const [input, code] of cases) {
      const response = await link(input);
      expect(errorOf(response), (input as { name?: string }).name ?? 'pasted').toBe(code);
      expect(response.id).toBe(nextId);
    }
    const tooLarge = await link(file('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41)));
    expect(tooLarge.type === 'error' && tooLarge.error.detail).toMatch(/^huge\.txt: /);
  });

  it('links a text that names no place, with an empty result rather than an error', async () => {
    const result = linked(await link({ kind: 'text', text: 'The weather was fine and nothing happened.' }));
    expect(result.corpus.mentions).toEqual([]);
    expect(result.corpus.passages.length).toBe(1);
  });

  it('reports place-shaped names the gazetteer lacks', async () => {
    const result = linked(await link({ kind: 'text', text: '我们从横店镇出发，到了望海楼村，又到望海楼村。推进青山口水库建设。' }));
    expect(result.gaps.map((g) => [g.name, g.count])).toEqual([['望海楼村', 2], ['青山口水库', 1]]);
    expect(Object.keys(result.corpus.passagesByPlace)).toEqual(['twn-hengdian']);
  });

  it('refuses messages of another version or shape without throwing', async () => {
    expect(await handle({ v: 0, id: 7, type: 'link', input: { kind: 'text', text: '横店' } })).toMatchObject({ id: 7, type: 'error', error: { code: 'protocol' } });
    expect(await handle({ v: PROTOCOL_VERSION, id: 8, type: 'delete' })).toMatchObject({ id: 8, type: 'error', error: { code: 'protocol' } });
    expect(await handle({ v: PROTOCOL_VERSION, id: 9, type: 'link', input: { kind: 'file', name: 'a.txt', bytes: 'not bytes' } })).toMatchObject({
      error: { code: 'protocol' },
    });
    expect(await handle(null)).toMatchObject({ id: -1, type: 'error', error: { code: 'protocol' } });
  });
});

describe('publishFiles', () => {
  it('gives the .txt and .meta.json pair the build reads, under an id derived from the text', () => {
    const { id, txt, metaJson } = publishFiles(articleText, { title: '香港立法会议员代表团一行来东走访考察', origin: 'pasted' });
    expect(id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(txt).toBe(articleText.endsWith('\n') ? articleText : `${articleText}\n`);
    const { corpus } = buildAtlas({
      ...inputs,
      documents: [...inputs.documents, { file: `data/documents/${id}.txt`, content: new TextEncoder().encode(txt), meta: { file: `data/documents/${id}.meta.json`, content: metaJson } }],
    });
    expect(corpus.documents.find((d) => d.id === id)).toMatchObject({ title: '香港立法会议员代表团一行来东走访考察' });
    const named = Object.entries(corpus.passagesByPlace).filter(([, passages]) => passages.some((p) => p.startsWith(`${id}:`)));
    expect(named.map(([place]) => place).sort()).toEqual(['dongyang', 'lmk-luzhai', 'twn-hengdian']);
  });
});

describe('placesToMap', () => {
  it('gives the published places a text names, most named first, bounded', async () => {
    const response = await link({ kind: 'text', text: '横店、横店、横店、东阳、东阳、卢宅' });
    const doc = linked(response);
    expect(placesToMap(doc, (id) => id, 20)).toEqual(['twn-hengdian', 'dongyang', 'lmk-luzhai']);
    expect(placesToMap(doc, (id) => (id === 'dongyang' ? undefined : id), 2)).toEqual(['twn-hengdian', 'lmk-luzhai']);
  });

  it('shows a place the embed cannot draw by the area it lies in, once, at the rank of the most named it stands for', async () => {
    const response = await link({ kind: 'text', text: '横店、横店、横店、东阳、东阳、卢宅' });
    const doc = linked(response);
    // 横店 and 卢宅 as if only their county were drawn (unlocated, or only in the rest of the gazetteer).
    const byCounty = (id: string) => (id === 'dongyang' || id === 'twn-hengdian' || id === 'lmk-luzhai' ? 'dongyang' : id);
    expect(placesToMap(doc, byCounty, 20)).toEqual(['dongyang']);
    expect(placesToMap(doc, (id) => (id === 'lmk-luzhai' ? 'dongyang' : id), 20)).toEqual(['twn-hengdian', 'dongyang']);
  });
});
