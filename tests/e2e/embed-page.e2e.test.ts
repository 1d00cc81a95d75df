/**
 * The embed page on its own: what an editor sees for a mistyped embed, and embeds about a document or nothing. Its
 * accessibility in each mode: axe.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { canvasVariety, launch, openApp } from './browser.ts';

const baseUrl = inject('baseUrl');

describe('the embed page on its own', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  it('shows what it can of a mistyped embed, and says what it ignored', async () => {
    const { page, offsiteRequests, consoleErrors } = await openApp(browser, `${baseUrl}embed.html?place=yiwu,atlantis&lang=fr&panel=left`, {
      width: 700,
      height: 800,
    });
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    expect(await page.locator('.headline').textContent()).toBe('义乌市');
    expect(await page.getByRole('status').allTextContents()).toEqual([
      '嵌入参数 lang=fr 无法识别，已忽略。',
      '嵌入参数 panel=left 无法识别，已忽略。',
      '找不到 place=atlantis，已忽略。',
    ]);
    expect(offsiteRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('about one document: lists the places it names and shows only its passages', async () => {
    const { page } = await openApp(browser, `${baseUrl}embed.html?doc=wuyi-duibiao-bipin`, { width: 900, height: 800 });
    const title = await page.locator('.headline').textContent();
    expect(await page.locator('.caption').textContent()).toMatch(new RegExp(`^《${title}》提到的 \\d+ 个地点。$`));
    const places = page.locator('button.place');
    expect(await places.count()).toBeGreaterThan(3);
    await places.first().click();
    const sources = await page.locator('[data-testid="embed-passages"] figcaption').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set([`《${title}》`]));
  });

  it('with nothing chosen: the nine counties to pick from, and no place marked until the reader picks', async () => {
    const { page } = await openApp(browser, `${baseUrl}embed.html?lang=en`, { width: 900, height: 800 });
    expect(await page.locator('.headline').textContent()).toBe('The nine counties of Jinhua');
    expect(await page.locator('button.place').count()).toBe(9);
    expect(await page.locator('button.place[aria-pressed="true"]').count()).toBe(0);
    expect(await page.locator('[data-testid="embed-passages"]').count()).toBe(0);
    await page.locator('button.place').first().click();
    expect(await page.getByTestId('embed-passages').getByRole('heading', { level: 2 }).textContent()).toMatch(/passages? names? /);
  });
});
