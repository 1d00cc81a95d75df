import { pinyin } from 'pinyin-pro';

/** Pinyin with tone marks, one syllable per character, e.g. 东阳市 → "dōng yáng shì". */
export function pinyinOf(name: string): string {
  return pinyin(name, { toneType: 'symbol', type: 'string', nonZh: 'consecutive' });
}
