import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/lib/corpus/types.ts';
import { pinyinOf } from '../../src/lib/geo/names.ts';
import type { PlaceProperties } from '../../src/lib/geo/types.ts';
import { createSearch, fold } from '../../src/lib/search/search.ts';

const place = (id: string, kind: PlaceProperties['kind'], name: string, name_en: string, aliases: string[] = []): PlaceProperties => ({
  id,
  kind,
  name,
  name_en,
  pinyin: pinyinOf(name),
  aliases,
  parent: null,
  geometry_quality: 'approximate',
  source: 'test',
});
const places = [
  place('hengdian', 'town', '横店镇', 'Hengdian Town', ['横店']),
  place('hengdian-studios', 'landmark', '横店影视城', 'Hengdian World Studios'),
  place('dongyang', 'county', '东阳市', 'Dongyang', ['东阳']),
  place('yiwu', 'county', '义乌市', 'Yiwu', ['义乌']),
];
const passage = (documentId: string, index: number, text: string): Passage => ({
  id: `${documentId}:${index}`,
  documentId,
  index,
  kind: 'paragraph',
  text,
  spans: [[0, text.length]],
});
const passages = [passage('a', 0, '横店影视城游人如织。'), passage('a', 1, '东阳与义乌山水相依。'), passage('b', 0, 'Hengdian 的 IP 产业，东阳人引以为傲。')];
const mentions: Record<string, number> = { hengdian: 20, 'hengdian-studios': 3, dongyang: 77 };
const search = createSearch(places, passages, (id) => mentions[id] ?? 0);
const all = { hiddenKinds: [], onlyIds: null, documentId: null };
const ids = (query: string, filter = all) => search(query, filter).places.map((h) => h.place.id);

describe('search', () => {
  it('folds case, tone marks, spaces and apostrophes away', () => {
    expect(fold('Héng Diàn')).toBe('hengdian');
    expect(fold("Pan'an")).toBe('panan');
    expect(fold('lǚ')).toBe('lu');
  });

  it('finds 横店 by its Chinese name, by pinyin with or without tones, and by English', () => {
    for (const query of ['横店', 'hengdian', 'héngdiàn', 'Heng Dian', 'HENGDIAN', 'Hengdian Town']) {
      expect(ids(query)[0], query).toBe('hengdian');
    }
  });

  it('ranks the exact or prefix match first, then by how often the documents name a place', () => {
    expect(ids('横店')).toEqual(['hengdian', 'hengdian-studios']);
    expect(ids('影视')).toEqual(['hengdian-studios']);
    expect(ids('studios')).toEqual(['hengdian-studios']);
  });

  it('matches pinyin from a syllable on, and initials', () => {
    expect(ids('dianzhen')).toEqual(['hengdian']);
    expect(ids('dys')).toEqual(['dongyang']);
    expect(ids('wushi')).toEqual(['yiwu']);
    expect(ids('ushi')).toEqual([]); // mid-syllable: not a match
  });

  it('finds passages by substring, with offsets into the original text', () => {
    const { passages: hits, passageTotal } = search('东阳', all);
    expect(passageTotal).toBe(2);
    expect(hits.map((h) => h.passage.text.slice(h.start, h.end))).toEqual(['东阳', '东阳']);
    const latin = search('hengdian', all).passages[0]!;
    expect(latin.passage.text.slice(latin.start, latin.end)).toBe('Hengdian');
  });

  it('applies the kind and document filters and counts what they hid', () => {
    const noTowns = search('横店', { hiddenKinds: ['town'], onlyIds: null, documentId: null });
    expect(noTowns.places.map((h) => h.place.id)).toEqual(['hengdian-studios']);
    expect(noTowns.hiddenByFilters).toBe(1);
    const onlyB = search('东阳', { hiddenKinds: [], onlyIds: ['dongyang'], documentId: 'b' });
    expect(onlyB.passages.map((h) => h.passage.id)).toEqual(['b:0']);
    expect(onlyB.hiddenByFilters).toBe(1);
  });

  it('returns nothing, not everything, for a blank or unmatched query', () => {
    expect(search('   ', all)).toEqual({ places: [], passages: [], passageTotal: 0, hiddenByFilters: 0 });
    expect(search('上海', all).places).toEqual([]);
  });
});
