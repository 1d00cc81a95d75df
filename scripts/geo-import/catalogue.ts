/**
 * The gazetteer's hand-curated knowledge: which source row stands for which place, official and English names,
 * the surface forms the five documents use, parents, and the status each document states. No coordinate is
 * written here; the importer takes every position from the source the placement names.
 *
 * Made from a reading of all five documents (every paragraph and caption), cross-checked against
 * /work/scratch/inventory.json. Document ids: see data/documents/*.meta.json.
 */
import type { PlaceKind, StatusStatement } from '../../src/lib/geo/types.ts';
import type { CatalogueEntry, PointRef } from './catalogue-types.ts';

const D = {
  sixue: 'dongyang-sixue-sizheng',
  duibiao: 'dongyang-duibiao-yiwu',
  wuyi: 'wuyi-duibiao-bipin',
  jinyi: 'jinyi-xinqu-gan',
  fyp: 'dongyang-14th-fyp-proposal',
} as const;

const said = (document: string, quote: string, status: StatusStatement['status']): StatusStatement => ({ document, quote, status });

// ── Administrative boundaries (Amap fences) ────────────────────────────────────────────────────────────────────

export interface BoundaryDef {
  adcode: string;
  id: string;
  name: string;
  name_en: string;
}

/** Context: the province, named in the documents as 浙江 / 浙江省 (浙江省委 …). */
export const PROVINCE: BoundaryDef = { adcode: '330000', id: 'zhejiang', name: '浙江省', name_en: 'Zhejiang Province' };

export const PREFECTURE: BoundaryDef = { adcode: '330700', id: 'jinhua', name: '金华市', name_en: 'Jinhua' };

export const COUNTIES: BoundaryDef[] = [
  { adcode: '330702', id: 'wucheng', name: '婺城区', name_en: 'Wucheng District' },
  { adcode: '330703', id: 'jindong', name: '金东区', name_en: 'Jindong District' },
  { adcode: '330723', id: 'wuyi', name: '武义县', name_en: 'Wuyi County' },
  { adcode: '330726', id: 'pujiang', name: '浦江县', name_en: 'Pujiang County' },
  { adcode: '330727', id: 'panan', name: '磐安县', name_en: "Pan'an County" },
  { adcode: '330781', id: 'lanxi', name: '兰溪市', name_en: 'Lanxi' },
  { adcode: '330782', id: 'yiwu', name: '义乌市', name_en: 'Yiwu' },
  { adcode: '330783', id: 'dongyang', name: '东阳市', name_en: 'Dongyang' },
  { adcode: '330784', id: 'yongkang', name: '永康市', name_en: 'Yongkang' },
];

export const NEIGHBOURS: BoundaryDef[] = [
  { adcode: '330100', id: 'hangzhou', name: '杭州市', name_en: 'Hangzhou' },
  { adcode: '330600', id: 'shaoxing', name: '绍兴市', name_en: 'Shaoxing' },
  { adcode: '331000', id: 'taizhou', name: '台州市', name_en: 'Taizhou' },
  { adcode: '331100', id: 'lishui', name: '丽水市', name_en: 'Lishui' },
  { adcode: '330800', id: 'quzhou', name: '衢州市', name_en: 'Quzhou' },
];

// ── Seat points other entries stand at ─────────────────────────────────────────────────────────────────────────

/** A county's Amap centre (its csv row), the sourced point for anything the documents only place "in 东阳" etc. */
const seatOf = (countyId: string): PointRef => {
  const county = COUNTIES.find((c) => c.id === countyId);
  if (!county) throw new Error(`catalogue: no county "${countyId}"`);
  return { adcode: `${county.adcode}000000` };
};
/** The prefecture's Amap centre (330700.csv). */
const JINHUA: PointRef = { adcode: '330700000000' };
const DONGYANG = seatOf('dongyang');
const JINDONG = seatOf('jindong');
const WUYI = seatOf('wuyi');
const YIWU = seatOf('yiwu');

/** What the 金义新区 article (jinyi-xinqu-gan) implies for everything it names without a place. */
const IN_JINYI_NEW_AREA =
  'The 金义新区 article names it as part of 金义新区 without a site; 金义新区 is administered together with 金东区, so it stands at 金东区’s seat.';
const IN_DONGYANG = 'The documents place it in 东阳 and give no site, so it stands at 东阳市’s seat.';

/** An entry no source locates: it stands, approximate, at the sourced point of the place the documents put it in. */
function standsAt(kind: PlaceKind, id: string, name: string, name_en: string, parent: string, ref: PointRef, why: string, more: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return { id, kind, name, name_en, parent, placement: { from: 'at', ref, why }, ...more };
}

// ── Towns, townships and streets (镇/乡/街道) named in the documents ──────────────────────────────────────────

const town = (id: string, code: string, name: string, name_en: string, parent: string, aliases: string[] = []): CatalogueEntry => ({
  id,
  kind: 'town',
  subkind: name.endsWith('街道') ? 'subdistrict' : name.endsWith('乡') ? 'township' : 'town',
  name,
  name_en,
  aliases,
  parent,
  placement: { from: 'seat', code },
  adcode: code,
});

const TOWNS: CatalogueEntry[] = [
  town('twn-hengdian', '330783123000', '横店镇', 'Hengdian Town', 'dongyang', ['横店']),
  town('twn-nanma', '330783118000', '南马镇', 'Nanma Town', 'dongyang', ['南马']),
  town('twn-geshan', '330783108000', '歌山镇', 'Geshan Town', 'dongyang', ['歌山']),
  town('twn-weishan', '330783106000', '巍山镇', 'Weishan Town', 'dongyang', ['巍山']),
  town('twn-qianxiang', '330783116000', '千祥镇', 'Qianxiang Town', 'dongyang', ['千祥']),
  town('twn-mazhai', '330783114000', '马宅镇', 'Mazhai Town', 'dongyang', ['马宅']),
  town('twn-sandan', '330783201000', '三单乡', 'Sandan Township', 'dongyang'),
  town('twn-chengdong', '330783006000', '城东街道', 'Chengdong Subdistrict', 'dongyang'),
  town('twn-liushi', '330783007000', '六石街道', 'Liushi Subdistrict', 'dongyang'),
  town('twn-nanshi', '330783003000', '南市街道', 'Nanshi Subdistrict', 'dongyang'),
  town('twn-jiangbei', '330783005000', '江北街道', 'Jiangbei Subdistrict', 'dongyang', ['江北']),
  town('twn-wuning', '330783001000', '吴宁街道', 'Wuning Subdistrict', 'dongyang'),
  town('twn-baiyun', '330783004000', '白云街道', 'Baiyun Subdistrict', 'dongyang'),
  town('twn-lipu', '330703104000', '澧浦镇', 'Lipu Town', 'jindong', ['澧浦']),
  town('twn-xiaoshun', '330703101000', '孝顺镇', 'Xiaoshun Town', 'jindong'),
];

