import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { atlasDataOf } from './built-atlas.ts';
import { processLocalDocument } from '../../src/lib/local-docs/process.ts';
import { buildAtlas, gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';

const inputs = readInputs(process.cwd());
const built = buildAtlas(inputs);
const published = atlasDataOf(built);
const { linker } = gazetteerLinker(inputs);
const article = await processLocalDocument(
  { kind: 'text', text: readFileSync('tests/fixtures/add-text/dongyang-hk-visit.txt', 'utf8') },
  undefined,
  linker,
);
const other = await processLocalDocument({ kind: 'text', text: '卢宅在东阳。' }, '短文', linker);

describe('local documents joined to the atlas', () => {
  const before = createAtlas(published);
  const atlas = createAtlas(published, [article.corpus, other.corpus]);
  const id = article.document.id;

  it('lists them first, the newest first, marked local, with their passages and places', async () => {
    // The document list shows the texts added here first, the newest first: the one the editor is working on is on top.
    expect(atlas.localDocuments.map((d) => d.id)).toEqual([other.document.id, id]);
    expect(atlas.documentTotal).toBe(before.documentTotal + 2);
    const view = await atlas.document(id);
    expect(view.document.local).toBe(true);
    expect(atlas.localDocument(id)).toBe(view);
    expect(view.passages.map((p) => p.text)).toEqual(article.corpus.passages.map((p) => p.text));
    expect([...view.places].sort()).toEqual(['dongyang', 'lmk-luzhai', 'twn-hengdian']);
    expect(view.document.placeCount).toBe(3);
  });

  it('recounts passages per place (map shading, lists) and lists the local passages first in place panels', async () => {
    const added = (place: string) => new Set(article.corpus.passagesByPlace[place]).size + new Set(other.corpus.passagesByPlace[place] ?? []).size;
    for (const place of ['dongyang', 'lmk-luzhai', 'twn-hengdian']) expect(atlas.passageCount(place)).toBe(before.passageCount(place) + added(place));
    const dongyang = atlas.mapData.ground.features.find((f) => f.properties.id === 'dongyang')!;
    expect(dongyang.properties.mentions).toBe(atlas.passageCount('dongyang'));
    const page = await atlas.placePassages('lmk-luzhai');
    expect(page.groups.slice(0, 2).map((g) => g.document.id)).toEqual([other.document.id, id]);
    expect(page.total).toBe(atlas.passageCount('lmk-luzhai'));
    expect(page.perDocument.get(id)).toHaveLength(article.corpus.passagesByPlace['lmk-luzhai']!.length);
    const local = page.groups.find((g) => g.document.id === id)!;
    expect(local.hits.length).toBeGreaterThan(0);
    for (const hit of local.hits) expect(hit.mentions.some((m) => m.placeId === 'lmk-luzhai' && hit.passage.text.slice(m.start, m.end) === m.surface)).toBe(true);
    // Later pages are the published ones alone.
    const published = await before.placePassages('dongyang', 1);
    expect((await atlas.placePassages('dongyang', 1)).groups).toEqual(published.groups);
  });

  it('finds local passages in search, and a removed text leaves the published counts as they were', async () => {
    expect(atlas.search('肃雍堂', { hiddenKinds: [], onlyIds: null, documentId: null }).passages.some((p) => p.passage.documentId === id)).toBe(true);
    const removed = createAtlas(published, [other.corpus]);
    expect(removed.localDocument(id)).toBeNull();
    await expect(removed.document(id)).rejects.toThrow();
    expect(removed.passageCount('twn-hengdian')).toBe(before.passageCount('twn-hengdian'));
  });

  it('never lets a local text take a published document id', () => {
    const fake = { ...article.corpus, documents: [{ ...article.document, id: built.corpus.documents[0]!.id }] };
    const joined = createAtlas(published, [fake]);
    expect(joined.documentTotal).toBe(before.documentTotal);
    expect(joined.localDocuments).toEqual([]);
  });
});
