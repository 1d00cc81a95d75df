/**
 * 添加文献 / Add text, end to end: a user pastes or drops an article and reads it through the map like the published
 * documents, in this browser only. Every test opens its own browser context (its own IndexedDB).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MARKS } from '../../src/lib/perf-marks.ts';
import { axeViolations, launch, openApp, screenshot, waitForMapIdle } from './browser.ts';
import { corpus } from './places.ts';

const baseUrl = inject('baseUrl');
const FIXTURES = 'tests/fixtures/add-text';
/** A public news report (source URL in tests/fixtures/add-text/SOURCES.md). */
const ARTICLE = readFileSync(`${FIXTURES}/dongyang-hk-visit.txt`, 'utf8');
const TITLE = '香港立法会议员代表团一行来东走访考察';
const PLACES = ['dongyang', 'lmk-luzhai', 'twn-hengdian'];
const published = corpus;

type MapWindow = { __map: import('maplibre-gl').Map };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const dialog = (page: Page) => page.getByTestId('add-text');
const result = (page: Page) => page.getByTestId('add-text-result');

async function openDialog(page: Page, label = '添加文献') {
  await page.getByRole('button', { name: label }).click();
  await dialog(page).waitFor({ state: 'visible' });
}

/** Pastes the article into the dialog and waits for its result. */
async function pasteArticle(page: Page, text = ARTICLE) {
  await openDialog(page);
  await dialog(page).locator('textarea').fill(text);
  await dialog(page).getByRole('button', { name: '查找地点' }).click();
  await result(page).waitFor();
}

async function addFile(page: Page, file: string, label = '添加文献') {
  await openDialog(page, label);
  await dialog(page).locator('input[type="file"]').setInputFiles(`${FIXTURES}/${file}`);
  await dialog(page).locator('button[type="submit"]').click();
  await Promise.race([result(page).waitFor(), page.getByTestId('add-text-error').waitFor()]);
}

/** The local document's id, from the document list. */
async function localIdOf(page: Page, title: string): Promise<string> {
  const href = await page.getByTestId('document-list').locator('li.local a.title', { hasText: title }).getAttribute('href');
  return new URL(href!, baseUrl).searchParams.get('doc')!;
}

async function showDocuments(page: Page) {
  await page.getByRole('tab', { name: /文献|Documents/ }).click();
  await page.getByTestId('document-list').waitFor();
}

/**
 * Passages naming a place, as the map has them (what it shades by): its feature-state once a text added or removed
 * in the browser changed it, else the count its source was built with.
 */
function mapMentions(page: Page, id: string): Promise<number | undefined> {
  return page.evaluate((placeId) => {
    const map = (window as unknown as MapWindow).__map;
    for (const source of ['atlas', 'atlas-ground']) {
      const [f] = map.querySourceFeatures(source, { filter: ['==', ['get', 'id'], placeId] });
      if (f) return (map.getFeatureState({ source, id: placeId })['mentions'] as number | undefined) ?? (f.properties.mentions as number);
    }
    return undefined;
  }, id);
}

const publishedPassages = (id: string) => published.passagesByPlace[id]?.length ?? 0;

