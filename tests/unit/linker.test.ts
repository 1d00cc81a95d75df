import { describe, expect, it } from 'vitest';
import { linkable } from './linkable.ts';
import { createLinker, LinkerConfigError, RULE_NAMES, type AmbiguityTable, type LinkablePlace } from '../../src/lib/linker/index.ts';

/** A small gazetteer with the shapes of the real one. */
const p = linkable;
const PLACES: LinkablePlace[] = [
  p('jinhua', '金华市', 'prefecture', null, ['金华'], 'Jinhua (prefecture-level city)'),
  p('dongyang', '东阳市', 'county', 'jinhua', ['东阳'], 'Dongyang'),
  p('yiwu', '义乌市', 'county', 'jinhua', ['义乌'], 'Yiwu'),
  p('zhejiang', '浙江省', 'neighbour', null, ['浙江'], 'Zhejiang'),
  p('wtr-dongyangjiang', '东阳江', 'water', 'dongyang', [], 'Dongyang River'),
  p('trn-yidong', '义东高速公路', 'transport', 'jinhua', ['义东高速']),
  p('trn-hangwen', '杭温高速铁路', 'transport', 'jinhua', ['杭温高铁']),
  p('trn-yongjinqushang', '甬金衢上高速公路', 'transport', 'jinhua', ['甬金衢上高速']),
  p('shangrao', '上饶市', 'neighbour', null),
  p('twn-hengdian', '横店镇', 'town', 'dongyang', ['横店'], 'Hengdian Town'),
  p('lmk-dmegc', '横店东磁', 'landmark', 'twn-hengdian', ['东磁']),
  p('trn-jinhuanan', '金华南站', 'transport', 'jinhua', ['金华南']),
  p('twn-nanma', '南马镇', 'town', 'dongyang', ['南马']),
  p('vil-huayuan', '花园村', 'village', 'twn-nanma', ['花园']),
  p('twn-geshan', '歌山镇', 'town', 'dongyang', ['歌山']),
  p('twn-weishan', '巍山镇', 'town', 'dongyang', ['巍山']),
  p('twn-qianxiang', '千祥镇', 'town', 'dongyang', ['千祥']),
  p('lmk-luzhai', '卢宅', 'landmark', 'dongyang'),
];
const TABLE: AmbiguityTable = {
  花园: { places: ['vil-huayuan'], rule: 'needs-place-context' },
  歌山: { places: ['twn-geshan'], rule: 'needs-place-context' },
};
const PHRASES = ['大花园', '歌山画水', '浙江大学', '浙江工业大学'].map((phrase) => ({ phrase, why: 'test' }));
const DATA = { ambiguous: TABLE, phrases: PHRASES };
const linker = createLinker(PLACES, DATA);

/** "surface→id" for each mention, in order. */
const links = (text: string, l = linker) => l.link(text).map((m) => `${m.surface}→${m.placeId}`);

describe('leftmost-longest: the longer name hides the shorter one inside it', () => {
  it('东阳江 is the river, 义东高速 the road, 横店东磁 the company, 金华南 the station', () => {
    expect(links('东阳江穿城而过，东阳人叫它母亲河。')).toEqual(['东阳江→wtr-dongyangjiang', '东阳→dongyang']);
    expect(links('义东高速（东阳段）全线贯通。')).toEqual(['义东高速→trn-yidong', '东阳→dongyang']);
    expect(links('横店东磁年产锂电池，东磁“未来工厂”在横店。')).toEqual(['横店东磁→lmk-dmegc', '东磁→lmk-dmegc', '横店→twn-hengdian']);
    expect(links('金华南海铁路班列累计发送236列。')).toEqual(['金华南→trn-jinhuanan']);
  });

  it('a compass point used as a direction is not part of the name: 金华南部 is 金华', () => {
    expect(links('金华南部山区和金华南站')).toEqual(['金华→jinhua', '金华南站→trn-jinhuanan']);
  });

  it('reports UTF-16 offsets and the surface as written', () => {
    const [m] = linker.link('𠀋在东阳');
    expect(m).toEqual({ start: 3, end: 5, surface: '东阳', placeId: 'dongyang' });
  });
});

