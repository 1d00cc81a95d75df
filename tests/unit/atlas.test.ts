import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { mapLibreLocale, strings } from '../../src/lib/i18n/strings.ts';
import { PLACE_PAGE_SIZE } from '../../src/lib/corpus/shards.ts';
import { ShardNotFound } from '../../src/lib/corpus/store.ts';
import { builtAtlas, builtAtlasData } from './built-atlas.ts';

const atlas = createAtlas(builtAtlasData());
const { corpus } = builtAtlas();

describe('the atlas index the explorer reads', () => {
  it('knows each place and its chain of parents, outermost first', () => {
    expect(atlas.place('dongyang')?.name).toBe('东阳市');
    expect(atlas.parentChain('dongyang').map((p) => p.id)).toEqual(['jinhua']);
    expect(atlas.parentChain('jinhua')).toEqual([]);
    expect(atlas.parentChain('atlantis')).toEqual([]);
  });

  it('rolls every county up into the prefecture', () => {
    const inside = atlas.placesInside('jinhua').map((p) => p.place.id);
    for (const id of ['wucheng', 'jindong', 'wuyi', 'pujiang', 'panan', 'lanxi', 'yiwu', 'dongyang', 'yongkang']) expect(inside).toContain(id);
    const counts = atlas.placesInside('jinhua').map((p) => p.passages);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives the passages naming a place a page at a time, grouped by document, newest first, with the count per document', async () => {
    const first = await atlas.placePassages('dongyang');
    const pages = [first, ...(await Promise.all(Array.from({ length: first.pages - 1 }, (_, i) => atlas.placePassages('dongyang', i + 1))))];
    const hits = pages.flatMap((p) => p.groups.flatMap((g) => g.hits));
    expect(first.pages).toBe(Math.ceil(corpus.passagesByPlace['dongyang']!.length / PLACE_PAGE_SIZE));
    expect(hits).toHaveLength(atlas.passageCount('dongyang'));
    expect(new Set(hits.map((h) => h.passage.id))).toEqual(new Set(corpus.passagesByPlace['dongyang']));
    for (const h of hits) expect(h.mentions.some((m) => m.placeId === 'dongyang')).toBe(true);
    // The one dated document comes first; the count per document adds up to the total.
    expect(first.groups[0]!.document.date).toBeDefined();
    expect([...first.perDocument].flatMap(([doc, indexes]) => indexes.map((i) => `${doc}:${i}`)).sort()).toEqual(hits.map((h) => h.passage.id).sort());
    expect(atlas.documentCount('dongyang')).toBe(first.perDocument.size);
    // A place no document names has nothing to fetch.
    expect((await atlas.placePassages('atlantis')).groups).toEqual([]);
  });

  it('gives each document its passages in order, the places it names, and a passage its neighbours', async () => {
    const doc = corpus.documents[0]!;
    const view = await atlas.document(doc.id);
    expect(view.passages.map((p) => p.index)).toEqual(view.passages.map((_, i) => i));
    expect(view.places.has('dongyang')).toBe(true);
    expect(view.document.passageCount).toBe(view.passages.length);
    const { before, after } = view.around(view.passages[5]!, 2);
    expect([...before, ...after].map((p) => p.index)).toEqual([3, 4, 6, 7]);
    expect(view.around(view.passages[0]!, 1).before).toEqual([]);
    expect(view.passagesNaming('dongyang')).toBe(view.hitsNaming('dongyang')[0]!.hits.length);
    // Fetched once, however often asked.
    expect(await atlas.document(doc.id)).toBe(view);
    await expect(atlas.document('atlantis')).rejects.toBeInstanceOf(ShardNotFound);
  });

  it('counts under the document filter in that document only', async () => {
    const view = await atlas.document(corpus.documents[0]!.id);
    expect(atlas.passageCountIn('dongyang', view)).toBe(view.passagesNaming('dongyang'));
    expect(atlas.passageCountIn('dongyang', null)).toBe(atlas.passageCount('dongyang'));
    const kinds = atlas.kindCounts(view);
    expect(kinds.county).toBe(atlas.places.filter((p) => p.kind === 'county' && view.places.has(p.id)).length);
  });

  it('gives the extent of the places named, or of the prefecture when none of them is known', () => {
    const [w, s, e, n] = atlas.extentOf([]);
    expect([w, s, e, n].every(Number.isFinite)).toBe(true);
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    expect(atlas.extentOf(['atlantis'])).toEqual([w, s, e, n]);
    const dongyang = atlas.extentOf(['dongyang']);
    expect(dongyang[0]).toBeGreaterThan(w);
    expect(dongyang[2]).toBeLessThanOrEqual(e);
    const both = atlas.extentOf(['dongyang', 'yiwu', 'atlantis']);
    expect(both[0]).toBeLessThan(dongyang[0]); // 义乌 lies west of 东阳
    expect(both[2]).toBe(dongyang[2]);
    const hengdian = atlas.feature('twn-hengdian')!.geometry!;
    expect(hengdian.type).toBe('Point');
    const [x, y] = (hengdian as Point).coordinates;
    expect(atlas.extentOf(['twn-hengdian'])).toEqual([x, y, x, y]);
  });

});

describe('strings', () => {
  it('gives MapLibre a Chinese string for every control string it has, and English by its defaults', () => {
    const zh = mapLibreLocale('zh');
    expect(Object.keys(zh).length).toBeGreaterThanOrEqual(25);
    expect(Object.values(zh).every((s) => /\p{Script=Han}/u.test(s) || /^[⌘]/.test(s))).toBe(true);
    expect(mapLibreLocale('en')).toEqual({});
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(strings('en')).sort()).toEqual(Object.keys(strings('zh')).sort());
  });
});