// ── Villages and communities (村/社区) ───────────────────────────────────────────────────────────────────────────

const VILLAGES: CatalogueEntry[] = [
  {
    id: 'vil-huayuan',
    kind: 'village',
    name: '花园村',
    name_en: 'Huayuan Village',
    aliases: ['花园'],
    parent: 'twn-nanma',
    placement: { from: 'seat', code: '330783118307' },
    adcode: '330783118307',
  },
  {
    id: 'vil-cailu',
    kind: 'village',
    name: '蔡卢村',
    name_en: 'Cailu Village',
    // The official 2016 list writes 蔡卢村; the village itself writes 寀卢 (寀卢经验); the documents also print 菜卢村 and 家卢村.
    aliases: ['寀卢村', '寀卢', '菜卢村', '家卢村'],
    parent: 'twn-chengdong',
    placement: { from: 'at', ref: { adcode: '330783006000' }, why: 'The documents put it in 城东街道 (“东阳市城东街道菜卢村”); the village row (330783006207) has no point.' },
    adcode: '330783006207',
  },
  {
    id: 'vil-guanqiao',
    kind: 'village',
    name: '官桥村',
    name_en: 'Guanqiao Village',
    parent: 'twn-hengdian',
    placement: { from: 'at', ref: { place: 'twn-hengdian' }, why: 'The document says “横店镇官桥村”; no source has a point for the village.' },
    note: 'Conflict: the 2016 official list has a 官桥村 under 南马镇 (330783118204), the document puts it in 横店镇; the document is followed.',
  },
  {
    id: 'vil-sandan',
    kind: 'village',
    name: '三单村',
    name_en: 'Sandan Village',
    parent: 'twn-sandan',
    placement: { from: 'at', ref: { place: 'twn-sandan' }, why: 'The village row (330783201227, 三单乡) has no point.' },
    adcode: '330783201227',
  },
  {
    id: 'vil-lizhai',
    kind: 'village',
    name: '李宅社区',
    name_en: 'Lizhai Community',
    aliases: ['李宅'],
    parent: 'twn-chengdong',
    placement: { from: 'at', ref: { place: 'twn-chengdong' }, why: 'The plan names the old village 李宅 beside 卢宅 and 北后周; the official list has it as 李宅社区 in 城东街道 (330783006002), with no point.' },
    adcode: '330783006002',
  },
  {
    id: 'vil-beihouzhou',
    kind: 'village',
    name: '北后周村',
    name_en: 'Beihouzhou Village',
    aliases: ['北后周'],
    parent: 'twn-liushi',
    placement: { from: 'at', ref: { place: 'twn-liushi' }, why: 'The official list has it in 六石街道 (330783007230), with no point.' },
    adcode: '330783007230',
  },
  {
    id: 'vil-houchen',
    kind: 'village',
    name: '后陈村',
    name_en: 'Houchen Village',
    aliases: ['后陈'],
    parent: 'wuyi',
    placement: {
      from: 'at',
      ref: WUYI,
      why: 'The 武义 article names it only as the origin of the “后陈经验”. The official list has it in 白洋街道 (330723001244), but neither the village nor 白洋街道 has a point in the source.',
    },
    adcode: '330723001244',
  },
];

// ── Districts and platforms ─────────────────────────────────────────────────────────────────────────────────────

const DISTRICTS: CatalogueEntry[] = [
  {
    id: 'dst-jinyi-new-area',
    kind: 'district',
    subkind: 'new-area',
    name: '金义新区',
    name_en: 'Jinyi New Area',
    parent: 'jinhua',
    placement: {
      from: 'at',
      ref: JINDONG,
      why: '金义新区 is administered together with 金东区 (the article reports its strategy from 金东区委’s plenary session); no source has its extent, so it stands at 金东区’s seat.',
    },
  },
  {
    id: 'dst-ftz-jinyi',
    kind: 'district',
    subkind: 'free-trade-zone',
    name: '中国（浙江）自由贸易试验区金义片区',
    name_en: 'Jinyi Area, China (Zhejiang) Pilot Free Trade Zone',
    aliases: ['浙江自贸区金义片区', '金义片区', '自贸试验区'],
    parent: 'jinhua',
    placement: { from: 'at', ref: JINDONG, why: `${IN_JINYI_NEW_AREA} (The article calls 自贸试验区 one of 金义新区’s two main platforms.)` },
  },
  {
    id: 'dst-dongyang-linked-ftz',
    kind: 'district',
    subkind: 'free-trade-zone',
    name: '浙江自贸区金义片区东阳联动创新区',
    name_en: 'Dongyang Linked Innovation Zone of the Zhejiang FTZ Jinyi Area',
    aliases: ['浙江自贸区金义片区东阳联动新区', '联动创新区'],
    parent: 'dongyang',
    placement: { from: 'at', ref: DONGYANG, why: IN_DONGYANG },
  },
  {
    id: 'dst-jinyi-metro',
    kind: 'district',
    subkind: 'metropolitan-area',
    name: '金义都市区',
    name_en: 'Jinhua–Yiwu Metropolitan Area',
    parent: 'jinhua',
    placement: {
      from: 'termini',
      refs: [JINHUA, YIWU],
      why: 'A metropolitan area named after its two cores, 金华 and 义乌 (“贯穿金义都市区黄金主轴”); no source has its extent, so it is shown by the seats of those two cores.',
    },
  },
  {
    id: 'dst-zhezhong-corridor',
    kind: 'district',
    subkind: 'corridor',
    name: '浙中科创走廊',
    name_en: 'Central Zhejiang Science and Innovation Corridor',
    parent: 'jinhua',
    placement: { from: 'at', ref: JINHUA, why: 'A policy corridor across central Zhejiang (浙中) that 东阳 “融入”; no source has its extent, so it stands at 金华市’s seat.' },
  },
  {
    id: 'dst-hengdian-axis',
    kind: 'district',
    subkind: 'corridor',
    name: '横店“影视+”发展轴',
    name_en: 'Hengdian “Film+” Development Axis',
    parent: 'dongyang',
    placement: {
      from: 'termini',
      refs: [{ place: 'twn-hengdian' }, { place: 'twn-nanma' }, { place: 'twn-chengdong' }, { place: 'twn-liushi' }, { place: 'twn-nanshi' }],
      why: 'An axis the document describes by the towns it links (“串联起横店镇、南马镇2个中心镇，以及城东街道、六石街道、南市街道等7个协同镇街”); it is shown by the seats of the five it names, not joined by a line.',
    },
  },
  {
    id: 'dst-beixiang-belt',
    kind: 'district',
    subkind: 'industrial-belt',
    name: '北乡产业带',
    name_en: 'Beixiang (Northern) Industrial Belt',
    parent: 'dongyang',
    placement: { from: 'at', ref: DONGYANG, why: 'A planning belt along 东阳江 (“以东阳江为主轴的北乡产业带”), which has no line in any source either. The point stands only for “in 东阳”.' },
  },
  {
    id: 'dst-nanxiang-belt',
    kind: 'district',
    subkind: 'industrial-belt',
    name: '南乡产业带',
    name_en: 'Nanxiang (Southern) Industrial Belt',
    parent: 'dongyang',
    placement: { from: 'at', ref: DONGYANG, why: 'A planning belt along 南江 (“以南江为主轴的南乡产业带”), which has no line in any source either. The point stands only for “in 东阳”.' },
  },
  {
    id: 'dst-hsr-new-town',
    kind: 'district',
    subkind: 'new-town',
    name: '高铁新城',
    name_en: 'Dongyang High-Speed Rail New Town',
    parent: 'dongyang',
    placement: { from: 'at', ref: DONGYANG, why: 'The 东阳 plan names it as one of 东阳’s three cores (城区、横店、高铁新城) without a site.' },
  },
];

