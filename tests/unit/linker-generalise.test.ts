/**
 * The rules that make the linker generalise beyond the five documents (issue #11), each on a small fixture
 * gazetteer of the real one's shape: traditional characters, derived forms, the prefix of an unknown place,
 * everyday-word and same-name villages, homonyms elsewhere in China.
 */
import { describe, expect, it } from 'vitest';
import { linkable } from './linkable.ts';
import { createLinker, toSimplified, type LinkablePlace } from '../../src/lib/linker/index.ts';

/** A small gazetteer with the shapes of the real one. */
const p = linkable;
const PLACES: LinkablePlace[] = [
  p('jinhua', '金华市', 'prefecture', null, ['金华'], 'Jinhua'),
  p('hangzhou', '杭州市', 'neighbour', null, ['杭州'], 'Hangzhou'),
  p('dongyang', '东阳市', 'county', 'jinhua', ['东阳'], 'Dongyang'),
  p('yiwu', '义乌市', 'county', 'jinhua', ['义乌'], 'Yiwu'),
  p('lanxi', '兰溪市', 'county', 'jinhua', ['兰溪'], 'Lanxi'),
  p('wuyi', '武义县', 'county', 'jinhua', ['武义'], 'Wuyi County'),
  p('twn-hengdian', '横店镇', 'town', 'dongyang', ['横店'], 'Hengdian Town'),
  p('twn-nanma', '南马镇', 'town', 'dongyang', [], '', 'nán mǎ zhèn'),
  p('twn-fotang', '佛堂镇', 'town', 'yiwu', [], '', 'fó táng zhèn'),
  p('vil-guanqiao', '官桥村', 'village', 'twn-hengdian', [], '', 'guān qiáo cūn'),
  p('vil-xinhua-hd', '新华村', 'village', 'twn-hengdian'),
  p('vil-xinhua-ft', '新华村', 'village', 'twn-fotang'),
  p('vil-dongfang', '东方村', 'village', 'twn-nanma'),
  p('vil-shangzhai-1', '上宅村', 'village', 'twn-nanma'),
  p('vil-shangzhai-2', '上宅村', 'village', 'twn-fotang'),
  p('vil-shangzhai-3', '上宅村', 'village', 'twn-hengdian'),
  p('wtr-dongyangjiang', '东阳江', 'water', 'dongyang'),
  p('prj-dy-edz', '东阳经济开发区', 'project', 'dongyang', ['经济开发区']),
  p('trn-hangwen', '杭温高速铁路', 'transport', 'jinhua', ['杭温高铁']),
  p('trn-hengdian-airport', '横店通用机场', 'transport', 'twn-hengdian'),
  p('stn-yiwu', '义乌站', 'transport', 'yiwu'),
  p('stn-hengdian', '横店站', 'transport', 'twn-hengdian'),
  p('panan', '磐安县', 'county', 'jinhua', ['磐安'], "Pan'an County"),
  p('twn-jiangdong', '江东镇', 'town', 'yiwu', ['江东']),
  { ...p('zhejiang', '浙江省', 'province', null, ['浙江']), context: true },
];
const linker = createLinker(PLACES, {
  everydayWords: ['东方', '新村'],
  genericVillageCount: 3,
  otherRegions: ['江苏', '山西', '温州', '长春'],
  phrases: [{ phrase: '大花园', why: 'test' }],
});
const links = (text: string) => linker.link(text).map((m) => `${m.surface}→${m.placeId}`);

