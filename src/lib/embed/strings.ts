/**
 * The embed's and the embed-code builder's own words, Chinese first, English second. What the explorer already
 * says (kinds, legend, attribution) comes from src/lib/i18n/strings.ts, as `app`; MapLibre's controls get theirs from
 * the map controller (src/lib/map/controller.svelte.ts).
 */
import { clipped, strings, type Lang } from '../i18n/strings.ts';
import type { TransportMode } from '../places/transport.ts';
import type { ExportSizeId } from './export-size.ts';

const ATLAS_ZH = strings('zh').appTitle;

const zh = {
  defaultHeadline: '金华市九县市区',
  list: (names: string[]) => names.join('、'),
  someOf: (names: string[], total: number) => `${names.join('、')}等 ${total} 处`,
  captionPlaces: (names: string, places: number, passages: number, documents: number) =>
    `地图标出${names}；${documents} 篇文献中共有 ${passages} 段提到${places === 1 ? '它' : '这些地点'}。`,
  captionDocument: (title: string, places: number) => `《${title}》提到的 ${places} 个地点。`,
  captionOverview: (documents: number) => `金华市九个县市区及 ${documents} 篇文献提到的地点。`,
  frameTitle: (headline: string) => `交互地图：${headline}（${ATLAS_ZH}）`,
  staticFrameTitle: (headline: string) => `地图：${headline}（${ATLAS_ZH}）`,
  mapLabel: (headline: string) => `地图：${headline}`,
  placeListLabel: '地图上的地点',
  passagesNaming: (name: string, n: number) => `${n} 段提到${name}`,
  noPassages: (name: string) => `文献中没有直接提到${name}。`,
  morePassages: (n: number) => `还有 ${n} 段 · 在${ATLAS_ZH}中阅读`,
  moreOfPassage: (rest: number) => `继续显示本段（还有 ${rest} 字）`,
  openInAtlas: `在${ATLAS_ZH}中打开`,
  downloadPng: '下载图片',
  legendTitle: '图例',
  mapUnavailable: '此浏览器无法绘制地图（WebGL 不可用）。',
  legendHighlighted: (names: string) => `标出：${names}`,
  legendStack: '数字圆点：同一位置的地点数',
  transportLine: { rail: '铁路', expressway: '高速公路', road: '道路', other: '交通线路' } as Record<TransportMode, string>,
  transportPoint: { rail: '铁路车站', expressway: '高速公路收费站（未连成线）', road: '道路两端（示意）', other: '交通设施' } as Record<TransportMode, string>,
  scaleUnits: { km: '公里', m: '米' },
  sourceLine: (source: string) => `来源：${source}`,
  bylineLine: (byline: string) => `制图：${byline}`,
  /** The credit line of an exported map, in words: the atlas, the boundaries' source and what the drawn geometry asks for. */
  creditLine: (credits: string[]) => [`地图：${ATLAS_ZH}`, '边界与乡镇驻地：高德地图（经 Vonng/adcode，CC BY 4.0）', ...credits].join(' · '),
  exportSize: {
    'web-600': '网页 600 像素',
    'web-600-2x': '网页 600 像素（2 倍，高清屏）',
    'web-1200': '网页 1200 像素',
    'web-1200-2x': '网页 1200 像素（2 倍）',
    'print-1col': '印刷 单栏 80 毫米（300 dpi）',
    'print-2col': '印刷 双栏 170 毫米（300 dpi）',
  } as Record<ExportSizeId, string>,
  badParam: (name: string, value: string) => `嵌入参数 ${name}=${clipped(value)} 无法识别，已忽略。`,
  unknownId: (name: string, value: string) => `找不到 ${name}=${clipped(value)}，已忽略。`,

  builderOpen: '嵌入',
  builderTitle: '嵌入到文章',
  builderIntro: '复制下面的代码，粘贴到文章的 HTML 中。地图会随栏宽调整高度，读者滚动页面时不会被地图拦住。',
  builderKind: '代码类型',
  builderIframe: 'iframe（推荐）',
  builderComponent: 'Web 组件',
  builderHeadline: '标题',
  builderDescription: '说明',
  builderNotes: '注释',
  builderSource: '资料来源',
  builderByline: '制图者',
  builderInherited: '从浏览页面带来的筛选',
  builderOnlyDocument: (title: string) => `只显示《${title}》提到的地点`,
  builderOnlyKinds: (kinds: string) => `只显示：${kinds}`,
  builderRemoveFilter: (filter: string) => `移除筛选：${filter}`,
  builderPngSize: '尺寸',
  builderPanel: '原文段落',
  builderPanelMode: { auto: '自动（宽屏在旁，窄屏在下）', below: '在地图下方', beside: '在地图旁边', none: '不显示' },
  builderStatic: '静态图（不可拖动或缩放）',
  builderKeepView: '固定当前视角（否则自动框选地点）',
  builderLang: '语言',
  builderPreview: '预览',
  builderCode: '嵌入代码',
  builderCopy: '复制代码',
  builderCopied: '已复制',
  builderCopyFailed: '无法访问剪贴板，请手动选中代码复制。',
  builderPng: '下载 PNG 图片',
  builderPngFailed: (detail: string) => `图片导出失败：${detail}`,
};

