/**
 * The embed's and the embed-code builder's own words, Chinese first, English second. What the explorer already
 * says (kinds, legend, attribution, MapLibre's controls) comes from src/lib/i18n/strings.ts, as `app` and `mapLibre`.
 */
import { clipped, mapLibreLocale, strings, type Lang } from '../i18n/strings.ts';

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
  openInAtlas: `在${ATLAS_ZH}中打开`,
  downloadPng: '下载图片',
  legendTitle: '图例',
  mapUnavailable: '此浏览器无法绘制地图（WebGL 不可用）。',
  legendHighlighted: (names: string) => `标出：${names}`,
  badParam: (name: string, value: string) => `嵌入参数 ${name}=${clipped(value)} 无法识别，已忽略。`,
  unknownId: (name: string, value: string) => `找不到 ${name}=${clipped(value)}，已忽略。`,

  builderOpen: '嵌入',
  builderTitle: '嵌入到文章',
  builderIntro: '复制下面的代码，粘贴到文章的 HTML 中。地图会随栏宽调整高度，读者滚动页面时不会被地图拦住。',
  builderKind: '代码类型',
  builderIframe: 'iframe（推荐）',
  builderComponent: 'Web 组件',
  builderHeadline: '标题',
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
  openInAtlas: 'Open in the Jinhua Atlas',
  downloadPng: 'Download image',
  legendTitle: 'Legend',
  mapUnavailable: 'This browser cannot draw the map (WebGL is unavailable).',
  legendHighlighted: (names) => `Marked: ${names}`,
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
  return { ...(lang === 'en' ? en : zh), lang, app: strings(lang), mapLibre: mapLibreLocale(lang) };
}
export type EmbedText = ReturnType<typeof embedStrings>;
