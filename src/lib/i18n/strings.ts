import type { GeometryQuality, PlaceKind } from '../geo/types.ts';
import type { BasemapId } from '../map/basemaps.ts';
import type { Status } from '../places/status.ts';
import type { TransportMode } from '../places/transport.ts';

export const LANGS = ['zh', 'en'] as const;

/** The longest value a message echoes from a link or an attribute; a longer one is cut, and marked so. */
export const ECHO_MAX = 40;

/**
 * A value from outside (a link's parameter, an embed attribute) as a message quotes it: at most ECHO_MAX characters
 * (whole code points, never half a surrogate pair), then "…". A link can carry 100,000 characters; the notice
 * that says it was ignored should still fit the screen.
 */
export function clipped(value: string, max = ECHO_MAX): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}
export type Lang = (typeof LANGS)[number];

const ZH_STATUS = {
  unknown: '未说明',
  proposed: '提出',
  planned: '规划',
  'under-construction': '在建',
  completed: '建成',
  'in-operation': '运营',
} satisfies Record<Status, string>;
const EN_STATUS = {
  unknown: 'Not stated',
  proposed: 'Proposed',
  planned: 'Planned',
  'under-construction': 'Under construction',
  completed: 'Completed',
  'in-operation': 'In operation',
} satisfies Record<Status, string>;