// ── Landmarks ───────────────────────────────────────────────────────────────────────────────────────────────────

const landmarkIn = (id: string, name: string, name_en: string, parent: string, ref: PointRef, why: string, aliases: string[] = []) =>
  standsAt('landmark', id, name, name_en, parent, ref, why, { aliases });

const LANDMARKS: CatalogueEntry[] = [
  {
    id: 'lmk-luzhai',
    kind: 'landmark',
    subkind: 'heritage',
    name: '卢宅',
    name_en: 'Lu Residence (Luzhai)',
    aliases: ['卢宅景区'],
    parent: 'twn-wuning',
    placement: { from: 'scouted', name_zh: '东阳卢宅', quality: 'surveyed-point' },
  },
  landmarkIn('lmk-big-luzhai', '大卢宅文化休闲区', 'Greater Luzhai Culture and Leisure Area', 'twn-wuning', { place: 'lmk-luzhai' }, 'Named after 卢宅 and not located otherwise, so it stands at 卢宅’s point.'),
  landmarkIn('lmk-boshi-bridge', '东阳博士大桥', 'Dongyang Boshi Bridge', 'dongyang', DONGYANG, 'Named only in a photo caption; no source has the bridge.'),
  {
    id: 'lmk-yiwu-trade-city',
    kind: 'landmark',
    subkind: 'market',
    name: '义乌国际商贸城',
    name_en: 'Yiwu International Trade City',
    parent: 'yiwu',
    placement: { from: 'scouted', name_zh: '义乌国际商贸城', quality: 'surveyed-point' },
  },
  landmarkIn('lmk-yiwu-expo', '义乌国际博览中心', 'Yiwu International Expo Center', 'yiwu', YIWU, 'The 武义 article names it as the venue of its 义乌 event; no source has its site (the metro stop 会展中心 is in 东阳, not here).', ['义乌市国际博览中心']),
  landmarkIn('lmk-qianwan-hall', '浙江省“千万工程”展示馆', 'Zhejiang “Thousand Villages” Project Exhibition Hall', 'vil-huayuan', { place: 'vil-huayuan' }, 'The caption says it is in 花园村 (“位于花园村的浙江省“千万工程”展示馆”).', ['“千万工程”展示馆']),
  {
    id: 'lmk-woodcarving-town',
    kind: 'landmark',
    name: '东阳木雕小镇',
    name_en: 'Dongyang Woodcarving Town',
    aliases: ['木雕小镇'],
    parent: 'dongyang',
    placement: {
      from: 'at',
      ref: { place: 'stn-jyd-mudiaocheng' },
      why: 'No source has the town. It stands at the 金义东 stop 木雕城, which serves 中国木雕城 beside it (places-scouted proxy; that the town lies at this stop is not verified).',
    },
  },
  landmarkIn('lmk-huayuan-mahogany-town', '花园红木家居小镇', 'Huayuan Mahogany Furniture Town', 'vil-huayuan', { place: 'vil-huayuan' }, 'Named after 花园村 and not located otherwise.'),
  landmarkIn('lmk-hengdian-smart-studio', '横店智能摄影棚', 'Hengdian Smart Film Studio', 'twn-hengdian', { place: 'twn-hengdian' }, 'Named after 横店 in a photo caption; no site given.'),
  landmarkIn('lmk-dmegc', '横店东磁', 'DMEGC (Hengdian Group DMEGC Magnetics)', 'twn-hengdian', { place: 'twn-hengdian' }, 'A company named after 横店 (its “未来工厂” is pictured); the documents give no site.', ['东磁']),
  landmarkIn('lmk-dy-gov-service', '东阳市政务服务中心', 'Dongyang Government Service Center', 'dongyang', DONGYANG, IN_DONGYANG),
  landmarkIn('lmk-jd-admin-service', '金东区行政服务中心', 'Jindong District Administrative Service Center', 'jindong', JINDONG, 'Named without a site; it stands at 金东区’s seat.'),
  landmarkIn('lmk-lipu-party-centre', '澧浦镇党群服务中心', 'Lipu Town Party and Public Service Center', 'twn-lipu', { place: 'twn-lipu' }, 'The town’s own service centre; it stands at 澧浦镇’s seat.'),
  landmarkIn('lmk-zhezhong-building-market', '浙中建材市场', 'Zhezhong Building Materials Market', 'jindong', JINDONG, IN_JINYI_NEW_AREA),
  landmarkIn('lmk-dy-peoples-hospital', '东阳市人民医院', "Dongyang People's Hospital", 'dongyang', DONGYANG, 'The documents name it as 东阳’s 市人民医院 without a site.', ['市人民医院', '人民医院']),
  landmarkIn('lmk-dy-tcm-hospital', '东阳市中医院', 'Dongyang Hospital of Traditional Chinese Medicine', 'dongyang', DONGYANG, 'The document names it as 东阳’s 市中医院 without a site.', ['市中医院']),
  landmarkIn('lmk-guangsha-univ', '浙江广厦建设职业技术大学', 'Zhejiang Guangsha Vocational and Technical University of Construction', 'dongyang', DONGYANG, IN_DONGYANG),
  landmarkIn('lmk-wmu-dongyang', '温州医科大学东阳校区', 'Wenzhou Medical University, Dongyang Campus', 'dongyang', DONGYANG, IN_DONGYANG),
  landmarkIn('lmk-hengdian-film-academy', '横店电影学院', 'Hengdian Film Academy', 'twn-hengdian', { place: 'twn-hengdian' }, 'Named after 横店; no site given.'),
  landmarkIn('lmk-hengdian-film-college', '横店影视职业学院', 'Hengdian College of Film and Television', 'twn-hengdian', { place: 'twn-hengdian' }, 'Named after 横店; no site given.'),
  landmarkIn('lmk-dongyang-high-school', '东阳中学', 'Dongyang High School', 'dongyang', DONGYANG, IN_DONGYANG),
];

// ── Parks, nature and water ─────────────────────────────────────────────────────────────────────────────────────