describe('one-character abbreviations are not places unless the gazetteer defines them', () => {
  it('东义同城化, 东磐一体化, 杭温, 甬金衢上 (上 is 上饶) link nothing of their own', () => {
    expect(links('实现东义同城化、东磐一体化。')).toEqual([]);
    expect(links('确保杭温高铁（东阳段）建成，甬金衢上高速（东阳段）有序推进。')).toEqual([
      '杭温高铁→trn-hangwen',
      '东阳→dongyang',
      '甬金衢上高速→trn-yongjinqushang',
      '东阳→dongyang',
    ]);
    expect(links('甬金衢上')).toEqual([]);
  });

  it('a one-character alias the gazetteer does define is linked', () => {
    const withShort = createLinker([...PLACES, p('ningbo', '宁波市', 'neighbour', null, ['甬'])], DATA);
    expect(links('甬金衢上', withShort)).toEqual(['甬→ningbo']);
  });
});

describe('short forms that are also words are decided by context (needs-place-context)', () => {
  it('花园 is the village in a list of places, not the metaphor 大花园 nor the company 花园科新制药', () => {
    expect(links('培育发展卢宅、横店、花园等地夜间经济。')).toEqual(['卢宅→lmk-luzhai', '横店→twn-hengdian', '花园→vil-huayuan']);
    expect(links('全域打造美丽大花园。')).toEqual([]);
    expect(links('走进南马镇花园科新制药年产8亿支高端吸入剂项目施工现场。')).toEqual(['南马镇→twn-nanma']);
    expect(links('浙江花园科新制药有限公司董事长说。')).toEqual(['浙江→zhejiang']);
    expect(links('一个花园。')).toEqual([]);
  });

  it('花园 right after its parent is the village (南马花园)', () => {
    expect(links('南马花园的夜市很热闹。')).toEqual(['南马→twn-nanma', '花园→vil-huayuan']);
  });

  it('one sense per document: once confirmed, 花园 is the village elsewhere in it, but never inside 大花园', () => {
    const [first, second, third] = linker.linkDocument(['卢宅、横店、花园等地发展夜间经济。', '花园的夜市最热闹。', '健全大花园建设推进机制。']);
    expect(first!.map((m) => m.surface)).toEqual(['卢宅', '横店', '花园']);
    expect(second!.map((m) => m.placeId)).toEqual(['vil-huayuan']);
    expect(third).toEqual([]);
    expect(linker.linkDocument(['花园的夜市最热闹。'])[0]).toEqual([]);
  });

  it('歌山 is the town with its anaphor (全镇) or in a list of towns, not in the slogan 歌山画水', () => {
    expect(links('歌山渔线产业依托完善的产业配套，全镇集聚渔具相关企业300余家。目前，歌山渔线产品占据全球55%的市场份额。')).toEqual([
      '歌山→twn-geshan',
      '歌山→twn-geshan',
    ]);
    expect(links('积极推动南马、巍山、歌山、千祥等中心镇产业集聚。')).toEqual(['南马→twn-nanma', '巍山→twn-weishan', '歌山→twn-geshan', '千祥→twn-qianxiang']);
    expect(links('以歌山画水为底色加快打造生态宜居城市')).toEqual([]);
    expect(links('“歌山画水”的新时代和美乡村全面建成。南马、巍山、歌山、千祥等中心镇。')).toEqual([
      '南马→twn-nanma',
      '巍山→twn-weishan',
      '歌山→twn-geshan',
      '千祥→twn-qianxiang',
    ]);
  });
});

describe('non-place phrases hide the place names inside them', () => {
  it('浙江大学 and 浙江工业大学 are universities, 浙江省委 is the province’s committee', () => {
    expect(links('深化与浙江大学、浙江工业大学等高校合作，落实浙江省委部署。')).toEqual(['浙江省→zhejiang']);
  });

  it('a gazetteer place with the same surface as a lexicon phrase wins', () => {
    const withUniversity = createLinker([...PLACES, p('lmk-zju', '浙江大学', 'landmark', 'zhejiang')], DATA);
    expect(links('在浙江大学', withUniversity)).toEqual(['浙江大学→lmk-zju']);
  });
});

