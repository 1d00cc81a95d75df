/**
 * The "add text" dialog's words in both languages (the rest of the UI's are in ./strings.ts). Apart because the
 * dialog loads only when the user opens it: its words are not part of the explorer's first download.
 */
import type { LocalErrorCode } from '../local-docs/errors.ts';
import { strings, type Lang } from './strings.ts';

const zh = {
  addTextTitle: '添加文献：在地图上读自己的文章',
  addTextPrivacy: '文本只保存在本浏览器中，不会上传。',
  addTextPaste: '粘贴文本',
  addTextPastePlaceholder: '把文章粘贴在这里……',
  addTextFile: '或选择文件（.txt、.md、.html、.docx），也可以拖放到这里',
  addTextDrop: '松开鼠标以添加文件',
  addTextTitleField: '标题（可不填，默认取第一行）',
  addTextSubmit: '查找地点',
  addTextWorking: '正在分段并查找地点……',
  addTextResult: (passages: number, places: number) => `${passages} 段，提到 ${places} 个地点`,
  addTextNoPlaces: '这段文本中没有找到地名库里的地点。',
  addTextGaps: '地名库中没有的地名',
  addTextGapsNote: '这些词看起来像地名，但地名库里没有，所以地图上无法显示。',
  addTextNoGaps: '没有发现地名库缺少的地名。',
  addTextOpen: '在阅读器中打开',
  addTextMap: '为本文制作地图',
  addTextDownload: '下载以便发布（.txt + .meta.json）',
  addTextDownloadNote: '把两个文件放进 data/documents/，下次构建时即会发布。',
  addTextAnother: '再添加一篇',
  addTextKept: '已保存在本浏览器中，重新打开页面后仍在。',
  addTextNotKept: '此浏览器不允许保存（可能是隐私模式或存储已满）：本文只在这次浏览中有效。',
  addTextRemoved: (title: string) => `已移除《${title}》。`,
  addTextDetails: '详细信息',
  addTextError: {
    empty: '文本是空的：请粘贴文字或选择一个有内容的文件。',
    binary: '这不是文本文件（看起来是图片、压缩包或程序）。',
    'too-large': '文件太大：文件最多 10 MB，文本最多 100 万字。',
    unsupported: '不支持这种文件：请使用 .txt、.md、.html 或 .docx。',
    'bad-docx': '无法读取这个 .docx 文件：它可能已损坏，或并不是 Word 文档。',
    'bad-encoding': '无法识别文件的编码：请另存为 UTF-8 或 GBK 文本。',
    failed: '处理时出错，文本未添加。',
    protocol: '页面与后台处理程序版本不一致，请刷新页面。',
  } satisfies Record<LocalErrorCode | 'protocol', string>,
};

const en: typeof zh = {
  addTextTitle: 'Add text: read your own article on the map',
  addTextPrivacy: 'The text stays in this browser and is never uploaded.',
  addTextPaste: 'Paste text',
  addTextPastePlaceholder: 'Paste an article here…',
  addTextFile: 'Or choose a file (.txt, .md, .html, .docx), or drop it here',
  addTextDrop: 'Release to add the file',
  addTextTitleField: 'Title (optional; the first line by default)',
  addTextSubmit: 'Find places',
  addTextWorking: 'Splitting into passages and finding places…',
  addTextResult: (passages, places) => `${passages} passage${passages === 1 ? '' : 's'}, naming ${places} place${places === 1 ? '' : 's'}`,
  addTextNoPlaces: 'No place in the gazetteer is named in this text.',
  addTextGaps: 'Names the gazetteer lacks',
  addTextGapsNote: 'These look like place names but the gazetteer has no such place, so the map cannot show them.',
  addTextNoGaps: 'No place-shaped name is missing from the gazetteer.',
  addTextOpen: 'Open in the reader',
  addTextMap: 'Make a map of this text',
  addTextDownload: 'Download for publishing (.txt + .meta.json)',
  addTextDownloadNote: 'Put both files into data/documents/ and the next build publishes the text.',
  addTextAnother: 'Add another',
  addTextKept: 'Kept in this browser: it is still here when you come back.',
  addTextNotKept: 'This browser will not keep it (private mode or storage full): the text works for this visit only.',
  addTextRemoved: (title) => `Removed “${title}”.`,
  addTextDetails: 'Details',
  addTextError: {
    empty: 'The text is empty: paste some text or choose a file that has some.',
    binary: 'This is not a text file (it looks like a picture, an archive or a program).',
    'too-large': 'Too large: files up to 10 MB, texts up to a million characters.',
    unsupported: 'This kind of file is not supported: use .txt, .md, .html or .docx.',
    'bad-docx': 'This .docx cannot be read: it may be damaged, or not a Word document at all.',
    'bad-encoding': 'The file’s encoding is not recognised: save it as UTF-8 or GBK text.',
    failed: 'Something went wrong while processing; the text was not added.',
    protocol: 'The page and its background worker are from different versions: reload the page.',
  },
};

/** The dialog's words, with the UI's shared ones (close, remove …) beside them. */
export function addTextStrings(lang: Lang) {
  return { ...strings(lang), ...(lang === 'en' ? en : zh) };
}