const natureIn = (id: string, kind: 'park' | 'water', name: string, name_en: string, parent: string, ref: PointRef, why: string, aliases: string[] = []) =>
  standsAt(kind, id, name, name_en, parent, ref, why, { aliases });

const NO_PARK_SOURCE = 'No source has its extent or a point';

const NATURE: CatalogueEntry[] = [
  natureIn('prk-nanshan-nfp', 'park', '南山国家森林公园', 'Nanshan National Forest Park', 'dongyang', DONGYANG, `${NO_PARK_SOURCE}; the 东阳 plan lists it among 东阳’s newly approved protected areas.`),
  natureIn('prk-dyj-wetland', 'park', '东阳江省级湿地公园', 'Dongyang River Provincial Wetland Park', 'dongyang', DONGYANG, `${NO_PARK_SOURCE}; the 东阳 plan lists it among 东阳’s newly approved protected areas.`),
  natureIn('prk-dongjiangyuan-nr', 'park', '东江源省级自然保护区', 'Dongjiangyuan Provincial Nature Reserve', 'dongyang', DONGYANG, `${NO_PARK_SOURCE}; the 东阳 plan lists it among 东阳’s newly approved protected areas.`),
  natureIn('prk-dadoushan-flight-camp', 'park', '大斗山飞行营地', 'Dadoushan Flight Camp', 'wuyi', WUYI, `${NO_PARK_SOURCE} (not in OurAirports); the caption names it as 武义’s.`, ['武义大斗山飞行营地']),
  natureIn('prk-dyj-riverside', 'park', '东阳江滨景观带', 'Dongyang Riverside Landscape Belt', 'dongyang', DONGYANG, 'Named only in a photo caption; no source has the river front.'),
  natureIn('prk-cailu-shared-fields', 'park', '寀卢村共享田园', 'Cailu Village Shared Fields', 'vil-cailu', { place: 'vil-cailu' }, 'The village’s fields (caption “东阳市城东街道菜卢村共享田园”; “千亩共享田园” in the 寀卢 paragraph); they stand at the village’s point.', ['共享田园']),
  natureIn('prk-qingqiucui', 'park', '晴丘翠', 'Qingqiucui (Jinyi Lake scene)', 'jindong', JINDONG, `A scene opened in 金义湖科技创新策源地. ${IN_JINYI_NEW_AREA}`),
  natureIn('prk-qiufenggang', 'park', '秋枫港', 'Qiufenggang (Jinyi Lake scene)', 'jindong', JINDONG, `A scene opened in 金义湖科技创新策源地. ${IN_JINYI_NEW_AREA}`),
  natureIn('prk-qiminggu', 'park', '启明谷', 'Qiminggu (Jinyi Lake scene)', 'jindong', JINDONG, `A scene opened in 金义湖科技创新策源地. ${IN_JINYI_NEW_AREA}`),
  {
    id: 'prk-dongbaishan',
    kind: 'park',
    subkind: 'mountain',
    name: '东白山',
    name_en: 'Dongbai Mountain',
    parent: 'dongyang',
    placement: { from: 'scouted', name_zh: '东白山 太白峰（低可信度）', quality: 'approximate' },
    note: 'The documents never write 东白山: they name the “东白” brand and 东白文博旅游度假城 after it.',
  },
  natureIn('wtr-dongyangjiang', 'water', '东阳江', 'Dongyang River', 'dongyang', DONGYANG, 'A river: no source has its line (Natural Earth 10m and the 1:4M layer lack it). The point stands only for “in 东阳”, where the plan makes it the axis of the 北乡产业带.'),
  natureIn('wtr-nanjiang', 'water', '南江', 'Nan River', 'dongyang', DONGYANG, 'A river: no source has its line (Natural Earth 10m and the 1:4M layer lack it). The point stands only for “in 东阳”, where the plan makes it the axis of the 南乡产业带.'),
  natureIn('wtr-hengjin-reservoir', 'water', '横锦水库', 'Hengjin Reservoir', 'dongyang', { adcode: '330783110000' }, 'No source has the reservoir. It is named after 横锦村, which the official list has in 东阳江镇 (330783110222, no point), so it stands at 东阳江镇’s seat.'),
  natureIn('wtr-dayuan-reservoir', 'water', '大源水库', 'Dayuan Reservoir', 'dongyang', DONGYANG, `No source has the reservoir. ${IN_DONGYANG}`),
  natureIn('wtr-jinyi-lake', 'water', '金义湖', 'Jinyi Lake', 'jindong', JINDONG, `No source has the lake. ${IN_JINYI_NEW_AREA}`),
];

// ── Transport ───────────────────────────────────────────────────────────────────────────────────────────────────

const RAIL_WORKS_2021 = '完成杭温高铁、金甬铁路、金义东轻轨东阳段等重大工程';
const RAIL_PLANS_2021 = '推进沪绍金高铁、杭丽高铁、金台铁路东阳段等重大项目前期';
const TRAFFIC_2024 =
  '力争横店通用机场改扩建工程完工，确保杭温高铁（东阳段）建成，义东高速（东阳段）全线贯通，351国道马宅至江北段全线开工，甬金衢上高速（东阳段）有序推进';
const ROADS_2021 = '积极推进义东高速、甬金衢上高速东阳段建设';
const CORRIDOR_NODES = '串联起义乌国际商贸城、义乌国际陆港、金义综合保税区、华东联运新城';

