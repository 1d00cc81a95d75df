import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, embedSearch, parseEmbedOptions } from '../../src/lib/embed/options.ts';
import { TOGGLE_KINDS } from '../../src/lib/map/kinds.ts';
import {
  keepKnown,
  paramReader,
  parseId,
  parseIdList,
  parseLayers,
  parseView,
  queryOf,
  writeLayers,
  writeView,
  type UrlProblem,
} from '../../src/lib/url/codec.ts';
import { DEFAULT_STATE, parseUrlState, searchOf } from '../../src/lib/url/state.ts';

describe('the query-string codec', () => {
  it('reads a map view within the zooms and latitudes a map can show, and writes it back rounded', () => {
    expect(parseView('10.5/29.2/120.25')).toEqual({ zoom: 10.5, center: [120.25, 29.2] });
    expect(parseView('22/-85/-180')).toEqual({ zoom: 22, center: [-180, -85] });
    for (const bad of ['23/29/120', '10/86/120', '10/29/181', '10/29', '10/29/120/1', 'a/b/c', '1e1/29/120', '']) expect(parseView(bad), bad).toBeNull();
    const view = { zoom: 10.123456, center: [120.1234567, 29.7654321] as [number, number] };
    expect(writeView(view)).toBe('10.12/29.76543/120.12346');
    expect(parseView(writeView(view))).toEqual({ zoom: 10.12, center: [120.12346, 29.76543] });
  });

  it('reads layers in legend order, `none` as no layer, and refuses a kind it does not know', () => {
    expect(parseLayers('town,county,town')).toEqual(['county', 'town']);
    expect(parseLayers('none')).toEqual([]);
    expect(parseLayers('county,roads')).toBeNull();
    expect(parseLayers('')).toBeNull();
    expect(writeLayers([])).toBe('none');
    expect(parseLayers(writeLayers(TOGGLE_KINDS))).toEqual([...TOGGLE_KINDS]);
  });

  it('reads ids in the one id grammar; a list keeps each id once, in order, up to its limit', () => {
    expect(parseId('twn-hengdian')).toBe('twn-hengdian');
    for (const bad of ['Dongyang', '东阳', '-x', '', 'a'.repeat(101), '__proto__']) expect(parseId(bad), bad).toBeNull();
    expect(parseIdList(3)('yiwu,dongyang,yiwu')).toEqual(['yiwu', 'dongyang']);
    expect(parseIdList(3)('a,b,c,d')).toBeNull();
    expect(parseIdList(3)('a,,b')).toBeNull();
  });

  it('reports each value it cannot read, with the value as given, and treats an absent parameter as no problem', () => {
    const { read, problems } = paramReader(new URLSearchParams('place=Dongyang!&layers=none&map=x'));
    expect(read('doc', parseId)).toBeNull();
    expect(read('place', parseId)).toBeNull();
    expect(read('layers', parseLayers)).toEqual([]);
    expect(read('map', parseView)).toBeNull();
    expect(problems).toEqual<UrlProblem[]>([
      { param: 'place', value: 'Dongyang!', problem: 'malformed' },
      { param: 'map', value: 'x', problem: 'malformed' },
    ]);
  });

  it('keeps what the atlas knows and reports the rest as unknown, numbers included', () => {
    const problems: UrlProblem[] = [];
    const isPlace = (id: string) => id === 'dongyang';
    expect(keepKnown('place', 'dongyang', isPlace, problems)).toBe('dongyang');
    expect(keepKnown('place', 'atlantis', isPlace, problems)).toBeNull();
    expect(keepKnown('at', 999, (index) => index < 40, problems)).toBeNull();
    expect(keepKnown('doc', null, () => false, problems)).toBeNull();
    expect(problems).toEqual<UrlProblem[]>([
      { param: 'place', value: 'atlantis', problem: 'unknown' },
      { param: 'at', value: '999', problem: 'unknown' },
    ]);
  });

  it('writes a query with `/` and `,` readable and everything else escaped', () => {
    expect(queryOf(new URLSearchParams())).toBe('');
    expect(queryOf(new URLSearchParams({ map: '9/29/120', layers: 'county,town', headline: 'A & B?' }))).toBe('?map=9/29/120&layers=county,town&headline=A+%26+B%3F');
  });
});

describe('one meaning for a parameter in links and embeds', () => {
  it('reads an explorer link as an embed of the same place, document, layers, view and language', () => {
    const state = { ...DEFAULT_STATE, place: 'dongyang', hidden: ['village' as const], view: { zoom: 9.5, center: [120.1, 29.2] as [number, number] }, lang: 'en' as const };
    const { options, problems } = parseEmbedOptions(new URLSearchParams(searchOf(state)));
    expect(problems).toEqual([]);
    expect(options).toEqual({ ...DEFAULT_OPTIONS, places: ['dongyang'], layers: TOGGLE_KINDS.filter((k) => k !== 'village'), view: state.view, lang: 'en' });
  });

  it('reads an embed query in the explorer the same way, and refuses the same malformed values', () => {
    const search = embedSearch({ ...DEFAULT_OPTIONS, places: ['yiwu'], doc: 'wuyi-duibiao-bipin', layers: ['county', 'town'], lang: 'en' });
    expect(parseUrlState(search).state).toMatchObject({ place: 'yiwu', doc: 'wuyi-duibiao-bipin', hidden: TOGGLE_KINDS.filter((k) => k !== 'county' && k !== 'town'), lang: 'en' });
    const bad = '?doc=No Such&layers=roads&map=99/0/0&lang=fr';
    const malformed = (problems: UrlProblem[]) => problems.map((p) => `${p.param}=${p.value}:${p.problem}`).sort();
    expect(malformed(parseUrlState(bad).problems)).toEqual(malformed(parseEmbedOptions(new URLSearchParams(bad)).problems));
    expect(malformed(parseUrlState(bad).problems)).toHaveLength(4);
  });
});