describe('paste an article', () => {
  it('shows its places on the map, in the lists and panels, keeps it across a reload, and removes it', async () => {
    const { page, consoleErrors, offsiteRequests } = await openApp(browser, baseUrl);
    await openDialog(page);
    await expect(dialog(page).textContent()).resolves.toContain('文本只保存在本浏览器中，不会上传');
    await dialog(page).locator('textarea').fill(ARTICLE);
    await screenshot(page, 'add-text-dialog-zh');
    await dialog(page).getByRole('button', { name: '查找地点' }).click();
    await result(page).waitFor();
    await expect(result(page).textContent()).resolves.toContain('提到 3 个地点');
    await expect(result(page).textContent()).resolves.toContain('已保存在本浏览器中');
    await expect(result(page).locator('h3').textContent()).resolves.toBe(TITLE);
    await screenshot(page, 'add-text-result-zh');

    // The map's counts follow: each place has the article's passages on top of the published ones.
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.updated);
    await expect.poll(() => mapMentions(page, 'lmk-luzhai')).toBe(publishedPassages('lmk-luzhai') + 1);
    await expect.poll(() => mapMentions(page, 'twn-hengdian')).toBe(publishedPassages('twn-hengdian') + 2);

    // The reader, with its place names as links.
    await result(page).getByRole('button', { name: '在阅读器中打开' }).click();
    const reader = page.getByTestId('reader');
    await expect(reader.locator('#reader-title').textContent()).resolves.toContain(TITLE);
    const linked = await reader.locator('[data-place]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('data-place')))].sort());
    expect(linked).toEqual(PLACES);
    await waitForMapIdle(page);
    await screenshot(page, 'add-text-reader-zh');
    const id = new URL(page.url()).searchParams.get('doc')!;
    expect(id).toMatch(/^local-[0-9a-f]{16}$/);

    // "Only this document": the lists and the map show its places alone.
    await reader.getByRole('checkbox').check();
    await page.keyboard.press('Escape');
    await page.getByTestId('place-list').waitFor();
    const listed = await page.getByTestId('place-list').locator('a[data-place]').evaluateAll((links) => links.map((a) => a.getAttribute('data-place')).sort());
    expect(listed).toEqual(PLACES);
    await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).__map.getGlobalState().onlyIds as string[] | undefined)).toEqual(
      expect.arrayContaining(PLACES),
    );

    // A place's panel lists the article's passages beside the published ones.
    await page.getByTestId('place-list').locator('a[data-place="lmk-luzhai"]').click();
    const panel = page.getByTestId('passage-panel');
    await expect(panel.locator('.doc h4', { hasText: TITLE }).count()).resolves.toBe(1);
    await expect(panel.locator('.doc').count()).resolves.toBe(1 + new Set(published.passagesByPlace['lmk-luzhai']!.map((p) => p.split(':')[0])).size);

    // Reload: still there, the link still works (restored from IndexedDB and linked again).
    await page.reload();
    await waitForMapIdle(page);
    // Kept texts come back after the first view (linked again in the worker).
    await expect.poll(() => panel.locator('.doc h4', { hasText: TITLE }).count(), { timeout: 60_000 }).toBe(1);
    expect(new URL(page.url()).searchParams.get('only')).toBe(id);
    await page.keyboard.press('Escape');
    await showDocuments(page);
    await expect(localIdOf(page, TITLE)).resolves.toBe(id);
    await expect(page.getByTestId('document-list').locator('li.local .badge').textContent()).resolves.toBe('本地');
    await screenshot(page, 'add-text-document-list-zh');

    // Remove it: gone from the list, the filter and the counts, and after a reload too.
    await page.getByTestId('document-list').locator('li.local').getByRole('button', { name: '移除' }).click();
    await expect.poll(() => page.getByTestId('document-list').locator('li.local').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('only')).toBeNull();
    expect(await page.getByTestId('notice').count()).toBe(0); // removed here, not "added in another browser"
    await expect.poll(() => mapMentions(page, 'lmk-luzhai')).toBe(publishedPassages('lmk-luzhai'));
    await page.reload();
    await waitForMapIdle(page);
    await showDocuments(page);
    await expect.poll(() => page.getByTestId('document-list').locator('li').count()).toBe(published.documents.length);
    expect(offsiteRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 240_000); // a whole session (add, read, filter, panel, two reloads, remove) on a shared 2-core machine

  it('reads a .docx and an .html file to the same places, and lists what the gazetteer lacks', async () => {
    const { page } = await openApp(browser, baseUrl);
    for (const file of ['article.docx', 'article.html']) {
      await addFile(page, file);
      await expect(result(page).locator('h3').textContent(), file).resolves.toBe(TITLE);
      await expect(result(page).textContent(), file).resolves.toContain('提到 3 个地点');
      await result(page).getByRole('button', { name: '再添加一篇' }).click();
      await dialog(page).getByRole('button', { name: '关闭' }).click();
    }
    // The same article from both files: one document, not two.
    await showDocuments(page);
    await expect(page.getByTestId('document-list').locator('li.local').count()).resolves.toBe(1);

    await pasteArticle(page, '我们从横店镇出发，到了望海楼村，又到望海楼村。推进青山口水库建设。');
    const gaps = await result(page).getByTestId('add-text-gaps').locator('li > span:first-child').allTextContents();
    expect(gaps).toEqual(['望海楼村', '青山口水库']);
  }, 180_000); // three texts, the first starting the worker and loading both converters

  it('runs nothing from a hostile HTML file, and shows its words as text', async () => {
    const { page, consoleErrors } = await openApp(browser, baseUrl);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await addFile(page, 'hostile.html');
    await expect(result(page).locator('h3').textContent()).resolves.toBe(TITLE);
    await result(page).getByRole('button', { name: '在阅读器中打开' }).click();
    const reader = page.getByTestId('reader');
    await expect(reader.textContent()).resolves.toContain('<img src=x onerror=window.__pwned');
    // Hover and click over the text, where the input's handlers were.
    await reader.locator('p', { hasText: '代表团首先来到了' }).first().hover();
    await reader.locator('p', { hasText: '代表团首先来到了' }).first().click({ position: { x: 5, y: 5 } });
    expect(await reader.locator('img, script, iframe, svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);

    // Esc in the dialog closes the dialog, not the reader behind it.
    await openDialog(page);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    await expect(reader.isVisible()).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('answers bad input with a message in the UI language and loses nothing already added', async () => {
    const { page } = await openApp(browser, `${baseUrl}?lang=en`);
    await page.getByRole('button', { name: 'Add text' }).click();
    await dialog(page).locator('textarea').fill(ARTICLE);
    await dialog(page).getByRole('button', { name: 'Find places' }).click();
    await result(page).waitFor();
    await screenshot(page, 'add-text-result-en');
    await result(page).getByRole('button', { name: 'Add another' }).click();

    const bad = (await import('node:os')).tmpdir() + '/not-really.docx';
    (await import('node:fs')).writeFileSync(bad, '这不是 Word 文件');
    await dialog(page).locator('input[type="file"]').setInputFiles(bad);
    await dialog(page).getByRole('button', { name: 'Find places' }).click();
    const error = page.getByTestId('add-text-error');
    await error.waitFor();
    await expect(error.locator('p').textContent()).resolves.toBe('This .docx cannot be read: it may be damaged, or not a Word document at all.');
    await screenshot(page, 'add-text-error-en');

    await dialog(page).getByRole('button', { name: '×' }).first().click(); // drop the chosen file
    await dialog(page).locator('textarea').fill('   ');
    await expect(dialog(page).getByRole('button', { name: 'Find places' }).isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog(page).isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('＋ Add text');
    await showDocuments(page);
    await expect(page.getByTestId('document-list').locator('li.local').count()).resolves.toBe(1);
    await page.getByTestId('document-list').locator('li.local a.title').click();
    await waitForMapIdle(page);
    await screenshot(page, 'add-text-reader-en');
  });

  it('makes an embed of the text from published place ids only, and the embed shows those places', async () => {
    const { page } = await openApp(browser, baseUrl);
    await pasteArticle(page);
    expect(await axeViolations(page)).toEqual([]);
    await result(page).getByRole('button', { name: '为本文制作地图' }).click();
    const builder = page.getByTestId('embed-builder');
    await builder.waitFor({ state: 'visible' });
    const code = await builder.locator('textarea.code-text').inputValue();
    const src = /src="([^"]+)"/.exec(code)![1]!;
    const places = new URL(src.replace(/&amp;/g, '&')).searchParams.get('place')!.split(',');
    expect(places).toEqual(['twn-hengdian', 'dongyang', 'lmk-luzhai']); // most named first
    expect(code).not.toContain('local-');
    expect(code).not.toContain('代表团');
    const frame = (await builder.locator('iframe').elementHandle())!.contentFrame() as Promise<Frame>;
    const embed = (await frame)!;
    await waitForMapIdle(embed);
    await expect.poll(() => embed.locator('.headline').textContent()).toContain('横店镇');
    const selected = () =>
      embed.evaluate((ids) => {
        const map = (window as unknown as MapWindow).__map;
        return ids.filter((id) => ['atlas', 'atlas-ground'].some((source) => map.getFeatureState({ source, id }).selected));
      }, PLACES);
    await expect.poll(selected).toEqual(PLACES);
    await screenshot(page, 'add-text-embed-zh');
  });

  it('says a link to a local text from another browser is not available here', async () => {
    const { page, consoleErrors } = await openApp(browser, `${baseUrl}?doc=local-0123456789abcdef`);
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.allTextContents()).toEqual([expect.stringContaining('是在另一个浏览器中添加的本地文献，这里没有')]);
    expect(new URL(page.url()).searchParams.get('doc')).toBeNull();
    expect(consoleErrors).toEqual([]);
  });
});
