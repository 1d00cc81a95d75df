import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { createAtlas, withDocuments } from '../../src/lib/app/atlas.ts';
import { processLocalDocument } from '../../src/lib/local-docs/process.ts';
import { buildAtlas, gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';

const inputs = readInputs(process.cwd());
const published = buildAtlas(inputs);
const { linker } = gazetteerLinker(inputs);
const article = await processLocalDocument(
  { kind: 'text', text: readFileSync('tests/fixtures/add-text/dongyang-hk-visit.txt', 'utf8') },
  undefined,
  linker,
);
const other = await processLocalDocument({ kind: 'text', text: '卢宅在东阳。' }, '短文', linker);

describe('local documents joined to the atlas', () => {
  const before = createAtlas(published);
  const atlas = createAtlas(withDocuments(published, [article.corpus, other.corpus]));
  const id = article.document.id;

  it('lists them after the published documents, marked local, with their passages and places', () => {
    expect(atlas.documents.map((d) => d.id)).toEqual([...before.documents.map((d) => d.id), id, other.document.id]);
    // The document list shows the texts added here first, the newest first: the one the editor is working on is on top.
    expect(atlas.listedDocuments.map((d) => d.id)).toEqual([other.document.id, id, ...before.documents.map((d) => d.id)]);
    expect(atlas.document(id)?.local).toBe(true);
    expect(atlas.passagesOf(id).map((p) => p.text)).toEqual(article.corpus.passages.map((p) => p.text));
    expect([...atlas.placesNamedIn(id)].sort()).toEqual(['dongyang', 'lmk-luzhai', 'twn-hengdian']);
  });

  it('recounts passages per place (map shading, lists) and lists the local passages in place panels', () => {
    const added = (place: string) => new Set(article.corpus.passagesByPlace[place]).size + new Set(other.corpus.passagesByPlace[place] ?? []).size;
    for (const place of ['dongyang', 'lmk-luzhai', 'twn-hengdian']) expect(atlas.passageCount(place)).toBe(before.passageCount(place) + added(place));
    const dongyang = atlas.mapData.ground.features.find((f) => f.properties.id === 'dongyang')!;
    expect(dongyang.properties.mentions).toBe(atlas.passageCount('dongyang'));
    const groups = atlas.passagesNaming('lmk-luzhai');
    const local = groups.find((g) => g.document.id === id)!;
    expect(local.hits.length).toBeGreaterThan(0);
    for (const hit of local.hits) expect(hit.mentions.some((m) => m.placeId === 'lmk-luzhai' && hit.passage.text.slice(m.start, m.end) === m.surface)).toBe(true);
  });

  it('finds local passages in search, and a removed text leaves the published counts as they were', () => {
    expect(atlas.search('肃雍堂', { hiddenKinds: [], onlyIds: null, documentId: null }).passages.some((p) => p.passage.documentId === id)).toBe(true);
    const removed = createAtlas(withDocuments(published, [other.corpus]));
    expect(removed.document(id)).toBeUndefined();
    expect(removed.passageCount('twn-hengdian')).toBe(before.passageCount('twn-hengdian'));
    expect(withDocuments(published, [])).toBe(published);
  });

  it('never lets a local text take a published document id', () => {
    const fake = { ...article.corpus, documents: [{ ...article.document, id: before.documents[0]!.id }] };
    expect(createAtlas(withDocuments(published, [fake])).documents.length).toBe(before.documents.length);
  });
});