const TRANSPORT: CatalogueEntry[] = [
  {
    id: 'trn-hangwen-hsr',
    kind: 'transport',
    subkind: 'high-speed-railway',
    name: '杭温高速铁路',
    name_en: 'Hangzhou–Wenzhou High-Speed Railway',
    aliases: ['杭温高铁'],
    parent: 'jinhua',
    placement: { from: 'station-chain', name_zh: '杭温高铁（桐庐东—楠溪江段，含金华境内浦江/义乌/横店/磐安）' },
    status: [said(D.sixue, TRAFFIC_2024, 'under-construction'), said(D.fyp, RAIL_WORKS_2021, 'under-construction')],
  },
  {
    id: 'trn-yongjin-rail',
    kind: 'transport',
    subkind: 'railway',
    name: '甬金铁路',
    name_en: 'Ningbo–Jinhua Railway',
    aliases: ['金甬铁路'],
    parent: 'jinhua',
    placement: { from: 'station-chain', name_zh: '甬金铁路（义乌—溪口段）' },
    status: [said(D.fyp, RAIL_WORKS_2021, 'under-construction')],
  },
  standsAt('transport', 'trn-yongjin-freight-spur', '甬金铁路货运专用线', 'Ningbo–Jinhua Railway freight spur (Dongyang)', 'dongyang',
    DONGYANG, 'The document names the spur with 东阳’s logistics projects; no source has its line or junction.',
    { subkind: 'railway-spur', status: [said(D.sixue, '加快推进浙江自贸区金义片区东阳联动创新区、甬金铁路货运专用线建设', 'under-construction')] }),
  {
    id: 'trn-jinyidong',
    kind: 'transport',
    subkind: 'metro',
    name: '金义东市域轨道交通',
    name_en: 'Jinhua–Yiwu–Dongyang Metro Line (Jinyidong Line)',
    aliases: ['金义东轻轨'],
    parent: 'jinhua',
    placement: { from: 'track', name_zh: ['金义东线·金义段（金华站—秦塘）', '金义东线·义东段（义乌高铁站—秦塘—横店明清宫）'] },
    status: [said(D.fyp, RAIL_WORKS_2021, 'under-construction')],
  },
  standsAt('transport', 'trn-hushaojin-hsr', '沪绍金高铁', 'Shanghai–Shaoxing–Jinhua High-Speed Railway (planned)', 'dongyang',
    DONGYANG, 'A planned line with no published alignment in any source; the plan names it among 东阳’s pre-project works.',
    { subkind: 'high-speed-railway', status: [said(D.fyp, RAIL_PLANS_2021, 'planned')] }),
  standsAt('transport', 'trn-hangli-hsr', '杭丽高铁', 'Hangzhou–Lishui High-Speed Railway (planned)', 'dongyang',
    DONGYANG, 'A planned line with no published alignment in any source; the plan names it among 东阳’s pre-project works.',
    { subkind: 'high-speed-railway', status: [said(D.fyp, RAIL_PLANS_2021, 'planned')] }),
  {
    id: 'trn-jintai-rail',
    kind: 'transport',
    subkind: 'railway',
    name: '金台铁路',
    name_en: 'Jinhua–Taizhou Railway',
    parent: 'jinhua',
    placement: { from: 'station-chain', name_zh: '金台铁路（武义东—仙居南段，推定）' },
    note: 'Which OSM stations belong to the line is inferred, not verified; the 东阳 section the plan names is planned and has no geometry.',
    status: [said(D.fyp, RAIL_PLANS_2021, 'planned')],
  },
  {
    id: 'trn-hengdian-airport',
    kind: 'transport',
    subkind: 'airport',
    name: '横店通用机场',
    name_en: 'Hengdian General Aviation Airport',
    parent: 'twn-hengdian',
    placement: { from: 'airport', ident: 'CN-0238' },
    status: [
      said(D.sixue, '力争横店通用机场改扩建工程完工', 'under-construction'),
      said(D.fyp, '依托横店通用机场平台', 'in-operation'),
      said(D.fyp, '加快横店通用机场转型升级', 'planned'),
    ],
  },
  {
    id: 'trn-yidong-expwy',
    kind: 'transport',
    subkind: 'expressway',
    name: '义东高速公路',
    name_en: 'Yiwu–Dongyang Expressway (S45)',
    aliases: ['义东高速'],
    parent: 'jinhua',
    placement: {
      from: 'toll-stations',
      ids: ['toll-金华-53', 'toll-金华-60', 'toll-金华-66', 'toll-金华-64', 'toll-金华-74', 'toll-金华-86', 'toll-金华-71', 'toll-金华-76', 'toll-金华-75', 'toll-金华-73'],
    },
    status: [said(D.sixue, TRAFFIC_2024, 'under-construction'), said(D.fyp, ROADS_2021, 'under-construction')],
  },
  {
    id: 'trn-yongjinqushang-expwy',
    kind: 'transport',
    subkind: 'expressway',
    name: '甬金衢上高速公路',
    name_en: 'Ningbo–Jinhua–Quzhou–Shangrao Expressway',
    aliases: ['甬金衢上高速'],
    parent: 'jinhua',
    placement: { from: 'toll-stations', ids: ['toll-金华-107', 'toll-金华-87', 'toll-金华-3', 'toll-金华-10'] },
    note: 'These are its stations west and south of 金华 city; the 东阳 section the documents discuss has no sourced point.',
    status: [said(D.sixue, TRAFFIC_2024, 'under-construction'), said(D.fyp, ROADS_2021, 'under-construction')],
  },
  {
    id: 'trn-g351',
    kind: 'transport',
    subkind: 'national-road',
    // Named as the documents write the road, so the section's ends (马宅, 江北) stay mentions of their towns.
    name: '351国道',
    name_en: 'G351 National Road (Mazhai–Jiangbei section)',
    parent: 'dongyang',
    placement: {
      from: 'termini',
      refs: [{ place: 'twn-mazhai' }, { place: 'twn-jiangbei' }],
      why: 'Known only by its termini (“351国道马宅至江北段”): no source has the road, so its two ends stand at the seats of 马宅镇 and 江北街道, not joined by a line.',
    },
    status: [said(D.sixue, TRAFFIC_2024, 'planned')],
  },
  {
    id: 'trn-jinyi-central-ave',
    kind: 'transport',
    subkind: 'road',
    name: '金义中央大道',
    name_en: 'Jinyi Central Avenue',
    parent: 'jinhua',
    placement: {
      from: 'termini',
      refs: [JINDONG, YIWU],
      why: 'Known only by what it links (“串联起了金义新区和义乌两地”): no source has the road, so its ends stand at the seats of 金东区 (for 金义新区) and 义乌市, not joined by a line.',
    },
    status: [said(D.jinyi, '一条金义中央大道，串联起了金义新区和义乌两地的经济社会的融合发展', 'in-operation')],
  },
  standsAt('transport', 'trn-yiwu-land-port', '义乌国际陆港', 'Yiwu International Land Port', 'yiwu',
    YIWU, 'Named as a node along 金义中央大道 in 义乌; no source has its extent.',
    { subkind: 'logistics', status: [said(D.jinyi, CORRIDOR_NODES, 'in-operation')] }),
  standsAt('transport', 'trn-jinyi-bonded-zone', '金义综合保税区', 'Jinyi Comprehensive Bonded Zone', 'jindong',
    JINDONG, IN_JINYI_NEW_AREA,
    { subkind: 'logistics', status: [said(D.jinyi, CORRIDOR_NODES, 'in-operation')] }),
  standsAt('transport', 'trn-huadong-intermodal', '华东联运新城', 'East China Intermodal New City', 'jindong',
    JINDONG, `Named as a node along 金义中央大道 in the 金义新区 article, without a county. ${IN_JINYI_NEW_AREA}`,
    { subkind: 'logistics', status: [said(D.jinyi, CORRIDOR_NODES, 'in-operation')] }),
  standsAt('transport', 'trn-dy-land-port-park', '东阳国际陆港物流园', 'Dongyang International Land Port Logistics Park', 'dongyang',
    DONGYANG, IN_DONGYANG,
    { subkind: 'logistics', status: [said(D.sixue, '着力打造东阳国际陆港物流园', 'planned')] }),
  standsAt('transport', 'trn-dy-dry-port', '东阳无水港', 'Dongyang Dry Port', 'dongyang',
    DONGYANG, IN_DONGYANG,
    { subkind: 'logistics', status: [said(D.fyp, '加强东阳“无水港”与义甬舟开放大通道的合作', 'unknown')], aliases: ['无水港'] }),
  standsAt('transport', 'trn-cr-express-jindong', '浙江中欧班列金东平台', 'Zhejiang China–Europe Railway Express, Jindong platform', 'jindong',
    JINDONG, 'Named after 金东 in the 金义新区 article; no source has its terminal.',
    { subkind: 'logistics', status: [said(D.jinyi, '今年1—5月，浙江中欧班列金东平台共发送227列', 'in-operation')] }),
  standsAt('transport', 'trn-yiyongzhou-corridor', '义甬舟开放大通道', 'Yiwu–Ningbo–Zhoushan Open Corridor', 'yiwu',
    YIWU, 'A provincial trade corridor from 义乌 to 宁波 and 舟山 (义·甬·舟); only its 义乌 end lies on the map, so it stands at 义乌市’s seat.',
    { subkind: 'corridor', status: [said(D.fyp, '“一带一路”和义甬舟开放大通道重要支点功能不断增强', 'in-operation')] }),
  standsAt('transport', 'trn-hsr-new-town-hub', '高铁新城交通枢纽', 'High-Speed Rail New Town Transport Hub', 'dongyang',
    { place: 'dst-hsr-new-town' }, 'The hub of 高铁新城, which has no site of its own in any source.',
    { subkind: 'hub', status: [said(D.fyp, '加快推进高铁新城交通枢纽和槐堂未来社区建设', 'under-construction')] }),
];

