import { describe, expect, it } from 'vitest';
import { buildAtlas, type AtlasInputs } from '../../src/lib/pipeline/build-atlas.ts';

const square = [[[120, 29], [120.1, 29], [120.1, 29.1], [120, 29.1], [120, 29]]];
const place = (id: string, name: string, aliases: string[], parent: string | null = null) => ({
  type: 'Feature',
  properties: { id, kind: 'town', name, name_en: '', pinyin: '', aliases, parent, geometry_quality: 'seat-point', source: 'test' },
  geometry: { type: 'Point', coordinates: [120.05, 29.05] },
});
const county = { ...place('dongyang', '东阳市', ['东阳']), geometry: { type: 'Polygon', coordinates: square } };
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
const utf8 = (s: string) => new TextEncoder().encode(s);

function inputs(ambiguities?: object, extra: unknown[] = []): AtlasInputs {
  return {
    geo: [{ file: 'geo/places.geojson', content: fc(county, place('vil-huayuan', '花园村', ['花园'], 'dongyang'), ...extra) }],
    documents: [{ file: 'data/documents/a.txt', content: utf8('标题\n\n卢宅、花园等地的夜间经济。\n\n全域打造美丽大花园。\n') }],
    ...(ambiguities ? { ambiguities: { file: 'geo/ambiguous-aliases.json', content: JSON.stringify(ambiguities, null, 2) } } : {}),
  };
}

describe('geo/ambiguous-aliases.json in the build', () => {
  it('applies the rules it names', () => {
    const { corpus } = buildAtlas(inputs({ 花园: { places: ['vil-huayuan'], rule: 'needs-place-context' } }));
    expect(corpus.mentions.map((m) => [m.passageId, m.surface, m.placeId])).toEqual([['a:1', '花园', 'vil-huayuan']]);
  });

  it('fails on a rule the linker does not implement, naming the file, line and the rules there are', () => {
    expect(() => buildAtlas(inputs({ 东阳: { places: ['dongyang'], rule: 'needs-place-context' }, 花园: { places: ['vil-huayuan'], rule: 'guess' } }))).toThrow(
      'geo/ambiguous-aliases.json, line 8: "花园": unknown rule "guess"; the linker implements first-listed, parent-in-context, needs-place-context, not-a-place',
    );
  });

  it('fails on a place id that does not exist', () => {
    expect(() => buildAtlas(inputs({ 花园: { places: ['vil-huayuan', 'vil-nowhere'], rule: 'first-listed' } }))).toThrow(
      'geo/ambiguous-aliases.json, line 2: "花园": no place has the id "vil-nowhere"',
    );
  });

  it('fails on bad JSON and on entries without places', () => {
    expect(() => buildAtlas({ ...inputs(), ambiguities: { file: 'geo/ambiguous-aliases.json', content: '{"花园": ' } })).toThrow(/^geo\/ambiguous-aliases\.json: not valid JSON/);
    expect(() => buildAtlas(inputs({ 花园: { rule: 'first-listed' } }))).toThrow('"花园": "places" must be an array of place ids');
    expect(() => buildAtlas(inputs({ 花园: { places: ['vil-huayuan'], rule: 'first-listed' } }))).toThrow('rule first-listed chooses between two or more places');
  });

  it('fails on an alias two places claim without an entry, naming the file and the feature', () => {
    const twin = place('lmk-huayuan-park', '花园公园', ['花园'], 'dongyang');
    expect(() => buildAtlas(inputs(undefined, [twin]))).toThrow(
      'geo/places.geojson, feature "lmk-huayuan-park": "花园" is claimed by vil-huayuan and lmk-huayuan-park; list it in geo/ambiguous-aliases.json with a rule',
    );
    expect(() => buildAtlas(inputs({ 花园: { places: ['vil-huayuan', 'lmk-huayuan-park'], rule: 'first-listed' } }, [twin]))).not.toThrow();
  });
});
