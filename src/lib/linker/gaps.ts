/**
 * Candidate place names the linker did not resolve, found by the shapes place names take in Chinese: a short
 * proper name followed by a type word (横锦水库, 城东街道, 花园村, 东阳江, 351国道). Whoever adds a document runs
 * `npm run gaps` to see what the gazetteer lacks. It over-reports on purpose (a person reads the list); generic
 * words that take the same shape (全市, 城乡, 特色小镇) are filtered out.
 */

/**
 * Type words of sites and landmarks (scenic areas, temples, old towns, museums): they end a proper name that may
 * begin with a place's name a few characters before them (诸葛 + 八卦 + 村, 赤松 + 黄大仙 + 宫, 横店 + 影视城).
 */
export const SITE_WORDS = [
  '风景名胜区', '风景区', '景区', '旅游区', '度假区', '影视城', '古镇', '古村', '古街', '博物馆', '纪念馆', '遗址', '公园', '广场', '茶场', '飞机场', '机场',
  '宫', '寺', '庙', '观', '祠', '塔', '村',
];
/**
 * Type words that end place names (the site words among them), longest first. The linker reads the same list: a
 * place's short form followed by one of them is the beginning of a longer name the gazetteer lacks (武义 + 江,
 * 兰溪 + 经济开发区), not that place.
 */
export const TYPE_WORDS = [...new Set([
  ...SITE_WORDS,
  '经济开发区', '工业园区', '国际机场', '保护区', '产业园', '开发区', '高新区', '工业园', '工业区', '街道', '大道', '社区', '水库', '公园', '大桥', '高铁', '铁路', '高速', '国道', '机场', '园区', '小镇', '景区',
  '新城', '新区', '片区', '湿地', '省', '市', '县', '区', '镇', '乡', '村', '江', '溪', '河', '湖', '山', '岛', '港', '站', '街', '路',
])].sort((a, b) => b.length - a.length);
/**
 * Where the name to the left of a type word begins: after punctuation, a function word or the last character of a
 * common verb (推进|横锦水库, 依托|木雕小镇, 确保|杭温高铁).
 */
const BOUNDARY = /[^\u3400-\u9fff]|[的在和与及等至到从向对把将为是于了以并或、进保成托施建强快起划造设推入地据]/;

/** Words that begin with a type word (市场, 乡村, 区域, 高速发展): there it does not end a name. */
const TYPE_LED_WORDS = new Set([
  '市场', '市民', '市级', '市域', '市内', '市区', '市县', '乡村', '乡镇', '乡贤', '镇街', '镇域', '镇乡', '区域', '区位', '区段', '区县', '县域',
  '县级', '县城', '县市', '省级', '省市', '村民', '村集', '村落', '村庄', '村社', '村级', '村内', '江南', '山水', '山区', '山塘', '湖区', '港口',
  '站点', '岛屿', '街头', '街区', '街巷', '路径', '路线', '路网', '路面', '路上', '河流', '河道', '湖泊', '高速发展', '高速增长', '高速度', '区块',
  '观光', '观念', '观察', '观点', '观看', '观众', '观赏', '宫殿', '庙会', '塔吊',
]);
/**
 * Words by the code unit they begin with, longest first: the linker looks words up after many of its candidates, by
 * code unit (no one-character string made per look).
 */
const byFirst = (words: Iterable<string>) => {
  const map = new Map<number, string[]>();
  for (const w of words) map.set(w.charCodeAt(0), [...(map.get(w.charCodeAt(0)) ?? []), w]);
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
};
/** The first (longest) of `byCode`'s words that `text` has at `at`. */
function wordAt(text: string, at: number, byCode: ReadonlyMap<number, string[]>): string | undefined {
  const words = byCode.get(text.charCodeAt(at));
  if (words) for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}
const TYPE_WORDS_BY_FIRST = byFirst(TYPE_WORDS);
const TYPE_LED_BY_FIRST = byFirst(TYPE_LED_WORDS);
const typeLedAt = (text: string, at: number) => wordAt(text, at, TYPE_LED_BY_FIRST) !== undefined;

/** The type word that begins at `at` (longest), unless it begins an ordinary word there (市场, 山区). */
export function typeWordAt(text: string, at: number): string | undefined {
  return typeLedAt(text, at) ? undefined : wordAt(text, at, TYPE_WORDS_BY_FIRST);
}

const SITE_WORDS_BY_FIRST = byFirst(SITE_WORDS);
/** Characters a site word begins with: a cheap pre-check for `siteNameAhead`. */
export const SITE_WORD_FIRST = new Set(SITE_WORDS.map((w) => w[0]!));
/** At most this many characters between a place's name and a site word that ends a longer name beginning with it. */
export const MAX_INFIX = 4;

