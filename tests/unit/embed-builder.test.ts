import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { addPlace, placeFinder, removePlace, SUGGESTIONS, withKind } from '../../src/lib/embed/builder.ts';
import { embedSearch, DEFAULT_OPTIONS, MAX_PLACES, parseEmbedOptions } from '../../src/lib/embed/options.ts';
import { TOGGLE_KINDS } from '../../src/lib/map/kinds.ts';
import { builtAtlasData } from './built-atlas.ts';

const atlas = createAtlas(builtAtlasData());

describe('the places an embed marks, as the builder edits them', () => {
  it('adds a place at the end, once, and removes it', () => {
    expect(addPlace(['dongyang'], 'yiwu')).toEqual(['dongyang', 'yiwu']);
    expect(addPlace(['dongyang', 'yiwu'], 'dongyang')).toEqual(['dongyang', 'yiwu']);
    expect(removePlace(['dongyang', 'yiwu', 'yongkang'], 'yiwu')).toEqual(['dongyang', 'yongkang']);
    expect(removePlace(['dongyang'], 'yiwu')).toEqual(['dongyang']);
  });

  it('never makes a list longer than an embed reads', () => {
    const full = Array.from({ length: MAX_PLACES }, (_, i) => `p${i}`);
    expect(addPlace(full, 'one-more')).toEqual(full);
    // What the builder writes, the embed reads back whole.
    const { options, problems } = parseEmbedOptions(new URLSearchParams(embedSearch({ ...DEFAULT_OPTIONS, places: full }).slice(1)));
    expect(problems).toEqual([]);
    expect(options.places).toEqual(full);
  });
});

describe('placeFinder: the builder’s add field', () => {
  const find = placeFinder(atlas.places, atlas.passageCount);

  it('finds places by Chinese name, pinyin and English, best match first', () => {
    expect(find('义乌', [])[0]?.id).toBe('yiwu');
    expect(find('yiwu', [])[0]?.id).toBe('yiwu');
    expect(find('Hengdian', [])[0]?.id).toBe('twn-hengdian');
  });

  it('leaves out the places already chosen, and offers a few at most', () => {
    expect(find('义乌', ['yiwu']).map((p) => p.id)).not.toContain('yiwu');
    expect(find('镇', []).length).toBe(SUGGESTIONS);
  });

  it('offers only what an embed knows: the published places, not the rest of the gazetteer a browser may have loaded', () => {
    const record = { ...atlas.place('twn-hengdian')!, id: 'vil-gazetteer-only', kind: 'village' as const, name: '只在名录村', aliases: [] };
    const loaded = atlas.withGazetteer([record]);
    expect(loaded.search('只在名录村', { hiddenKinds: [], onlyIds: null, documentId: null }, 0).places.map((h) => h.place.id)).toEqual(['vil-gazetteer-only']);
    expect(placeFinder(loaded.places, loaded.passageCount)('只在名录村', [])).toEqual([]);
    // Nor the neighbouring prefectures, drawn for context.
    expect(find('金华', []).every((p) => !p.context)).toBe(true);
    expect(find('杭州', [])).toEqual([]);
  });
});

describe('withKind: the kinds an embed draws', () => {
  it('hides and shows one kind, back to the default (every kind, no parameter) once all are shown', () => {
    const noVillages = withKind(null, 'village', false);
    expect(noVillages).toEqual(TOGGLE_KINDS.filter((k) => k !== 'village'));
    expect(withKind(noVillages, 'village', true)).toBeNull();
    expect(withKind(['county', 'town'], 'water', true)).toEqual(['county', 'town', 'water']); // in legend order
    expect(withKind(['county'], 'county', false)).toEqual([]);
    expect(embedSearch({ ...DEFAULT_OPTIONS, layers: withKind(['county'], 'county', false) })).toBe('?layers=none');
  });
});
