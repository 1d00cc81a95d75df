import { describe, expect, it } from 'vitest';
import type { LinkablePlace } from '../../src/lib/linker/index.ts';
import { adminCore, deriveSurfaces } from '../../src/lib/linker/variants.ts';

const p = (id: string, name: string, kind: string, parent: string | null, extra: Partial<LinkablePlace> = {}): LinkablePlace => ({
  id,
  name,
  kind,
  parent,
  aliases: [],
  name_en: '',
  ...extra,
});
const context = { everyday: new Set(['新华', '东方', '孝顺']), regions: new Set(['温州', '丽江', '长春']), genericVillageCount: 3 };
const forms = (places: LinkablePlace[], id: string) =>
  deriveSurfaces(places, context)
    .filter((d) => d.placeId === id)
    .map((d) => `${d.surface}:${d.strength}`);

describe('variants: surfaces derived by rule from the records', () => {
  it('drops the administrative suffix where the rest is a name (≥ 2 characters, no compound type word)', () => {
    expect(adminCore('横店镇', 'town')).toEqual({ core: '横店', suffix: '镇' });
    expect(adminCore('城东街道', 'town')).toEqual({ core: '城东', suffix: '街道' });
    expect(adminCore('婺城区', 'county')).toEqual({ core: '婺城', suffix: '区' });
    expect(adminCore('李宅社区', 'village')).toEqual({ core: '李宅', suffix: '社区' });
    expect(adminCore('金义新区', 'district')).toBeNull();
    expect(adminCore('新村', 'village')).toBeNull();
  });

  it('a town’s short form links on its own; a subdistrict’s or village’s needs context, an everyday or shared one its parent', () => {
    const places = [
      p('twn-a', '城东街道', 'town', 'dy'),
      p('twn-b', '南马镇', 'town', 'dy'),
      p('twn-c', '孝顺镇', 'town', 'jd'),
      p('vil-a', '官桥村', 'village', 'twn-a'),
      p('vil-b', '新华村', 'village', 'twn-a'),
      ...['1', '2', '3'].map((n) => p(`vil-s${n}`, '上宅村', 'village', 'twn-a')),
      p('vil-c', '长春村', 'village', 'twn-a'),
      p('vil-d', '东方社区', 'village', 'twn-a'),
    ];
    expect(forms(places, 'twn-a')).toEqual(['城东:contextual']);
    expect(forms(places, 'twn-b')).toEqual(['南马:name']);
    expect(forms(places, 'twn-c')).toEqual(['孝顺:needs-parent']);
    expect(forms(places, 'vil-a')).toEqual(['官桥:contextual']);
    expect(forms(places, 'vil-b')).toEqual(['新华:needs-parent']);
    expect(forms(places, 'vil-s1')).toEqual(['上宅:needs-parent']);
    expect(forms(places, 'vil-c')).toEqual([]); // 长春 is another region's name
    expect(forms(places, 'vil-d')).toEqual(['东方:needs-parent']);
  });

  it('railways: a high-speed line’s other suffixes (never X铁路, the name of a conventional line), and 杭州至温州 forms when both abbreviations name one prefecture-level city', () => {
    const places = [
      p('hangzhou', '杭州市', 'neighbour', null),
      p('jinhua', '金华市', 'prefecture', null),
      p('trn-hw', '杭温高速铁路', 'transport', 'jinhua', { aliases: ['杭温高铁'] }),
      p('trn-yj', '甬金铁路', 'transport', 'jinhua'),
    ];
    const hw = forms(places, 'trn-hw').map((f) => f.replace(/:name$/, ''));
    expect(hw).toEqual(expect.arrayContaining(['杭温客专', '杭州至温州铁路', '杭州至温州高铁', '杭州—温州铁路', '杭州—温州', '杭州-温州高速铁路']));
    expect(hw).not.toContain('杭温高铁'); // the record's own alias is not derived again
    // 杭温铁路 would be the name of a conventional line (沪昆铁路 is not 沪昆高速铁路), 甬金高铁 of a high-speed one
    expect(hw).not.toContain('杭温铁路');
    expect(forms(places, 'trn-yj')).toEqual([]);
  });

  it('a core that is itself a type word (广场居委会 → 广场, "square") is not derived', () => {
    const places = [p('t', '城中街道', 'town', null), p('c', '广场居委会', 'village', 't'), p('d', '公园社区', 'village', 't'), p('e', '官桥村', 'village', 't')];
    expect(forms(places, 'c')).toEqual([]);
    expect(forms(places, 'd')).toEqual([]);
    expect(forms(places, 'e')).toEqual(['官桥:contextual']);
  });

  it('a subdistrict named by an everyday word or a direction (城北街道) has no short form; a town named so keeps it beside its parent', () => {
    const places = [p('c', '东阳市', 'county', null), p('t1', '城北街道', 'town', 'c'), p('t2', '孝顺镇', 'town', 'c'), p('t3', '南市街道', 'town', 'c')];
    const context = { everyday: new Set(['城北', '孝顺']), regions: new Set<string>(), genericVillageCount: 3 };
    const of = (id: string) => deriveSurfaces(places, context).filter((d) => d.placeId === id && /^[\u3400-\u9fff]+$/.test(d.surface)).map((d) => `${d.surface}:${d.strength}`);
    expect(of('t1')).toEqual([]);
    expect(of('t2')).toEqual(['孝顺:needs-parent']);
    expect(of('t3')).toEqual(['南市:contextual']);
  });

  it('a station named after its city and a compass point also without 站 (永康东站 → 永康东); other stations not', () => {
    expect(forms([p('s1', '永康东站', 'transport', 'x')], 's1')).toEqual(['永康东:name']);
    expect(forms([p('s2', '义乌站', 'transport', 'x')], 's2')).toEqual([]);
  });

  it('airports without 通用 or 国际', () => {
    expect(forms([p('trn-air', '横店通用机场', 'transport', 'x')], 'trn-air')).toEqual(['横店机场:name']);
  });

  it('English: with and without the type word for counties and towns; from pinyin when the record has no English name', () => {
    const places = [
      p('dy', '东阳市', 'county', 'jh', { name_en: 'Dongyang' }),
      p('twn-h', '横店镇', 'town', 'dy', { name_en: 'Hengdian Town' }),
      p('panan', '磐安县', 'county', 'jh', { pinyin: 'pán ān xiàn' }),
      p('vil-g', '官桥村', 'village', 'twn-h', { pinyin: 'guān qiáo cūn' }),
    ];
    expect(forms(places, 'dy')).toEqual(['东阳:name', 'Dongyang City:name', 'Dongyang County:name']);
    expect(forms(places, 'twn-h')).toEqual(['横店:name', 'Hengdian:name']);
    expect(forms(places, 'panan')).toEqual(['磐安:name', "Pan'an County:name", 'Panan County:name', "Pan'an:name"]);
    expect(forms(places, 'vil-g')).toEqual(['官桥:contextual', 'Guanqiao Village:name']);
  });
});
