import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { linkerFromData } from '../../src/lib/linker/index.ts';
import { buildAtlas, gazetteerLinker, type AtlasInputs } from '../../src/lib/pipeline/build-atlas.ts';

const square = [[[120, 29], [120.1, 29], [120.1, 29.1], [120, 29.1], [120, 29]]];
const place = (id: string, name: string, aliases: string[], kind = 'village') => ({
  type: 'Feature',
  properties: { id, kind, name, name_en: '', pinyin: '', aliases, parent: 'dongyang', geometry_quality: 'surveyed-point', source: 'test' },
  geometry: { type: 'Point', coordinates: [120.05, 29.05] },
});
const county = {
  ...place('dongyang', '东阳市', ['东阳'], 'county'),
  properties: { ...place('dongyang', '东阳市', ['东阳'], 'county').properties, parent: null, geometry_quality: 'boundary' },
  geometry: { type: 'Polygon', coordinates: square },
};
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
const utf8 = (s: string) => new TextEncoder().encode(s);

function inputs(ambiguous: object, extra: unknown[] = []): AtlasInputs {
  return {
    geo: [{ file: 'geo/places.geojson', content: fc(county, place('vil-huayuan', '花园村', ['花园']), ...extra) }],
    documents: [{ file: 'data/documents/a.txt', content: utf8('标题\n\n卢宅、花园等地的夜间经济。\n\n全域打造美丽大花园。\n') }],
    notPlaces: { file: 'geo/not-places.json', content: JSON.stringify({ phrases: [{ phrase: '大花园', why: 'a metaphor' }], ambiguous }, null, 2) },
  };
}

describe('geo/not-places.json in the build', () => {
  it('applies the rules it names', () => {
    const { corpus } = buildAtlas(inputs({ 花园: { places: ['vil-huayuan'], rule: 'needs-place-context' } }));
    expect(corpus.mentions.map((m) => [m.passageId, m.surface, m.placeId])).toEqual([['a:1', '花园', 'vil-huayuan']]);
  });

  it('fails on a rule the linker does not implement, naming the file, line and the rules there are', () => {
    expect(() => buildAtlas(inputs({ 东阳: { places: ['dongyang'], rule: 'needs-place-context' }, 花园: { places: ['vil-huayuan'], rule: 'guess' } }))).toThrow(
      'geo/not-places.json, line 15: "花园": unknown rule "guess"; the linker implements first-listed, parent-in-context, needs-place-context, not-a-place',
    );
  });

  it('fails on a rule that does not fit its entry', () => {
    expect(() => buildAtlas(inputs({ 花园: { places: ['vil-huayuan'], rule: 'first-listed' } }))).toThrow('"花园": rule first-listed chooses between two or more places');
    expect(() => buildAtlas(inputs({ 大花园: { places: ['vil-huayuan'], rule: 'not-a-place' } }))).toThrow('"大花园": a not-a-place entry lists no places');
  });

  it('fails on a place id that does not exist', () => {
    expect(() => buildAtlas(inputs({ 花园: { places: ['vil-huayuan', 'vil-nowhere'], rule: 'first-listed' } }))).toThrow(
      'geo/not-places.json: "花园": place "vil-nowhere" is not in the gazetteer',
    );
  });

  it('lets two places share an alias that a rule decides (and 大花园 stays hidden)', () => {
    const twin = place('lmk-huayuan-park', '花园公园', ['花园'], 'park');
    const { corpus } = buildAtlas(inputs({ 花园: { places: ['lmk-huayuan-park', 'vil-huayuan'], rule: 'first-listed' } }, [twin]));
    expect(corpus.mentions.map((m) => [m.surface, m.placeId])).toEqual([['花园', 'lmk-huayuan-park']]);
  });

  it('fails on a section it does not know and on a malformed one, naming the file, line and key', () => {
    const bad = (content: object) => () => buildAtlas({ ...inputs({}), notPlaces: { file: 'geo/not-places.json', content: JSON.stringify(content, null, 2) } });
    expect(bad({ phrase: [] })).toThrow('geo/not-places.json, line 2: "phrase": unknown section; the sections are about, phrases, unmapped, ambiguous');
    expect(bad({ unmapped: [{ surface: '天台' }] })).toThrow('geo/not-places.json, line 2: "unmapped": entry 1 needs a non-empty "reason" (surface, reason)');
    expect(bad({ generic_village_count: 1 })).toThrow('"generic_village_count": expected a number ≥ 2');
    expect(bad({ other_regions: { provinces: ['江苏'] } })).toThrow('"other_regions": expected {"source": "…", "provinces": ["…"], "prefectures": ["…"], "taiwan": ["…"], "english": ["…"]}');
    expect(bad({ other_regions: { source: "s", provinces: ["江苏"], counties: ["x"] } })).toThrow('"other_regions": expected');
    expect(bad({ not_before: [{ words: ['火腿'] }] })).toThrow('"not_before": entry 1 needs a non-empty "why"');
    expect(bad({ not_before: [{ words: [], why: 'products' }] })).toThrow('"not_before": entry 1 needs "words": a non-empty list of words');
  });

  it('builds the same linker from the places’ properties and the file’s content alone (as a browser worker will)', () => {
    const { places, linker } = gazetteerLinker(readInputs(process.cwd()));
    const props = places.features.map((f) => f.properties);
    const worker = linkerFromData(JSON.parse(JSON.stringify(props)), readFileSync('geo/not-places.json', 'utf8'));
    const text = '東陽市橫店鎮的花园村、卢宅等地，沿东阳江到义乌。Hengdian and Dongyang City.';
    expect(worker.link(text)).toEqual(linker.link(text));
    expect(worker.link(text).length).toBeGreaterThanOrEqual(6);
  });
});
