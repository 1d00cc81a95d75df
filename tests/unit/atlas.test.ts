import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { mapLibreLocale, strings } from '../../src/lib/i18n/strings.ts';
import { builtAtlas } from './built-atlas.ts';

const atlas = createAtlas(builtAtlas());

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

  it('groups the passages naming a place by document, and counts them', () => {
    const groups = atlas.passagesNaming('dongyang');
    const total = groups.reduce((n, g) => n + g.hits.length, 0);
    expect(total).toBe(atlas.passageCount('dongyang'));
    for (const g of groups) for (const h of g.hits) expect(h.mentions.some((m) => m.placeId === 'dongyang')).toBe(true);
  });

  it('gives each document its passages in order, the places it names, and a passage its neighbours', () => {
    const doc = atlas.documents[0]!;
    const passages = atlas.passagesOf(doc.id);
    expect(passages.map((p) => p.index)).toEqual(passages.map((_, i) => i));
    expect(atlas.placesNamedIn(doc.id).has('dongyang')).toBe(true);
    const { before, after } = atlas.around(passages[5]!, 2);
    expect([...before, ...after].map((p) => p.index)).toEqual([3, 4, 6, 7]);
    expect(atlas.around(passages[0]!, 1).before).toEqual([]);
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