const zh = {
  htmlLang: 'zh-Hans',
  appTitle: '金华文献地图',
  appSubtitle: '在地图上读五篇关于金华的文献',
  loading: '正在加载…',
  loadError: (detail: string) => `数据加载失败：${detail}`,
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  dismiss: '知道了',

  searchLabel: '搜索地点或原文',
  searchPlaceholder: '地名、拼音或原文，如 横店 / hengdian',
  searchPlaces: '地点',
  searchPassages: '原文',
  searchNothing: (q: string) => `没有找到“${q}”。可以输入地名的一部分、拼音（如 hengdian）或英文名，或放宽筛选。`,
  /** `exact` false: the passage count is an upper bound (a long query's candidates are not all checked). */
  searchHiddenByFilters: (n: number, exact = true) => `另有${exact ? '' : '至多'} ${n} 条被当前筛选隐藏`,
  searchPassageTotal: (n: number, exact: boolean) => (exact ? `${n}` : `至多 ${n}`),
  searchMorePassages: (n: number, exact: boolean) => `还有${exact ? '' : '至多'} ${n} 段`,
  searchResultCount: (places: number, passages: number, exact = true) => `${places} 个地点，${exact ? '' : '至多 '}${passages} 段原文`,
  searchSearching: '正在搜索原文…',
  searchFailed: '原文搜索暂时不可用，请稍后再试。',

  tabLayers: '图层',
  tabPlaces: '地点',
  tabDocuments: '文献',
  sidebarLabel: '图层、地点与文献',
  skipToMap: '跳到地图',
  skipToList: '跳到地点与文献列表',
  skipToReader: '跳到全文',
  showSidebar: '地点 · 文献',
  hideSidebar: '收起',
  raiseSheet: '展开面板',
  lowerSheet: '收起面板',

  kind: {
    province: '省',
    prefecture: '地级市',
    county: '县市区',
    district: '功能区',
    neighbour: '邻近地市',
    town: '乡镇街道',
    village: '村社区',
    park: '公园景区',
    water: '水系',
    landmark: '地标',
    transport: '交通',
    project: '项目',
  } satisfies Record<PlaceKind, string>,
  mode: { rail: '铁路', expressway: '高速公路', road: '道路', other: '交通设施' } satisfies Record<TransportMode, string>,
  quality: {
    boundary: '行政边界',
    track: '实际线位',
    'surveyed-point': '精确位置',
    'seat-point': '驻地位置（代表整个区域）',
    'station-chain': '示意线：按车站顺序连线',
    'endpoints-only': '仅知端点',
    approximate: '近似位置',
    unlocated: '具体位置未知',
  } satisfies Record<GeometryQuality, string>,
  status: ZH_STATUS,

  legendShading: '县市区底色：提及它的段落数',
  legendShadingOneDocument: '县市区底色：本文提及它的段落数',
  legendShadingNone: '未提及',
  legendMost: (n: number) => `${n} 段`,
  legendSymbols: '线与点的画法',
  legendUnbuilt: '虚线：规划或在建',
  legendApproximate: '空心点：近似位置',
  legendStationChain: '柔边线：按车站连线的示意线',
  kindCount: (n: number) => `${n}`,
  kindToggleLabel: (kind: string, n: number) => `${kind}，文献提及 ${n} 处`,
  kindCountsNote: (oneDocument: boolean): string => (oneDocument ? '数字：本文提及的地点数' : '数字：文献提及的地点数'),
  basemap: '底图',
  basemapName: { offline: '离线底图（内置）', openfreemap: 'OpenFreeMap（在线）', tianditu: '天地图（在线）' } satisfies Record<BasemapId, string>,
  basemapOnlineNotice: '在线底图从外部服务器加载图块；离线底图无需网络。',
  basemapNeedsKey: '天地图需要访问密钥，本站构建时未配置。',
  basemapFailed: (name: string) => `无法连接${name}，已切换回离线底图。`,

  placesFilterNote: (n: number, total: number) => `显示 ${n} / ${total} 处（按图层、文献与县市区筛选）`,
  placesEmpty: '当前筛选下没有地点。',
  passageCount: (n: number) => `${n} 段`,
  listGroupCount: (named: number, total: number) => (named === total ? `${total} 处` : `${total} 处，文献提及 ${named} 处`),
  countyFilterLabel: '县市区',
  countyAll: '全部县市区',
  documentStats: (places: number, passages: number) => `${places} 个地点 · ${passages} 段`,
  openDocument: '阅读全文',
  undated: '未注明日期',

  close: '关闭',
  partOf: '所属',
  location: '位置',
  source: '来源与说明（英文）',
  sourceInOtherLanguage: '来源说明（英文）',
  statusHeading: '文献所述进展',
  namedDirectly: (n: number) => `直接提及 · ${n} 段`,
  inside: (places: number, passages: number) => `辖区内地点 · ${places} 处，${passages} 段`,
  insideShowAll: (n: number) => `显示全部 ${n} 处`,
  morePassages: (total: number) => `再显示一页（共 ${total} 段）`,
  earlierPassages: '显示前面的段落',
  moreDocuments: (rest: number) => `再显示更多文献（还有 ${rest} 篇）`,
  yearRange: '按年份',
  fromYear: '从',
  toYear: '到',
  anyYear: '不限',
  noDocumentsInYears: '这几年没有文献（未注明日期的文献不在其中）。',
  noDocuments: '还没有文献。',
  passagesInDocument: (n: number) => `本文 ${n} 段提及`,
  moreOfPassage: (rest: number) => `继续显示本段（还有 ${rest} 字）`,
  insideFilterLabel: '按名称筛选辖区内地点',
  insideFilterPlaceholder: '筛选地名（中文、拼音或英文）',
  insideNoMatch: (query: string) => `没有名称含“${query}”的地点。`,
  placeCount: (n: number) => `${n} 处`,
  noPassages: '文献中没有直接提到此地。',
  showContext: '上下文',
  hideContext: '收起上下文',
  readInDocument: '在全文中阅读',

  readerLabel: '文献全文',
  closeReader: '关闭全文',
  onlyThisDocument: '地图上只显示本文提到的地点',
  readerMentions: (places: number, mentions: number) => `${places} 个地点，${mentions} 处提及`,
  previousMention: '上一处',
  nextMention: '下一处',
  statusPer: (status: Status, year: string | null) => `据${year ? ` ${year} 年` : '未注明日期的'}文献：${ZH_STATUS[status]}`,
  undatedStatements: '以下文献未注明日期，先后无法排定：',
  mapHoverInText: (name: string, total: number, above: number, below: number) =>
    total === 0
      ? `本文没有提到${name}`
      : above + below === 0
        ? `${name}：本文 ${total} 处，都在屏幕内`
        : `${name}：本文 ${total} 处，屏幕外 ${above + below} 处（上方 ${above}，下方 ${below}）`,
  offscreenPlace: (name: string) => `${name}在地图视野外，箭头指向它`,

  mapLabel: '金华市地图：点击地名查看提到它的段落',
  mapUnavailable: (detail: string) => `此浏览器无法显示地图（${detail}）。地名列表、搜索和文献仍可使用。`,
  andOthersHere: (n: number) => `同一位置另有 ${n} 处，点击后可在详情中查看`,
  alsoHere: (n: number) => `同一位置还有 ${n} 处`,
  alsoHereNote: '这些地点只能定位到同一点（近似位置）。',
  /** Outermost first: 东阳市, 横店镇 → 位于东阳市横店镇. */
  locatedIn: (names: string[]) => `位于${names.join('')}`,
  shownAsArea: (name: string) => `地图上高亮的是${name}的范围，不是它的具体位置。`,
  shownAsSeat: (name: string) => `地图上圈出的是${name}的驻地，不是它的具体位置。`,
  unlocatedInside: '位置未知',
  mapAttribution: '边界：高德地图（经 Vonng/adcode，CC BY 4.0）；地点来源见各地点详情',
  unknownPlace: (id: string) => `找不到地点“${clipped(id)}”，已显示默认视图。`,
  unknownDocument: (id: string) => `找不到文献“${clipped(id)}”，已显示默认视图。`,
  badParam: (name: string) => `链接中的“${name}”参数无法识别，已忽略。`,
  unknownPassage: '链接所指的段落不在这篇文献中，已从文献开头打开。',
  onlyFilterActive: (title: string) => `地图只显示《${title}》提到的地点`,
  clearFilter: '显示全部',

  addText: '添加文献',
  addTextRemove: '移除',
  localBadge: '本地',
  localBadgeLabel: '只保存在本浏览器中的文献',
  localUnavailable: (id: string) => `文献“${id}”是在另一个浏览器中添加的本地文献，这里没有。`,
  localNotRestored: '之前添加的本地文献无法恢复。',
};

