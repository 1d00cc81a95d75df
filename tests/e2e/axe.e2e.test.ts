/**
 * axe-core with every impact (minor and moderate too: landmarks, headings, regions) in the states the other files do
 * not check that way: the embed builder's dialog open over the explorer, on a desktop and on a phone, and the embed
 * page in each of its modes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, openApp, waitForMapIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('axe-core, every impact: the embed builder open over the explorer', () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`finds nothing on a ${device} (one banner: the dialog's title row is no second one)`, async () => {
      const { page } = await openApp(browser, `${baseUrl}?place=dongyang`, viewport);
      try {
        await page.getByRole('button', { name: '嵌入' }).click();
        const builder = page.getByTestId('embed-builder');
        await builder.waitFor();
        // Its preview loaded, so the dialog is checked as the editor sees it.
        const preview = await (await builder.locator('iframe').elementHandle())!.contentFrame();
        await waitForMapIdle(preview!);
        expect(await axeViolations(page, ALL_IMPACTS)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('axe-core, every impact: the embed page in each mode (one main landmark, a level-one heading)', () => {
  // [mode, query, width, whether the passages panel is open]
  const modes = [
    ['interactive, passages below the map', 'place=dongyang', 420, true],
    ['interactive, passages beside the map', 'place=dongyang', 900, true],
    ['static, without passages', 'place=yiwu,yongkang&static=1&panel=none', 900, false],
    ['static, with the passages panel', 'place=yiwu,yongkang&static=1', 420, true],
    ['English', 'place=yiwu&lang=en', 900, true],
    ['about a document', 'doc=wuyi-duibiao-bipin', 900, false],
    ['with nothing chosen', '', 420, false],
  ] as const;
  for (const [mode, query, width, passages] of modes) {
    it(`finds nothing: ${mode} (${query || 'no parameters'}, ${width} px)`, async () => {
      const { page } = await openApp(browser, `${baseUrl}embed.html?${query}`, { width, height: 900 });
      try {
        await expect(page.getByTestId('embed-passages').count()).resolves.toBe(passages ? 1 : 0);
        expect(await axeViolations(page, ALL_IMPACTS)).toEqual([]);
        await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
      } finally {
        await page.context().close();
      }
    });
  }
});
