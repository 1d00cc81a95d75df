/**
 * Finds place names in a text that the gazetteer does not know, by the endings place names take in Chinese
 * (…市/县/区/镇/乡/街道/村, …高铁/铁路/高速/国道/机场, …公园/保护区/园区, …港/站 …). An ending is accounted
 * for when it lies inside a known surface (a gazetteer name or alias, or an excluded name), or inside one of the
 * ordinary words that merely contain such a character (城市, 市场, 乡村 …). Everything else is reported.
 */

/** Endings of place names, longest first so 园区 is read before 区 and 街道 before 道. */
export const PLACE_ENDINGS = [
  '轨道交通', '保护区', '产业园', '街道', '社区', '高铁', '铁路', '轻轨', '高速', '国道', '机场', '公园', '园区', '新区',
  '新城', '小镇', '景区', '水库', '大桥', '大道', '港', '站', '湖', '江', '山', '市', '县', '区', '镇', '乡', '村',
] as const;

/**
 * Ordinary words that contain a place ending but name no place, grouped by why. These are vocabulary, not
 * places; places that are deliberately left off the map go in the exclusion list instead.
 */
export const ORDINARY_WORDS: Array<{ why: string; words: string[] }> = [
  {
    why: '市 as "market", "city (in general)" or an office of the municipality',
    words: ['市场', '城市', '超市', '都市', '上市', '市民', '市委', '市政府', '市政协', '市政', '市人大', '市监委', '市法院', '市检察院', '市领导', '市内', '市级', '市域', '市区', '市镇村', '市、镇、村', '各县(市、区)', '入市', '拓市', '县市', '我市', '全市', '该市', '省市', '强市', '优市', '先行市', '示范市', '创新市', '均衡市', '县级市', '建市'],
  },
  { why: '县 in general terms (县城, 县委 …)', words: ['县城', '县委', '县政府', '县级', '县域', '县乡', '县管', '县主要', '县四套', '百县', '强县', '兴县', '富县', '立县', '山区县', '望县', '均衡县', '普惠县', '示范县', '26县', '该县', '小县'] },
  { why: '区 as "area, district" in general', words: ['地区', '区域', '区位', '城区', '镇区', '小区', '区段', '灌区', '排区'] },
  {
    // Named zones end in these words too (…新区, …园区, …示范区), so their generic uses are listed with the words
    // before them: an unknown “某某新区” is still reported.
    why: 'zones and designations named only generically, with their context',
    words: ['扛起新区', '省级新区', '激扬新区', '整个新区', '该园区', '示范园区', '电商园区', '主要产业园区', '现代产业园区', '、产业园区', '片区抱团', '片区组团', '发展片区', '共同富裕示范区', '清新空气示范区', '全域旅游示范区', '高质量发展示范区', '品质提升示范区', '高产粮食示范区', '乡村振兴示范区', '旅游度假区', '产业先行先试区', '综合实验区', '现代都市区', '第四大都市区', '的核心区', '科创湖区', '和自贸区'],
  },
  { why: '镇/乡/村 as "town(s)/countryside/village(s)" in general', words: ['乡镇', '城镇', '集镇', '镇街', '镇乡', '镇村', '一镇', '两镇', '中心镇', '小城镇', '镇域', '全镇', '乡村', '城乡', '下乡', '入乡', '归乡', '之乡', '三乡', '农村', '村集体', '村庄', '村落', '村内', '村社', '村域', '行政村', '强村', '弱村', '名村', '古村', '十佳村', '五美村', '重点村', '村村', '一村', '个村', '镇乡街道'] },
  { why: '社区 in general (未来社区 as a type, 社区矫正 …)', words: ['未来社区、', '智慧社区', '绿色社区', '居家社区', '社区矫正', '农村社区'] },
  { why: '站 as "post, stop, site" in general', words: ['工作站', '一站式', '站点', '入站', '实践站', '场站', '文化站', '文化驿站'] },
  { why: '山/江/湖/港 in idioms and general terms', words: ['山水', '山区', '山村', '山清', '山塘', '矿山', '青山', '金山', '银山', '两山', '远山', '一山', '河湖', '湖草', '两江', '港口', '“港”', '国际陆港枢纽', '景区、', '北部水库联网'] },
  { why: '高速/铁路/道 used as adjectives or categories', words: ['高速线缆', '高速钻孔', '高速传输', '高速、', '高速公路', '干线铁路', '市域铁路', '铁路、', '海铁路班列', '道路'] },
  { why: 'parks as types, unnamed', words: ['森林公园为主体', '影视产业园'] },
  { why: 'a person’s name (photographer)', words: ['王江红'] },
];

export interface UnknownPlaceName {
  /** Offset of the ending in the text. */
  at: number;
  ending: string;
  /** The ending with the characters before it, to read in a report. */
  context: string;
}

const NAME_CHAR = /[\p{Script=Han}0-9A-Za-z]/u;

/** Marks every character covered by a leftmost-longest match of `surfaces`. */
function coverage(text: string, surfaces: Iterable<string>): boolean[] {
  const byFirst = new Map<string, string[]>();
  for (const s of new Set(surfaces)) if (s) byFirst.set(s[0]!, [...(byFirst.get(s[0]!) ?? []), s]);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const covered = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; ) {
    const hit = byFirst.get(text[i]!)?.find((s) => text.startsWith(s, i));
    if (!hit) {
      i++;
      continue;
    }
    covered.fill(true, i, i + hit.length);
    i += hit.length;
  }
  return covered;
}

const ENDING_PATTERN = new RegExp(PLACE_ENDINGS.join('|'), 'g');

/**
 * The place-name endings in `text` that no known surface (gazetteer names and aliases plus excluded names)
 * and no ordinary word accounts for. An ending counts only after a name character: 港 on its own is no name.
 */
export function unknownPlaceNames(text: string, knownSurfaces: Iterable<string>): UnknownPlaceName[] {
  const covered = coverage(text, [...knownSurfaces, ...ORDINARY_WORDS.flatMap((g) => g.words)]);
  const found: UnknownPlaceName[] = [];
  const endings = [...text.matchAll(ENDING_PATTERN)];
  let chainStart = -1;
  endings.forEach((match, i) => {
    const at = match.index;
    const end = at + match[0].length;
    if (chainStart < 0) chainStart = at;
    if (endings[i + 1]?.index === end) return; // 长山|乡, 产业园|区: one name, reported once at its last ending
    const start = chainStart;
    chainStart = -1;
    if (start === 0 || !NAME_CHAR.test(text[start - 1]!)) return;
    if (covered.slice(start, end).every(Boolean)) return;
    found.push({ at, ending: match[0], context: text.slice(Math.max(0, start - 8), end) });
  });
  return found;
}