export type Strings = typeof zh;

const en: Strings = {
  htmlLang: 'en',
  appTitle: 'Jinhua Atlas',
  appSubtitle: 'Five documents about Jinhua, read through a map',
  loading: 'Loading…',
  loadError: (detail) => `Could not load the atlas data: ${detail}`,
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  dismiss: 'Dismiss',

  searchLabel: 'Search places or text',
  searchPlaceholder: 'Name, pinyin or text, e.g. 横店 / hengdian',
  searchPlaces: 'Places',
  searchPassages: 'Passages',
  searchNothing: (q) => `Nothing matches “${q}”. Try part of a name, pinyin (e.g. hengdian) or the English name, or loosen the filters.`,
  searchHiddenByFilters: (n, exact = true) => `${exact ? '' : 'up to '}${n} more hidden by the current filters`,
  searchPassageTotal: (n, exact) => (exact ? `${n}` : `up to ${n}`),
  searchMorePassages: (n, exact) => `${exact ? '' : 'up to '}${n} more passages`,
  searchResultCount: (places, passages, exact = true) => `${places} places, ${exact ? '' : 'up to '}${passages} passages`,
  searchSearching: 'Searching the text…',
  searchFailed: 'Text search is unavailable right now; try again later.',

  tabLayers: 'Layers',
  tabPlaces: 'Places',
  tabDocuments: 'Documents',
  sidebarLabel: 'Layers, places and documents',
  skipToMap: 'Skip to the map',
  skipToList: 'Skip to the places and documents',
  skipToReader: 'Skip to the document',
  showSidebar: 'Places · Documents',
  hideSidebar: 'Hide',
  raiseSheet: 'Raise the panel',
  lowerSheet: 'Lower the panel',

  kind: {
    province: 'Province',
    prefecture: 'Prefecture',
    county: 'Counties',
    district: 'Districts & zones',
    neighbour: 'Neighbours',
    town: 'Towns',
    village: 'Villages',
    park: 'Parks & sights',
    water: 'Water',
    landmark: 'Landmarks',
    transport: 'Transport',
    project: 'Projects',
  },
  mode: { rail: 'Railway', expressway: 'Expressway', road: 'Road', other: 'Facility' },
  quality: {
    boundary: 'Administrative boundary',
    track: 'Surveyed track',
    'surveyed-point': 'Exact position',
    'seat-point': 'Seat (stands for the whole area)',
    'station-chain': 'Schematic: straight between stations',
    'endpoints-only': 'End points only',
    approximate: 'Approximate position',
    unlocated: 'Site unknown',
  },
  status: EN_STATUS,

  legendShading: 'County shading: passages naming it',
  legendShadingOneDocument: 'County shading: passages of this document naming it',
  legendShadingNone: 'none',
  legendMost: (n) => `${n}`,
  legendSymbols: 'How lines and points are drawn',
  legendUnbuilt: 'Dashed: planned or under construction',
  legendApproximate: 'Hollow: approximate position',
  legendStationChain: 'Soft band: line drawn through stations',
  kindCount: (n) => `${n}`,
  kindToggleLabel: (kind, n) => `${kind}, ${n} named in the documents`,
  kindCountsNote: (oneDocument) => (oneDocument ? 'Numbers: places this document names' : 'Numbers: places the documents name'),
  basemap: 'Basemap',
  basemapName: { offline: 'Offline (built in)', openfreemap: 'OpenFreeMap (online)', tianditu: 'Tianditu 天地图 (online)' },
  basemapOnlineNotice: 'Online basemaps load tiles from an outside server; the offline map needs no network.',
  basemapNeedsKey: 'Tianditu needs an access key, which this site was built without.',
  basemapFailed: (name) => `Could not reach ${name}; back to the offline map.`,

  placesFilterNote: (n, total) => `Showing ${n} of ${total} (filtered by layers, document and county)`,
  placesEmpty: 'No place matches the current filters.',
  passageCount: (n) => (n === 1 ? '1 passage' : `${n} passages`),
  listGroupCount: (named, total) => (named === total ? `${total}` : `${total}, ${named} named`),
  countyFilterLabel: 'County',
  countyAll: 'All counties',
  documentStats: (places, passages) => `${places} places · ${passages} passages`,
  openDocument: 'Read',
  undated: 'undated',

  close: 'Close',
  partOf: 'Part of',
  location: 'Location',
  source: 'Sources and notes',
  sourceInOtherLanguage: 'About the source (in Chinese)',
  statusHeading: 'Status in the documents',
  namedDirectly: (n) => `Named directly · ${n === 1 ? '1 passage' : `${n} passages`}`,
  inside: (places, passages) => `Places inside · ${places} places, ${passages} passages`,
  insideShowAll: (n) => `Show all ${n}`,
  morePassages: (total) => `Show more passages (${total} in all)`,
  earlierPassages: 'Show earlier passages',
  moreDocuments: (rest) => `Show more documents (${rest} more)`,
  yearRange: 'Years',
  fromYear: 'From',
  toYear: 'to',
  anyYear: 'any',
  noDocumentsInYears: 'No document from these years (undated ones are left out).',
  noDocuments: 'No documents yet.',
  passagesInDocument: (n) => (n === 1 ? 'named in 1 passage here' : `named in ${n} passages here`),
  moreOfPassage: (rest) => `Show more of this passage (${rest} characters left)`,
  insideFilterLabel: 'Filter the places inside by name',
  insideFilterPlaceholder: 'Filter by name, pinyin or English',
  insideNoMatch: (query) => `No place inside is named “${query}”.`,
  placeCount: (n) => `${n}`,
  noPassages: 'No passage names this place directly.',
  showContext: 'Context',
  hideContext: 'Hide context',
  readInDocument: 'Read in the document',

  readerLabel: 'Document',
  closeReader: 'Close document',
  onlyThisDocument: 'Map shows only places this document names',
  readerMentions: (places, mentions) => `${places} places, ${mentions} mentions`,
  previousMention: 'Previous mention',
  nextMention: 'Next mention',
  statusPer: (status, year) => `Per ${year ? `a ${year}` : 'an undated'} document: ${EN_STATUS[status].toLowerCase()}`,
  undatedStatements: 'These documents are undated, so their order is unknown:',
  mapHoverInText: (name, total, above, below) =>
    total === 0
      ? `This text does not name ${name}`
      : above + below === 0
        ? `${name}: ${total === 1 ? '1 mention' : `${total} mentions`} in this text, all on screen`
        : `${name}: ${total === 1 ? '1 mention' : `${total} mentions`} in this text, ${above + below} off screen (${above} above, ${below} below)`,
  offscreenPlace: (name) => `${name} is outside the map view; the arrow points to it`,

  mapLabel: 'Map of Jinhua: click a place to read the passages that name it',
  mapUnavailable: (detail) => `This browser cannot show the map (${detail}). The place list, search and documents still work.`,
  andOthersHere: (n) => `${n} more at this spot: see the panel after clicking`,
  alsoHere: (n) => `${n} more at the same spot`,
  alsoHereNote: 'These places can only be located at one shared point (approximate).',
  locatedIn: (names) => `In ${[...names].reverse().join(', ')}`,
  shownAsArea: (name) => `The map highlights the area of ${name}, not the site itself.`,
  shownAsSeat: (name) => `The ring on the map marks the seat of ${name}, not the site itself.`,
  unlocatedInside: 'site unknown',
  mapAttribution: 'Boundaries: Amap via Vonng/adcode (CC BY 4.0); each place names its source',
  unknownPlace: (id) => `There is no place “${clipped(id)}”; showing the default view.`,
  unknownDocument: (id) => `There is no document “${clipped(id)}”; showing the default view.`,
  badParam: (name) => `Ignored the link's “${name}” parameter: it could not be read.`,
  unknownPassage: 'The passage the link points to is not in this document; it opens at the beginning.',
  onlyFilterActive: (title) => `The map shows only places named in “${title}”`,
  clearFilter: 'Show all',

  addText: 'Add text',
  addTextRemove: 'Remove',
  localBadge: 'Local',
  localBadgeLabel: 'A document kept only in this browser',
  localUnavailable: (id) => `The document “${id}” is a local text added in another browser; it is not available here.`,
  localNotRestored: 'Texts added earlier could not be restored.',
};

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : zh;
}

/** MapLibre's own control strings (tooltips, labels), for the Map `locale` option. */
export function mapLibreLocale(lang: Lang): Record<string, string> {
  if (lang === 'en') return {};
  return {
    'AttributionControl.ToggleAttribution': '显示或隐藏署名',
    'AttributionControl.MapFeedback': '地图反馈',
    'FullscreenControl.Enter': '全屏',
    'FullscreenControl.Exit': '退出全屏',
    'GeolocateControl.FindMyLocation': '定位到我的位置',
    'GeolocateControl.LocationNotAvailable': '无法获取位置',
    'LogoControl.Title': 'MapLibre 标志',
    'Map.Title': '地图',
    'Marker.Title': '地图标记',
    'NavigationControl.ResetBearing': '拖动旋转地图，点击恢复正北',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'Popup.Close': '关闭弹窗',
    'ScaleControl.Feet': '英尺',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
    'ScaleControl.Miles': '英里',
    'ScaleControl.NauticalMiles': '海里',
    'GlobeControl.Enable': '切换为地球视图',
    'GlobeControl.Disable': '切换为平面视图',
    'TerrainControl.Enable': '显示地形',
    'TerrainControl.Disable': '隐藏地形',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动以缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动以缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
  };
}
