import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import type { PlaceProperties } from '../../src/lib/geo/types.ts';
import { groupByKind, matchesName } from '../../src/lib/places/lists.ts';
import { TOGGLE_KINDS } from '../../src/lib/map/kinds.ts';
import { builtAtlas, builtAtlasData } from './built-atlas.ts';

const atlas = createAtlas(builtAtlasData());

describe('places inside an area, grouped by kind', () => {
  it('puts 东阳市\'s places in headed runs in the legend\'s order, each still most-named first, none lost', () => {
    const inside = atlas.placesInside('dongyang');
    const groups = groupByKind(inside);
    expect(groups.length).toBeGreaterThan(1);
    const kinds = groups.map((g) => g.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => TOGGLE_KINDS.indexOf(a as never) - TOGGLE_KINDS.indexOf(b as never)));
    expect(kinds.indexOf('town')).toBeLessThan(kinds.indexOf('village'));
    for (const g of groups) {
      expect(g.entries.every((e) => e.place.kind === g.kind)).toBe(true);
      const counts = g.entries.map((e) => e.passages);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(inside.length);
  });

  it('matches a filter against Chinese names, aliases, English and pinyin without tones or case', () => {
    const hengdian = atlas.place('twn-hengdian')!;
    for (const q of ['横店', 'hengdian', 'Héngdiàn', 'HENG DIAN', '']) expect(matchesName(hengdian, q), q).toBe(true);
    expect(matchesName(hengdian, '义乌')).toBe(false);
    const aliased = { ...hengdian, aliases: ['横店影视城'] } as PlaceProperties;
    expect(matchesName(aliased, '影视城')).toBe(true);
  });
});

describe('counts that mean passages', () => {
  it('counts only the places a reader can open passages for, per kind', () => {
    const counts = atlas.kindCounts();
    expect(Object.keys(counts)).toEqual([...TOGGLE_KINDS]);
    for (const kind of TOGGLE_KINDS) {
      const named = atlas.places.filter((p) => p.kind === kind && atlas.passageCount(p.id) > 0).length;
      expect(counts[kind], kind).toBe(named);
    }
    // Stations are drawn but most are never named: the transport count is below the number of transport places.
    expect(counts.transport).toBeLessThan(atlas.places.filter((p) => p.kind === 'transport').length);
  });

  it('follows the document filter: only places the document names, by its passages', async () => {
    const doc = await atlas.document(builtAtlas().corpus.documents[0]!.id);
    const counts = atlas.kindCounts(doc);
    const named = doc.places;
    for (const kind of TOGGLE_KINDS) {
      expect(counts[kind], kind).toBe(atlas.places.filter((p) => p.kind === kind && named.has(p.id)).length);
    }
    const all = atlas.kindCounts();
    expect(TOGGLE_KINDS.some((k) => counts[k] < all[k])).toBe(true);
    const passages = new Set(builtAtlas().corpus.passagesByPlace['dongyang']!.filter((id) => id.startsWith(`${doc.document.id}:`))).size;
    expect(atlas.passageCountIn('dongyang', doc)).toBe(passages);
    expect(atlas.passageCountIn('dongyang', null)).toBe(atlas.passageCount('dongyang'));
    const inside = atlas.placesInside('dongyang', doc);
    expect(inside.map((e) => e.passages)).toEqual(inside.map((e) => atlas.passageCountIn(e.place.id, doc)));
    expect(inside.map((e) => e.passages)).toEqual([...inside.map((e) => e.passages)].sort((a, b) => b - a));
    expect(inside.reduce((n, e) => n + e.passages, 0)).toBeLessThan(atlas.placesInside('dongyang').reduce((n, e) => n + e.passages, 0));
  });
});

describe('the place list by county', () => {
  it('files a place under its county by parentage and a line under every county it crosses', () => {
    expect([...atlas.countiesOf('dongyang')]).toEqual(['dongyang']);
    expect(atlas.countiesOf('twn-hengdian').has('dongyang')).toBe(true);
    expect(atlas.countiesOf('jinhua').size).toBe(0);
    const crossing = atlas.places.filter((p) => p.kind === 'transport' && atlas.countiesOf(p.id).size > 1);
    expect(crossing.length).toBeGreaterThan(0);
  });
});
