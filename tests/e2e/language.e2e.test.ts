/**
 * The UI speaks the reader's language (issue #14): in the Chinese UI no English phrase or raw identifier (a build
 * variable, a commit, a 9+-digit code) is visible outside an element marked lang="en", and in the English UI no
 * Chinese is visible outside an element marked lang="zh…". Checked in the states a reader meets: the first view, a
 * place panel, a line's panel, a document in the reader, the layers panel and the search results. Text from the
 * documents and the gazetteer's names (PVDC, App) are single words in another script, which the check allows; an
 * input's placeholder shows what may be typed (横店 / hengdian) and is not checked.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, visit, type OpenedPage } from './browser.ts';
import { corpus } from './places.ts';

const baseUrl = inject('baseUrl');

/** What is visible in the wrong language: "text" for text nodes, "aria-label: text" for labels and titles. */
function wrongLanguage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const englishPhrase = /[A-Za-z]*[a-z][A-Za-z]*[ ,’'-]+[A-Za-z]*[a-z][A-Za-z]*/;
    const identifier = /[A-Z]+_[A-Z_]+|\b[0-9a-f]{7,40}\b|\d{9,}/;
    const han = /\p{Script=Han}/u;
    const ui = document.documentElement.lang;
    /** Whether `text`, in an element whose language is `lang`, is in the wrong language for it. */
    const wrong = (text: string, lang: string) =>
      lang.startsWith('zh') && !lang.includes('Latn') ? englishPhrase.test(text) || identifier.test(text) : lang.startsWith('en') && han.test(text);
    const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? ui;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || el.closest('script, style') || !el.checkVisibility()) continue;
      if (wrong(text, langOf(el))) found.push(text.slice(0, 100));
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (!el.checkVisibility()) continue;
      for (const name of ['aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value && wrong(value, langOf(el))) found.push(`${name}: ${value}`);
      }
    }
    return [...new Set(found)];
  });
}

const firstDocument = corpus.documents[0]!.id;

describe('the UI speaks the reader’s language', () => {
  let browser: Browser;
  let app: OpenedPage;
  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser, baseUrl);
  });
  afterAll(async () => browser?.close());

  for (const lang of ['zh', 'en'] as const) {
    const q = lang === 'en' ? 'lang=en&' : '';
    const other = lang === 'zh' ? 'English' : 'Chinese';
    it(`${lang}: no ${other} outside an element marked as ${other}, in the first view, panels, the reader, layers and search`, async () => {
      const states: Array<[string, string, (page: Page) => Promise<void>]> = [
        ['first view', `${baseUrl}?${q}`, async () => {}],
        ['a town’s panel', `${baseUrl}?${q}place=twn-hengdian`, (page) => page.getByTestId('passage-panel').waitFor()],
        ['a railway’s panel', `${baseUrl}?${q}place=trn-hangwen-hsr`, (page) => page.getByTestId('passage-panel').waitFor()],
        ['a document in the reader', `${baseUrl}?${q}doc=${firstDocument}`, (page) => page.getByTestId('reader').waitFor()],
        ['layers open', `${baseUrl}?${q}`, async (page) => {
          if ((await page.locator('#layers-toggle').getAttribute('aria-expanded')) === 'false') await page.locator('#layers-toggle').click();
          await page.locator('#basemap-select').waitFor();
        }],
        ['search results', `${baseUrl}?${q}`, async (page) => {
          await page.locator('#search-input').fill(lang === 'en' ? 'hengdian' : '横店');
          await page.locator('#search-option-0').waitFor();
        }],
      ];
      const report: string[] = [];
      for (const [state, url, prepare] of states) {
        const page = await visit(app, url);
        await prepare(page);
        for (const text of await wrongLanguage(page)) report.push(`${state}: ${text}`);
      }
      expect(report).toEqual([]);
    });
  }
});