/**
 * `text` (what follows a place's name) continues it into a longer proper name ending in a site word: 1 to
 * `limit` characters of a name (no function word, punctuation, type word or ordinary word led by one between)
 * and then the site word (八卦 + 村, 黄大仙 + 宫, 古 + 茶场). `limit` stops the look before the next name found.
 */
export function siteNameAhead(text: string, limit = MAX_INFIX): boolean {
  for (let at = 1; at <= Math.min(limit, MAX_INFIX) && at < text.length; at++) {
    if (BOUNDARY.test(text[at - 1]!) || typeLedAt(text, at - 1) || wordAt(text, at - 1, TYPE_WORDS_BY_FIRST) !== undefined) return false;
    if (wordAt(text, at, SITE_WORDS_BY_FIRST) !== undefined && !typeLedAt(text, at)) return true;
  }
  return false;
}

/** Ordinary words that end like a place name; a candidate ending in one of them is not reported. */
const GENERIC_ENDINGS = [
  '全市', '全省', '全县', '全区', '全镇', '全村', '本市', '我市', '县市', '城乡', '乡村', '农村', '下乡', '归乡', '乡镇', '镇乡', '集镇', '之乡',
  '小县', '超市', '驿站', '工作站', '实践站', '强市', '强县', '兴县', '富县', '立县', '建市', '特色小镇', '美丽乡村', '小城市', '中心镇', '重点村',
  '行政村', '弱村', '未来社区', '智慧社区', '绿色社区', '产业园区', '美丽城镇', '示范区', '集聚区', '自贸区', '保税区', '试验区', '风景区',
  '核心区', '功能区', '都市区', '创新区', '县级市', '城市', '中心城区', '主城区', '城镇', '示范市', '示范县', '均衡县', '山区县', '镇乡街道', '农村社区',
  // Roads and ways as figures of speech and as categories (发展之路, 转变思路, 城市道路), not a named road.
  '道路', '之路', '思路', '发展新路', '一带一路', '高速公路', '干线铁路', '市域铁路', '国省',
  // Titles and designations a city or county earns (营商环境创新市, 现代化先行市), and general areas (城区, 小区).
  '创新市', '先行市', '均衡市', '优市', '上市', '市区', '小区', '镇街', '省级新区', '示范园区', '电商园区', '实验区', '发展片区',
  '旅游度假区', '居家社区', '场站', '文化站', '价值观', '绿水青山', '金山银山', '山水林田湖',
];
/** Ordinary words that also end real names (金义新区, 六歌园区): not reported on their own only. */
const GENERIC_NAMES = new Set(['市区', '新区', '园区', '山区', '开发区']);
/** Characters a proper name does not end in before a one-character type word (该县, 列入省, 召开县委). */
const NOT_NAME_END = /[全该本各我每其入选届开动实升落归下半强兴富立建召锚推进到在于为]/;

export interface Gap {
  name: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
}

/**
 * Candidates in `text` that no linked mention covers. `covered` are the [start, end) ranges of the mentions (and of
 * anything else already accounted for); a candidate overlapping one is not reported.
 */
export function findGaps(text: string, covered: ReadonlyArray<readonly [number, number]>, maxCore = 4): Gap[] {
  const gaps: Gap[] = [];
  const overlaps = (s: number, e: number) => covered.some(([cs, ce]) => s < ce && cs < e);
  const boundaryAt = (i: number) => BOUNDARY.test(text[i] ?? ' ') || covered.some(([, ce]) => ce === i + 1) || gaps.at(-1)?.end === i + 1;
  for (let end = 1; end <= text.length; end++) {
    const word = TYPE_WORDS.find((w) => text.startsWith(w, end - w.length));
    if (!word) continue;
    const typeStart = end - word.length;
    if (typeLedAt(text, typeStart) || typeWordAt(text, typeStart) !== word) continue; // 城东街|道 is read at 街道
    let start = typeStart;
    while (start > 0 && typeStart - start < maxCore && !boundaryAt(start - 1)) start--;
    const name = text.slice(start, end);
    const core = typeStart - start;
    if (core < 2 || overlaps(start, end)) continue;
    if (GENERIC_NAMES.has(name) || GENERIC_ENDINGS.some((w) => name.endsWith(w)) || (word.length === 1 && NOT_NAME_END.test(text[typeStart - 1]!))) continue;
    gaps.push({ name, start, end });
  }
  return gaps;
}
