import { describe, expect, it } from 'vitest';
import { languageOf, scriptRuns } from '../../src/lib/i18n/script-runs.ts';

describe('scriptRuns: English prose that quotes Chinese, cut so each Chinese run can carry its own lang', () => {
  it('cuts at every change of script and keeps the text unchanged', () => {
    const text = 'Seat point: Amap’s centre for 横店镇 (330783123000); the lists: 永康市方岩景区, 省级风景区永康方岩.';
    const runs = scriptRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.han).map((r) => r.text)).toEqual(['横店镇', '永康市方岩景区', '省级风景区永康方岩']);
  });

  it('keeps Chinese punctuation inside a Chinese run, and gives one run for text in one script', () => {
    expect(scriptRuns('见《金华日报》，第3版').filter((r) => r.han).map((r) => r.text)).toEqual(['见《金华日报》，第', '版']);
    expect(scriptRuns('Only English here')).toEqual([{ text: 'Only English here', han: false }]);
    expect(scriptRuns('')).toEqual([]);
  });
});

describe('languageOf: the language a free-text field is written in', () => {
  it('is English when Latin letters outnumber Chinese characters, else Chinese', () => {
    expect(languageOf('Newspaper page in the series “学义乌发展经验 打造国际枢纽城” (banner: 东阳)')).toBe('en');
    expect(languageOf('东阳日报，2021年3月5日，第2版')).toBe('zh-Hans');
    expect(languageOf('横店镇 PVDC 项目')).toBe('zh-Hans');
  });
});