describe('English names', () => {
  it('match case-insensitively on word boundaries, with or without a parenthetical qualifier', () => {
    expect(links('From DONGYANG to yiwu and Jinhua; Hengdian Town is south.')).toEqual([
      'DONGYANG→dongyang',
      'yiwu→yiwu',
      'Jinhua→jinhua',
      'Hengdian Town→twn-hengdian',
    ]);
    expect(links('Yiwuxyz and xYiwu and Yiwu2 are not names')).toEqual([]);
    expect(links('the Dongyang River flows; Jinhua (prefecture-level city) too')).toEqual(['Dongyang River→wtr-dongyangjiang', 'Jinhua (prefecture-level city)→jinhua']);
  });
});

describe('surfaces several places claim', () => {
  const twins = [...PLACES, p('twn-jiangbei-dy', '江北街道', 'town', 'dongyang', ['江北']), p('twn-jiangbei-yw', '江北下朱', 'village', 'yiwu', ['江北'])];

  it('are decided by context without a table entry (same-name): the one whose parent the document names, else none', () => {
    const sameName = createLinker(twins, DATA);
    expect(links('义乌的江北很热闹。', sameName)).toEqual(['义乌→yiwu', '江北→twn-jiangbei-yw']);
    expect(links('东阳的江北很热闹。', sameName)).toEqual(['东阳→dongyang', '江北→twn-jiangbei-dy']);
    expect(links('江北很热闹。', sameName)).toEqual([]);
  });

  it('an ambiguity entry must list every place claiming its surface, and not mark a name not-a-place', () => {
    expect(() => createLinker(twins, { ...DATA, ambiguous: { ...TABLE, 江北: { places: ['twn-jiangbei-dy'], rule: 'needs-place-context' } } })).toThrow(
      '"江北" is also claimed by twn-jiangbei-yw, which its ambiguity entry does not list',
    );
    expect(() => createLinker(PLACES, { ambiguous: { 东阳: { places: [], rule: 'not-a-place' } } })).toThrow('"东阳" is marked not-a-place but is a name or alias of dongyang');
    expect(() => createLinker(twins, DATA)).not.toThrow(LinkerConfigError);
  });

  it('parent-in-context: the place whose parent the document names; first-listed: the first', () => {
    const parentRule = createLinker(twins, { ...DATA, ambiguous: { ...TABLE, 江北: { places: ['twn-jiangbei-dy', 'twn-jiangbei-yw'], rule: 'parent-in-context' } } });
    expect(links('义乌的江北很热闹。', parentRule)).toEqual(['义乌→yiwu', '江北→twn-jiangbei-yw']);
    expect(links('东阳的江北很热闹。', parentRule)).toEqual(['东阳→dongyang', '江北→twn-jiangbei-dy']);
    expect(links('江北很热闹。', parentRule)).toEqual(['江北→twn-jiangbei-dy']);
    const firstRule = createLinker(twins, { ...DATA, ambiguous: { ...TABLE, 江北: { places: ['twn-jiangbei-yw', 'twn-jiangbei-dy'], rule: 'first-listed' } } });
    expect(links('东阳的江北很热闹。', firstRule)).toEqual(['东阳→dongyang', '江北→twn-jiangbei-yw']);
  });

  it('not-a-place entries block like the built-in lexicon', () => {
    const blocking = createLinker(PLACES, { ...DATA, ambiguous: { ...TABLE, 东阳人: { places: [], rule: 'not-a-place' } } });
    expect(links('东阳人在东阳', blocking)).toEqual(['东阳→dongyang']);
  });

  it('the rule names are exported for the build to check', () => {
    expect([...RULE_NAMES].sort()).toEqual(['first-listed', 'needs-place-context', 'not-a-place', 'parent-in-context']);
  });
});
