/**
 * An archive, not five documents (issue #15): a place named in hundreds of passages shows the first page of them
 * with its full count, the rest a page at a time on request; a document of one 5 MB line is drawn a piece at a time
 * in the panel and in the reader. The corpus is built by the real pipeline from the published documents plus
 * generated ones, and served in place of the published atlas.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { PAGES_SHOWN, TEXT_PAGE } from '../../src/lib/corpus/paging.ts';
import { PLACE_PAGE_SIZE } from '../../src/lib/corpus/shards.ts';
import { buildAtlas } from '../../src/lib/pipeline/build-atlas.ts';
import { launch, openApp, screenshot } from './browser.ts';
import { serveAtlas } from './serve-atlas.ts';

const baseUrl = inject('baseUrl');
const PLACE = 'twn-hengdian';
const ONE_LINE = 'aa-one-line';

const inputs = readInputs(process.cwd());
const encode = (text: string) => new TextEncoder().encode(text);
for (let i = 0; i < 300; i++) {
  inputs.documents.push({ file: `data/documents/zz-archive-${String(i).padStart(3, '0')}.txt`, content: encode(`档案第${i}篇\n\n今天横店镇接待游客${i}批。\n`) });
}
// One line of 5 MB of UTF-8 that names the place at its start and at its end.
const filler = '今天天气很好，大家一起读书写字。'.repeat(110_000);
inputs.documents.push({ file: `data/documents/${ONE_LINE}.txt`, content: encode(`一行长文\n\n横店镇${filler}横店镇\n`) });
const { places, corpus } = buildAtlas(inputs);
const total = corpus.passagesByPlace[PLACE]!.length;
const hugePassage = corpus.passages.find((p) => p.documentId === ONE_LINE && p.text.length > 1_000_000)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function openArchive(query: string): Promise<Page> {
  const { page } = await openApp(browser, `${baseUrl}${query}`, undefined, (p) => serveAtlas(p, { places, corpus }));
  return page;
}

describe('a place named in hundreds of passages', () => {
  it('shows its count at once, a first page of passages, and the rest a page at a time on request, a few pages in the DOM', async () => {
    expect(total).toBeGreaterThan((PAGES_SHOWN + 1) * PLACE_PAGE_SIZE);
    expect(encode(hugePassage.text).length).toBeGreaterThan(5_000_000);
    const page = await openArchive(`?place=${PLACE}`);
    const panel = page.getByTestId('passage-panel');
    await panel.locator('.passages[data-complete="true"]').waitFor({ timeout: 60_000 });
    await expect(panel.getByTestId('passage-count').textContent()).resolves.toBe(`直接提及 · ${total} 段`);
    const hits = panel.locator('article.hit');
    await expect(hits.count()).resolves.toBe(PLACE_PAGE_SIZE);
    const more = panel.getByTestId('more-passages');
    await expect(more.textContent()).resolves.toBe(`再显示一页（共 ${total} 段）`);
    await screenshot(page, 'archive-panel-first-page-zh');

    // Page after page; beyond a few, the earliest is let go (and can be asked for again).
    const pages = Math.ceil(total / PLACE_PAGE_SIZE);
    const ids = () => panel.locator('.passage').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-passage-id')!));
    const seen = new Set(await ids());
    for (let next = 1; next < pages; next++) {
      const last = (await ids()).at(-1);
      await more.click();
      await expect.poll(async () => (await ids()).at(-1)).not.toBe(last);
      const now = await ids();
      expect(now.length).toBeLessThanOrEqual(PAGES_SHOWN * PLACE_PAGE_SIZE);
      for (const id of now) seen.add(id);
    }
    expect(seen.size).toBe(total);
    await expect(more.count()).resolves.toBe(0);

    // The 5 MB line, the last document added, is on the last page: its start, with a button for more, not the whole line at once.
    const huge = panel.locator(`.passage[data-passage-id="${hugePassage.id}"]`);
    // The passage's own characters on the page, without its button.
    const shown = () => huge.evaluate((p) => [...p.childNodes].filter((n) => n.nodeName !== 'BUTTON').reduce((n, node) => n + (node.textContent ?? '').length, 0));
    const button = huge.getByRole('button', { name: /继续显示本段/ });
    await expect(button.textContent()).resolves.toMatch(/^继续显示本段（还有 \d+ 字）$/);
    const before = await shown();
    expect(before).toBeLessThan(TEXT_PAGE + 100);
    await expect(huge.locator('mark').allTextContents()).resolves.toEqual(['横店镇']); // the one at its start, marked (its own panel)
    await button.click();
    await expect.poll(shown, { timeout: 30_000 }).toBeGreaterThan(before + TEXT_PAGE - 100);
    expect(await shown()).toBeLessThan(2 * TEXT_PAGE + 200);
    await screenshot(page, 'archive-panel-huge-passage-zh');


    const first = (await ids())[0];
    await panel.getByTestId('earlier-passages').click();
    await expect.poll(async () => (await ids())[0]).not.toBe(first);
    await expect(hits.count()).resolves.toBe(PAGES_SHOWN * PLACE_PAGE_SIZE);
    await page.context().close();
  });

  it('opens a document of one 5 MB line in the reader a piece at a time, in English too', async () => {
    const page = await openArchive(`?doc=${ONE_LINE}&lang=en`);
    const reader = page.getByTestId('reader');
    const huge = reader.locator(`[data-passage-id="${hugePassage.id}"]`);
    await huge.waitFor({ timeout: 60_000 });
    const text = (await huge.textContent()) ?? '';
    expect(text.length).toBeLessThan(TEXT_PAGE + 200);
    expect(text.startsWith(hugePassage.text.slice(0, 100))).toBe(true); // the source's characters, unchanged
    await expect(huge.getByRole('button').textContent()).resolves.toBe(`Show more of this passage (${hugePassage.text.length - TEXT_PAGE} characters left)`);
    await page.context().close();
  });
});