// ── Stations: the nodes the station chains run through (rail-globe / OSM) and the 金义东 stops (Just-Go / OSM) ──

const station = (id: string, name: string, name_en: string, nameZh: string, lines: string[], aliases: string[] = []): CatalogueEntry => ({
  id,
  kind: 'transport',
  subkind: 'station',
  name,
  name_en,
  aliases,
  placement: { from: 'scouted', name_zh: nameZh, quality: 'surveyed-point' },
  lines,
});

export const RAIL_STATIONS: CatalogueEntry[] = [
  station('stn-pujiang', '浦江站', 'Pujiang Station', '浦江站', ['trn-hangwen-hsr']),
  station('stn-yiwu', '义乌站', 'Yiwu Station', '义乌站', ['trn-hangwen-hsr', 'trn-yongjin-rail']),
  station('stn-hengdian', '横店站', 'Hengdian Station', '横店站', ['trn-hangwen-hsr']),
  station('stn-panan', '磐安站', "Pan'an Station", '磐安站', ['trn-hangwen-hsr']),
  station('stn-suxi', '苏溪站', 'Suxi Station', '苏溪站', ['trn-yongjin-rail']),
  station('stn-dongyangbei', '东阳北站', 'Dongyang North Station', '东阳北站', ['trn-yongjin-rail']),
  station('stn-wuyidong', '武义东站', 'Wuyi East Station', '武义东站', ['trn-jintai-rail']),
  station('stn-yongkangdong', '永康东站', 'Yongkang East Station', '永康东站', ['trn-jintai-rail']),
  station('stn-pananan', '磐安南站', "Pan'an South Station", '磐安南站', ['trn-jintai-rail']),
  {
    ...station('trn-jinhuanan-station', '金华南站', 'Jinhua South Station', '金华南站', ['trn-jinyidong'], ['金华南']),
    status: [said(D.jinyi, '金华南海铁路班列累计发送236列', 'in-operation')],
  },
];

/** The 金义东 stop that shares its name (and site) with the rail station above is represented by that station. */
export const METRO_STOPS_MERGED_INTO_RAIL = new Map([['金华南站', 'trn-jinhuanan-station']]);
export const METRO_STATION_PREFIX = '金义东线 ';

// ── Projects ────────────────────────────────────────────────────────────────────────────────────────────────────

const project = (id: string, name: string, name_en: string, parent: string, ref: PointRef, why: string, status: StatusStatement[], aliases: string[] = []) =>
  standsAt('project', id, name, name_en, parent, ref, why, { status, aliases });

const HENGDIAN: PointRef = { place: 'twn-hengdian' };
const FEBRUARY_LIST =
  '东阳市计算机科普中心建设项目、科睿斯半导体科技（东阳）有限公司高端载板项目（一期）、横店东磁年产6吉瓦时高性能锂电池项目……今年2月，全省“千项万亿”重大项目集中开工投产投运活动中';
const FIVE_PLATFORMS = '联动推动江岭高新智造区、东孝贸创区、东涓未来区、胡思零碳产业园、金磐产业飞地五大特色平台突破蝶变';
const THREE_CENTRES = '建设东阳工艺美术文创休闲城、横店影视文创娱乐城、东白文博旅游度假城等三大产业集聚中心';
const URBAN_CENTRES = '打造吴宁文旅中心、白云商贸中心、江北科创中心';
const LIUGE = '东阳经济开发区生命健康产业园六歌园区';