describe('traditional characters link as simplified ones, with offsets into the original text', () => {
  it('東陽市、義烏、金華、橫店鎮、蘭溪', () => {
    const text = '東陽市、義烏、金華、橫店鎮、蘭溪';
    expect(links(text)).toEqual(['東陽市→dongyang', '義烏→yiwu', '金華→jinhua', '橫店鎮→twn-hengdian', '蘭溪→lanxi']);
    for (const m of linker.link(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('a traditional sentence links exactly as its simplified form', () => {
    const traditional = '橫店鎮官橋村的村民沿著東陽江騎行，經杭溫高鐵去杭州。';
    const simplified = toSimplified(traditional);
    expect(simplified).toBe('横店镇官桥村的村民沿著东阳江骑行，经杭温高铁去杭州。'); // 著 is also a simplified character: kept
    expect(linker.link(traditional).map(({ start, end, placeId }) => [start, end, placeId])).toEqual(
      linker.link(simplified).map(({ start, end, placeId }) => [start, end, placeId]),
    );
    expect(links(traditional)).toEqual(['橫店鎮→twn-hengdian', '官橋村→vil-guanqiao', '東陽江→wtr-dongyangjiang', '杭溫高鐵→trn-hangwen', '杭州→hangzhou']);
  });

  it('the rules read traditional context too (該村, 等地)', () => {
    expect(links('官橋、橫店等地')).toEqual(['官橋→vil-guanqiao', '橫店→twn-hengdian']);
  });
});

describe('forms derived from the records', () => {
  it('railways as 杭州至温州铁路, 杭州—温州, 杭温客专; airports without 通用', () => {
    expect(links('杭州至温州铁路、杭州—温州高铁和杭温客专')).toEqual(['杭州至温州铁路→trn-hangwen', '杭州—温州高铁→trn-hangwen', '杭温客专→trn-hangwen']);
    expect(links('从横店机场起飞')).toEqual(['横店机场→trn-hengdian-airport']);
  });

  it('English names on word boundaries, with and without their suffix, and from pinyin', () => {
    expect(links('Hengdian lies south of Dongyang City; Wuyi and Nanma Town too.')).toEqual([
      'Hengdian→twn-hengdian',
      'Dongyang City→dongyang',
      'Wuyi→wuyi',
      'Nanma Town→twn-nanma',
    ]);
    expect(links('Hengdianxyz')).toEqual([]);
  });

  it('a town’s short form links on its own; a village’s only with place context', () => {
    expect(links('南马的夜市')).toEqual(['南马→twn-nanma']);
    expect(links('官桥的风景')).toEqual([]);
    expect(links('横店官桥的风景')).toEqual(['横店→twn-hengdian', '官桥→vil-guanqiao']);
    expect(linker.linkDocument(['横店镇官桥村盘活资源。', '官桥的风景很好。']).map((ms) => ms.map((m) => m.surface))).toEqual([['横店镇', '官桥村'], ['官桥']]);
  });
});

describe('the prefix of a place the gazetteer lacks is not that place', () => {
  it('武义江, 兰溪经济开发区, 东阳路 link nothing; 东阳市, 东阳人, 东阳江, 东阳经济开发区 are right', () => {
    expect(links('武义江两岸')).toEqual([]);
    expect(links('兰溪经济开发区招商')).toEqual([]);
    expect(links('上海的东阳路')).toEqual([]);
    expect(links('东阳市的东阳人在东阳江边')).toEqual(['东阳市→dongyang', '东阳→dongyang', '东阳江→wtr-dongyangjiang']);
    expect(links('东阳经济开发区和经济开发区')).toEqual(['东阳经济开发区→prj-dy-edz', '经济开发区→prj-dy-edz']);
  });

  it('a longer name: a few characters of a name and then a site word (南马 + 石龙 + 寺, 横店 + 影视城, 兰溪 + 古 + 茶场)', () => {
    expect(links('参观南马石龙寺')).toEqual([]);
    expect(links('横店影视城的门票')).toEqual([]);
    expect(links('兰溪古茶场和兰溪白沙庙')).toEqual([]);
    expect(links('横店新光古村')).toEqual([]);
  });

  it('…but not across a function word, a type word or another name (东阳的庙, 东阳市宫, 东阳横店寺)', () => {
    expect(links('东阳的庙会很热闹')).toEqual(['东阳→dongyang']);
    expect(links('东阳市人民宫')).toEqual(['东阳市→dongyang']);
    expect(links('东阳横店寺')).toEqual(['东阳→dongyang']);
    expect(links('义乌观光')).toEqual(['义乌→yiwu']);
    expect(links('横店镇政府')).toEqual(['横店镇→twn-hengdian']);
  });

  it('an alias that is only a type word (经济开发区) needs its place or its parent in the document', () => {
    expect(links('浠水县的经济开发区')).toEqual([]);
    expect(linker.linkDocument(['东阳的产业。', '经济开发区招商。'])[1]!.map((m) => m.placeId)).toEqual(['prj-dy-edz']);
  });

  it('ordinary words that begin with a type word do not count (东阳山区, 义乌市场 stays the county)', () => {
    expect(links('东阳山区和义乌高速发展')).toEqual(['东阳→dongyang', '义乌→yiwu']);
  });
});

describe('English forms and English names of other features', () => {
  it('a typographic apostrophe is the apostrophe (Pan’an); a county-level city is also a county in English, any case', () => {
    expect(links('Pan’an and Pan\'an')).toEqual(["Pan’an→panan", "Pan'an→panan"]);
    expect(links('Dongyang county and Wuyi county')).toEqual(['Dongyang county→dongyang', 'Wuyi county→wuyi']);
  });

  it('a name that begins a feature’s name or follows Mount is not the place (Hengdian World Studios, Mount Wuyi)', () => {
    expect(links('Hengdian World Studios and the Wuyi Mountains, Mount Wuyi, Dongyang Cultural Park')).toEqual([]);
    expect(links('a walk on dongyang old street')).toEqual([]);
    expect(links('Hengdian is a town; Dongyang is near Yiwu.')).toEqual(['Hengdian→twn-hengdian', 'Dongyang→dongyang', 'Yiwu→yiwu']);
  });
});

describe('a list of names that ends in 站 names the stations (after 等 or 为)', () => {
  it('义乌、横店等站 → the stations; 义乌、横店等地, 义乌、横店加油站 stay the county and town', () => {
    expect(links('列车停靠义乌、横店等站')).toEqual(['义乌→stn-yiwu', '横店→stn-hengdian']);
    expect(links('设东阳、义乌、横店等 3 个车站')).toEqual(['东阳→dongyang', '义乌→stn-yiwu', '横店→stn-hengdian']);
    expect(links('义乌、横店等地')).toEqual(['义乌→yiwu', '横店→twn-hengdian']);
    expect(links('义乌、横店加油站')).toEqual(['义乌→yiwu', '横店→twn-hengdian']);
  });
});

describe('市区 and 县城 belong to the word after the name: the mention is the short form', () => {
  it('东阳市区 → 东阳, 武义县城 → 武义; 东阳市 and 东阳市人民 stay whole', () => {
    expect(links('距東陽市區18公里')).toEqual(['東陽→dongyang']);
    expect(links('离武义县城10公里')).toEqual(['武义→wuyi']);
    expect(links('东阳市人民')).toEqual(['东阳市→dongyang']);
    expect(links('横店镇区')).toEqual(['横店镇→twn-hengdian']);
  });
});

describe('villages named by everyday words, and several villages of one name', () => {
  it('东方 alone is the word; 东方村 or 南马镇东方 is the village', () => {
    expect(links('东方红')).toEqual([]);
    expect(links('东方村')).toEqual(['东方村→vil-dongfang']);
    expect(links('南马镇东方')).toEqual(['南马镇→twn-nanma', '东方→vil-dongfang']);
  });

  it('新华村: the one whose town or county the document names, else none', () => {
    expect(links('新华村')).toEqual([]);
    expect(links('佛堂镇新华村')).toEqual(['佛堂镇→twn-fotang', '新华村→vil-xinhua-ft']);
    expect(linker.linkDocument(['横店镇的夜景。', '新华村的民宿。'])[1]!.map((m) => m.placeId)).toEqual(['vil-xinhua-hd']);
  });

  it('a village name three villages share (上宅) needs its parent beside it', () => {
    expect(links('上宅的风景')).toEqual([]);
    expect(links('佛堂上宅')).toEqual(['佛堂→twn-fotang', '上宅→vil-shangzhai-2']);
  });
});

describe('a name that is also a surname, and a name before a title or a product', () => {
  const zhuge = createLinker(
    [...PLACES, p('twn-zhuge', '诸葛镇', 'town', 'lanxi', ['诸葛']), p('vil-zhuge', '诸葛村', 'village', 'twn-zhuge', ['诸葛八卦村'])],
    { everydayWords: ['诸葛'], notBefore: ['先生', '火腿', 'ham'] },
  );
  const linksOf = (text: string) => zhuge.link(text).map((m) => `${m.surface}→${m.placeId}`);

  it('a township alias that is a compound surname (诸葛) is the person alone, the township beside its county or with 镇', () => {
    expect(linksOf('诸葛亮的后裔聚居于此')).toEqual([]);
    expect(linksOf('兰溪诸葛的古村落')).toEqual(['兰溪→lanxi', '诸葛→twn-zhuge']);
    expect(linksOf('诸葛镇诸葛八卦村')).toEqual(['诸葛镇→twn-zhuge', '诸葛八卦村→vil-zhuge']);
  });

  it('a title or a product right after a name takes it (諸葛先生, 金华火腿, Jinhua ham), in any script and case', () => {
    expect(linksOf('兰溪诸葛先生')).toEqual(['兰溪→lanxi']);
    expect(linksOf('金华火腿与东阳火腿')).toEqual([]);
    expect(linksOf('東陽火腿')).toEqual([]);
    expect(linksOf('the famous Jinhua ham and Jinhua Ham')).toEqual([]);
    // A word that only begins with one is no product: the name is the place.
    expect(linksOf('Jinhua hamlets')).toEqual(['Jinhua→jinhua']);
    expect(linksOf('金华火车站')).toEqual(['金华→jinhua']);
  });
});

describe('a name that needs context never hides one that does not', () => {
  it('in 创新东阳中学 the village short form 新东 starts first, but the school is the name', () => {
    const school = createLinker([...PLACES, p('vil-xindong', '新东村', 'village', 'twn-nanma'), p('lmk-dy-school', '东阳中学', 'landmark', 'dongyang')], {});
    expect(school.link('创新东阳中学办学模式').map((m) => `${m.surface}→${m.placeId}`)).toEqual(['东阳中学→lmk-dy-school']);
    // Where nothing stronger overlaps it, the short form is still read by its rule (here: right after its parent).
    expect(school.link('南马新东的村民').map((m) => `${m.surface}→${m.placeId}`)).toEqual(['南马→twn-nanma', '新东→vil-xindong']);
  });
});

describe('homonyms elsewhere in China', () => {
  it('a name right after another province or prefecture is not the Jinhua place', () => {
    expect(links('江苏省东阳')).toEqual([]);
    expect(links('山西新华村')).toEqual([]);
    expect(links('温州横店')).toEqual([]);
    expect(links('江苏、东阳')).toEqual(['东阳→dongyang']);
  });

  it('the province is not linked but its name hides what is inside it: 浙江东阳 is 东阳, not 江东', () => {
    expect(links('浙江东阳的交流活动')).toEqual(['东阳→dongyang']);
    expect(links('浙江省东阳市')).toEqual(['东阳市→dongyang']);
  });

  it('a region written after the name (", Sichuan", （山西）) makes it that region’s namesake; so does a region before a type word (臺南市永康區)', () => {
    const withRegions = createLinker(PLACES, { otherRegions: ['山西', '台南', 'Sichuan'] });
    const got = (text: string) => withRegions.link(text).map((m) => m.surface);
    expect(got('Wuyi County, Sichuan is far away')).toEqual([]);
    expect(got('横店（山西）的一个村')).toEqual([]);
    expect(got('臺南市東陽區')).toEqual([]);
    expect(got('Wuyi County, Jinhua')).toEqual(['Wuyi County', 'Jinhua']);
  });

  it('one sense per document: a name placed in another region is that region’s wherever the document names it alone', () => {
    const withRegions = createLinker(PLACES, { otherRegions: ['台南'] });
    expect(withRegions.linkDocument(['東陽車站很小。', '它在臺南市東陽區。']).map((ms) => ms.map((m) => m.surface))).toEqual([[], []]);
    expect(withRegions.linkDocument(['东阳车站很小。', '金华市东阳市。']).map((ms) => ms.map((m) => m.surface))).toEqual([['东阳'], ['金华市', '东阳市']]);
  });

  it('right after another county of the prefecture, a place of this one is not it', () => {
    expect(links('义乌横店')).toEqual(['义乌→yiwu']);
    expect(links('东阳横店')).toEqual(['东阳→dongyang', '横店→twn-hengdian']);
    expect(links('东阳义乌')).toEqual(['东阳→dongyang', '义乌→yiwu']);
  });
});