type EmbedStrings = typeof zh;

const en: EmbedStrings = {
  defaultHeadline: 'The nine counties of Jinhua',
  list: (names) => (names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
  someOf: (names, total) => `${names.join(', ')} and ${total - names.length} more`,
  captionPlaces: (names, places, passages, documents) =>
    `The map marks ${names}; ${passages === 1 ? '1 passage' : `${passages} passages`} in ${documents === 1 ? '1 document' : `${documents} documents`} ${passages === 1 ? 'names' : 'name'} ${places === 1 ? 'it' : 'them'}.`,
  captionDocument: (title, places) => `The ${places} places named in “${title}”.`,
  captionOverview: (documents) => `Jinhua's nine counties and the places ${documents} documents name.`,
  frameTitle: (headline) => `Interactive map: ${headline} (Jinhua Atlas)`,
  staticFrameTitle: (headline) => `Map: ${headline} (Jinhua Atlas)`,
  mapLabel: (headline) => `Map: ${headline}`,
  placeListLabel: 'Places on this map',
  passagesNaming: (name, n) => `${n === 1 ? '1 passage names' : `${n} passages name`} ${name}`,
  noPassages: (name) => `No passage names ${name} directly.`,
  morePassages: (n) => `${n} more · read them in the Jinhua Atlas`,
  moreOfPassage: (rest) => `Show more of this passage (${rest} characters left)`,
  openInAtlas: 'Open in the Jinhua Atlas',
  downloadPng: 'Download image',
  legendTitle: 'Legend',
  mapUnavailable: 'This browser cannot draw the map (WebGL is unavailable).',
  legendHighlighted: (names) => `Marked: ${names}`,
  legendStack: 'Numbered disc: places at one point',
  transportLine: { rail: 'Railway', expressway: 'Expressway', road: 'Road', other: 'Transport line' },
  transportPoint: { rail: 'Railway station', expressway: 'Expressway toll station (not joined into a line)', road: 'Road ends (schematic)', other: 'Transport facility' },
  scaleUnits: { km: 'km', m: 'm' },
  sourceLine: (source) => `Source: ${source}`,
  bylineLine: (byline) => `Map: ${byline}`,
  creditLine: (credits) => ['Map: Jinhua Atlas (金华文献地图)', 'Boundaries and township seats: Amap via Vonng/adcode (CC BY 4.0)', ...credits].join(' · '),
  exportSize: {
    'web-600': 'Web 600 px',
    'web-600-2x': 'Web 600 px (2×, high-density screens)',
    'web-1200': 'Web 1200 px',
    'web-1200-2x': 'Web 1200 px (2×)',
    'print-1col': 'Print, one column 80 mm (300 dpi)',
    'print-2col': 'Print, two columns 170 mm (300 dpi)',
  },
  badParam: (name, value) => `Ignored the embed's ${name}=${clipped(value)}: it could not be read.`,
  unknownId: (name, value) => `Ignored ${name}=${clipped(value)}: there is no such ${name === 'doc' ? 'document' : 'place'}.`,

  builderOpen: 'Embed',
  builderTitle: 'Embed in an article',
  builderIntro:
    'Copy the code below into the article’s HTML. The map fits the column’s width and never stops readers scrolling the page.',
  builderKind: 'Code',
  builderIframe: 'iframe (recommended)',
  builderComponent: 'Web component',
  builderHeadline: 'Headline',
  builderDescription: 'Description',
  builderNotes: 'Notes',
  builderSource: 'Source',
  builderByline: 'Byline',
  builderInherited: 'Filters from the explorer',
  builderOnlyDocument: (title) => `Only the places “${title}” names`,
  builderOnlyKinds: (kinds) => `Only: ${kinds}`,
  builderRemoveFilter: (filter) => `Remove filter: ${filter}`,
  builderPngSize: 'Size',
  builderPanel: 'Passages',
  builderPanelMode: { auto: 'Automatic (beside when wide, below when narrow)', below: 'Below the map', beside: 'Beside the map', none: 'Hidden' },
  builderStatic: 'Static picture (no pan or zoom)',
  builderKeepView: 'Keep the current view (otherwise frame the places)',
  builderLang: 'Language',
  builderPreview: 'Preview',
  builderCode: 'Embed code',
  builderCopy: 'Copy code',
  builderCopied: 'Copied',
  builderCopyFailed: 'No clipboard access; select the code and copy it by hand.',
  builderPng: 'Download PNG',
  builderPngFailed: (detail) => `Could not export the image: ${detail}`,
};

export function embedStrings(lang: Lang) {
  return { ...(lang === 'en' ? en : zh), lang, app: strings(lang) };
}
export type EmbedText = ReturnType<typeof embedStrings>;