const PROJECTS: CatalogueEntry[] = [
  project('prj-corise-substrate', '科睿斯半导体科技（东阳）有限公司高端载板项目（一期）', 'Corise Semiconductor (Dongyang) high-end substrate project, phase 1', 'dongyang', DONGYANG, IN_DONGYANG, [
    said(D.sixue, FEBRUARY_LIST, 'unknown'),
    said(D.duibiao, '科睿斯半导体科技(东阳)有限公司生产车间内，高速钻孔设备全速运转', 'in-operation'),
  ], ['科睿斯半导体科技(东阳)有限公司', '科睿斯']),
  project('prj-dmegc-battery', '横店东磁年产6吉瓦时高性能锂电池项目', 'DMEGC 6 GWh high-performance lithium battery project', 'twn-hengdian', HENGDIAN, 'The company is named after 横店; the document gives no site.', [said(D.sixue, FEBRUARY_LIST, 'unknown')]),
  project('prj-dy-computer-sci-centre', '东阳市计算机科普中心建设项目', 'Dongyang Computer Science Popularisation Center project', 'dongyang', DONGYANG, IN_DONGYANG, [said(D.sixue, FEBRUARY_LIST, 'unknown')]),
  project('prj-new-materials-platform', '新材料“万亩千亿”产业平台', 'New Materials “10,000 mu, 100 billion” industrial platform', 'dongyang', DONGYANG, IN_DONGYANG, [
    said(D.sixue, '加快推进新材料“万亩千亿”产业平台、新能源产业园等“3+2”高能级产业平台建设', 'under-construction'),
    said(D.fyp, '争创省级“万亩千亿”新产业平台', 'proposed'),
  ], ['“万亩千亿”新产业平台']),
  project('prj-new-energy-park', '新能源产业园', 'New Energy Industrial Park (Dongyang)', 'dongyang', DONGYANG, IN_DONGYANG, [
    said(D.sixue, '加快推进新材料“万亩千亿”产业平台、新能源产业园等“3+2”高能级产业平台建设', 'under-construction'),
  ]),
  project('prj-dy-sci-tech-city', '东阳科技城', 'Dongyang Science and Technology City', 'dongyang', DONGYANG, IN_DONGYANG, [said(D.sixue, '加快建设东阳科技城', 'under-construction')]),
  project('prj-dy-edz', '东阳经济开发区', 'Dongyang Economic Development Zone', 'dongyang', DONGYANG, `No source has its extent. ${IN_DONGYANG}`, [
    said(D.duibiao, '作为东阳经济开发区重点项目的项目专员', 'in-operation'),
    said(D.fyp, '围绕经济开发区主平台', 'in-operation'),
  ], ['经济开发区']),
  project('prj-life-health-park', '生命健康产业园', 'Life and Health Industrial Park (Dongyang EDZ)', 'dongyang', DONGYANG, `Part of 东阳经济开发区 (“${LIUGE}”), which has no site either. ${IN_DONGYANG}`, [
    said(D.fyp, '加快磁性产业平台和生命健康产业园建设', 'under-construction'),
  ]),
  project('prj-liuge-park', '六歌园区', 'Liuge Park (Dongyang EDZ)', 'dongyang', DONGYANG, `Part of 东阳经济开发区 (“${LIUGE}”), which has no site either. ${IN_DONGYANG}`, [
    said(D.duibiao, '现有4个项目顺利投产', 'in-operation'),
    said(D.duibiao, '另有7个项目正在加紧建设', 'under-construction'),
  ]),
  project('prj-funuo-api', '孚诺医药年产200吨原料药建设项目', 'Funuo Pharmaceutical 200 t/yr API project', 'dongyang', DONGYANG, `In 六歌园区 (“${LIUGE}”), which has no site. ${IN_DONGYANG}`, [
    said(D.duibiao, '孚诺医药年产200吨原料药建设项目土建工程基本完工', 'under-construction'),
  ], ['孚诺医药']),
  project('prj-keguan-pvdc', '科冠聚合物年产3万吨PVDC药包乳项目', 'Keguan Polymer 30,000 t/yr PVDC pharmaceutical packaging project', 'dongyang', DONGYANG, `In 六歌园区 (“${LIUGE}”), which has no site. ${IN_DONGYANG}`, [
    said(D.duibiao, '科冠聚合物年产3万吨PVDC药包乳项目已完成全楼结构封顶，目前正在开展设备招标', 'under-construction'),
  ]),
  project('prj-huayuan-kexin-inhaler', '花园科新制药年产8亿支高端吸入剂项目', 'Huayuan Kexin Pharmaceutical 800 million/yr inhaler project', 'twn-nanma', { place: 'twn-nanma' }, 'The document puts it in 南马镇 (“走进南马镇花园科新制药…”), without a site.', [
    said(D.duibiao, '走进南马镇花园科新制药年产8亿支高端吸入剂项目施工现场，只见塔吊林立，工人抢抓节点推进主体施工', 'under-construction'),
  ], ['浙江花园科新制药有限公司']),
  project('prj-linqi-36', '林栖三十六院', 'Linqi Thirty-Six Courtyards', 'vil-sandan', { place: 'vil-sandan' }, 'The document puts it in 三单村 (“项目所在地三单村”), which has no point of its own.', [
    said(D.duibiao, '林栖三十六院“共富工坊”项目通过盘活闲置农房', 'in-operation'),
  ]),
  project('prj-hengdian-intl-film-innov', '横店国际影视文化创新中心', 'Hengdian International Film and Culture Innovation Center', 'twn-hengdian', HENGDIAN, 'Named after 横店; no site given.', [
    said(D.sixue, '大力推进横店国际影视文化创新中心建设', 'under-construction'),
  ]),
  project('prj-hengdian-film-cluster', '横店影视文化产业集聚区', 'Hengdian Film and Culture Industry Cluster', 'twn-hengdian', HENGDIAN, 'Named after 横店; no extent in any source.', [
    said(D.fyp, '横店影视文化产业集聚区获批设立', 'completed'),
    said(D.fyp, '深化横店影视文化产业集聚区建设', 'in-operation'),
  ]),
  project('prj-iqiyi-centre', '爱奇艺文娱中心', 'iQIYI Entertainment Center (Hengdian)', 'twn-hengdian', HENGDIAN, 'Listed among the projects of the 横店 film cluster; no site given.', [
    said(D.fyp, '加快影视产业园、大型外景基地、爱奇艺文娱中心、满天星影视产业工作园等重点项目建设', 'under-construction'),
  ]),
  project('prj-mantianxing-park', '满天星影视产业工作园', 'Mantianxing Film Industry Workpark (Hengdian)', 'twn-hengdian', HENGDIAN, 'Listed among the projects of the 横店 film cluster; no site given.', [
    said(D.fyp, '加快影视产业园、大型外景基地、爱奇艺文娱中心、满天星影视产业工作园等重点项目建设', 'under-construction'),
  ]),
  project('prj-construction-tech-park', '建筑科技产业园', 'Construction Technology Industrial Park', 'dongyang', DONGYANG, IN_DONGYANG, [
    said(D.fyp, '加快推进建筑科技产业园、建筑科技研究院建设', 'under-construction'),
  ]),
  project('prj-magnetic-platform', '磁性产业平台', 'Magnetic Materials Industry Platform', 'dongyang', DONGYANG, IN_DONGYANG, [
    said(D.fyp, '加快磁性产业平台和生命健康产业园建设', 'under-construction'),
  ]),
  project('prj-dy-crafts-city', '东阳工艺美术文创休闲城', 'Dongyang Arts and Crafts Creative Leisure City', 'dongyang', DONGYANG, IN_DONGYANG, [said(D.fyp, THREE_CENTRES, 'planned')]),
  project('prj-hengdian-ent-city', '横店影视文创娱乐城', 'Hengdian Film Creative Entertainment City', 'twn-hengdian', HENGDIAN, 'Named after 横店; no site given.', [said(D.fyp, THREE_CENTRES, 'planned')]),
  project('prj-dongbai-resort-city', '东白文博旅游度假城', 'Dongbai Culture and Tourism Resort City', 'dongyang', DONGYANG, IN_DONGYANG, [said(D.fyp, THREE_CENTRES, 'planned')]),
  project('prj-huaitang-future-community', '槐堂未来社区', 'Huaitang Future Community', 'twn-nanshi', { place: 'twn-nanshi' }, 'Named after 槐堂村, which the official list has in 南市街道 (330783003304, no point).', [
    said(D.fyp, '加快推进高铁新城交通枢纽和槐堂未来社区建设', 'under-construction'),
  ]),
  project('prj-wuning-centre', '吴宁文旅中心', 'Wuning Culture and Tourism Center', 'twn-wuning', { place: 'twn-wuning' }, 'Named after 吴宁街道; a planned centre with no site.', [said(D.fyp, URBAN_CENTRES, 'planned')]),
  project('prj-baiyun-centre', '白云商贸中心', 'Baiyun Commerce Center', 'twn-baiyun', { place: 'twn-baiyun' }, 'Named after 白云街道; a planned centre with no site.', [said(D.fyp, URBAN_CENTRES, 'planned')]),
  project('prj-jiangbei-centre', '江北科创中心', 'Jiangbei Science and Innovation Center', 'twn-jiangbei', { place: 'twn-jiangbei' }, 'Named after 江北街道; a planned centre with no site.', [said(D.fyp, URBAN_CENTRES, 'planned')]),
  project('prj-runyou-quartz', '润优高纯石英项目', 'Runyou high-purity quartz project', 'wuyi', WUYI, 'The 武义 article names it without a site.', [
    said(D.wuyi, '润优高纯石英项目“快谈、快判、快落”,项目从初次对接到首条生产线投产仅用时7个月', 'in-operation'),
  ]),
  project('prj-jinwu-dev-centre', '金武新城发展中心(一期)项目', 'Jinwu New Town Development Center, phase 1', 'wuyi', WUYI, 'The 武义 article pictures it without a site.', [
    said(D.wuyi, '金武新城发展中心(一期)项目 主楼封顶仪式现场', 'under-construction'),
  ]),
  project('prj-runma-pv', '润马光能项目', 'Runma photovoltaic project', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [
    said(D.jinyi, '润马光能生产线上，机械臂上下翻飞，生产开足马力', 'in-operation'),
  ], ['润马光能']),
  project('prj-husi-zero-carbon', '孝顺胡思零碳产业园', 'Xiaoshun Husi Zero-Carbon Industrial Park', 'twn-xiaoshun', { place: 'twn-xiaoshun' }, 'Named after 孝顺镇 and its village 胡思村 (330703101257, no point).', [
    said(D.jinyi, '孝顺胡思零碳产业园新的4个超亿元项目，从供地到结顶仅用时10个月，预计三季度将投产', 'under-construction'),
  ], ['胡思零碳产业园']),
  project('prj-huachuang-ev', '浙江华创新能源商用车项目', 'Zhejiang Huachuang new-energy commercial vehicle project', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [
    said(D.jinyi, '如今，华创商用车的研发室，上百人的研发团队正在进行新能源车零部件研发', 'in-operation'),
  ], ['华创商用车']),
  project('prj-xintai-steel', '鑫泰特钢项目', 'Xintai special steel project', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [
    said(D.jinyi, '通过成功破解浙中建材市场破产重整、鑫泰特钢项目盘活等十方面问题', 'unknown'),
  ]),
  project('prj-jiangling-zone', '江岭高新智造区', 'Jiangling High-Tech Manufacturing Zone', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [said(D.jinyi, FIVE_PLATFORMS, 'under-construction')]),
  project('prj-dongxiao-zone', '东孝贸创区', 'Dongxiao Trade and Innovation Zone', 'jindong', { adcode: '330703002000' }, 'Named after 东孝街道 (金东区, 330703002000) and not located otherwise, so it stands at that street’s seat.', [
    said(D.jinyi, FIVE_PLATFORMS, 'under-construction'),
  ]),
  project('prj-dongjuan-zone', '东涓未来区', 'Dongjuan Future Zone', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [said(D.jinyi, FIVE_PLATFORMS, 'under-construction')]),
  project('prj-jinpan-enclave', '金磐产业飞地', "Jinhua–Pan'an Industrial Enclave", 'jindong', JINDONG, IN_JINYI_NEW_AREA, [said(D.jinyi, FIVE_PLATFORMS, 'under-construction')]),
  project('prj-jinyi-lake-innov', '金义湖科技创新策源地', 'Jinyi Lake Science and Innovation Hub', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [
    said(D.jinyi, '金义湖科技创新策源地全面拉开施工作业面', 'under-construction'),
    said(D.jinyi, '晴丘翠、秋枫港、启明谷等场景相继开园', 'completed'),
  ]),
  project('prj-longxin-park', '浙江龙芯智慧产业园', 'Zhejiang Loongson Smart Industrial Park', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [
    said(D.jinyi, '浙江龙芯智慧产业园聚集了40多家信创企业以及物联网设计企业', 'in-operation'),
  ]),
  project('prj-2km-cosmetics-belt', '两公里彩妆产业带', 'Two-Kilometre Cosmetics Industry Belt', 'jindong', JINDONG, IN_JINYI_NEW_AREA, [
    said(D.jinyi, '“两公里彩妆产业带”全面成势', 'in-operation'),
  ]),
  project('prj-hengdian-airport-zone', '横店空港经济区', 'Hengdian Airport Economic Zone', 'twn-hengdian', { place: 'trn-hengdian-airport' }, 'The plan builds it on 横店通用机场 (“依托横店通用机场平台…打造横店空港经济区”), so it stands at the airport.', [
    said(D.fyp, '依托横店通用机场平台,加快发展通用航空及基础配套产业,打造横店空港经济区', 'planned'),
    said(D.fyp, '积极推进跨境电商园、横店空港建设', 'planned'),
  ], ['横店空港']),
  project('prj-shuirun-dongyang', '水润东阳', 'Water for Dongyang programme', 'dongyang', DONGYANG, `A city-wide water-supply programme with no single site. ${IN_DONGYANG}`, [
    said(D.sixue, '加快建设“水润东阳”、公共卫生中心等重大民生项目', 'under-construction'),
    said(D.fyp, '谋划推进北部水库联网、水润东阳城(水源部分)', 'planned'),
  ]),
  project('prj-chair-museum', '中国椅子博物馆', 'China Chair Museum', 'dongyang', DONGYANG, IN_DONGYANG, [
    said(D.fyp, '规划建设新博物馆、新图书馆、科技馆、档案馆(二期)、竹工艺博物馆和中国椅子博物馆', 'planned'),
  ]),
  project('prj-bamboo-museum', '竹工艺博物馆', 'Bamboo Crafts Museum', 'dongyang', DONGYANG, IN_DONGYANG, [
    said(D.fyp, '规划建设新博物馆、新图书馆、科技馆、档案馆(二期)、竹工艺博物馆和中国椅子博物馆', 'planned'),
  ]),
];

/** Every catalogue entry that is not a boundary or a 金义东 stop (those are generated from their sources). */
export const CATALOGUE: CatalogueEntry[] = [...TOWNS, ...VILLAGES, ...DISTRICTS, ...LANDMARKS, ...NATURE, ...TRANSPORT, ...RAIL_STATIONS, ...PROJECTS];

/** Short forms of the province, prefecture and county-level names the documents use (浙江, 东阳, 义乌 …) are added by the importer. */
export function shortName(name: string): string {
  return name.length > 2 ? name.replace(/[省市县区]$/, '') : name;
}
