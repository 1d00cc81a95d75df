/**
 * The embed-code builder as an editor uses it: open it, see the code for the current selection, change options,
 * preview, copy, download a PNG. It is mounted by a small harness (tests/fixtures/embed-builder.*) built here like
 * the app, and served on its own origin; the embed page it previews is the built one from the main server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser, Frame, Page } from 'playwright-core';
import { axeViolations, canvasVariety, launch, openPage, screenshot, SCREENSHOT_DIR, waitForMapIdle, type OpenedPage } from './browser.ts';

const atlasUrl = inject('baseUrl');
const HARNESS_DIR = 'test-results/embed-builder';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('embed-code builder', () => {
  let server: PreviewServer;
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;
  const code = () => page.locator('[data-testid="embed-builder"] textarea.code-text').inputValue();
  const previewFrame = async (): Promise<Frame> => (await page.locator('[data-testid="embed-builder"] iframe').elementHandle())!.contentFrame() as Promise<Frame>;

  beforeAll(async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      plugins: [svelte()],
      build: { outDir: HARNESS_DIR, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: 'tests/fixtures/embed-builder.html' } },
    });
    server = await preview({ configFile: false, logLevel: 'warn', build: { outDir: HARNESS_DIR }, preview: { port: 0, host: '127.0.0.1' } });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('harness server has no port');
    const harness = `http://127.0.0.1:${address.port}/tests/fixtures/embed-builder.html?place=dongyang&atlas=${encodeURIComponent(atlasUrl)}`;
    browser = await launch();
    opened = await openPage(browser, harness, { width: 1280, height: 1000 }, async (p) => {
      await p.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await p.clock.install(); // runs at the real pace until a test pauses it
    });
    page = opened.page;
    await page.getByRole('button', { name: '嵌入' }).click();
    await page.locator('[data-testid="embed-builder"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives the iframe code for the explorer’s selection, with the resize script and a title that says what it shows', async () => {
    const html = await code();
    expect(html).toContain(`<iframe data-jinhua-atlas src="${atlasUrl}embed.html?place=dongyang" title="交互地图：东阳市（金华文献地图）"`);
    expect(html).toContain("<script>(function(){if(window.jinhuaAtlasResize)return;");
    expect(html).not.toContain('map='); // frames the place rather than fixing the explorer's view
  });

  it('previews the embed, sized by the height it reports', async () => {
    const frame = await previewFrame();
    await waitForMapIdle(frame);
    expect(await canvasVariety(frame)).toBeGreaterThan(0.05);
    const content = await frame.evaluate(() => Math.ceil(document.getElementById('embed')!.getBoundingClientRect().height));
    await page.waitForFunction(
      (h) => Math.round(document.querySelector('[data-testid="embed-builder"] iframe')!.getBoundingClientRect().height) === h,
      content,
    );
    // Exactly the chosen width, as a reader's column of that width gives it: the embed's own window included.
    const widths = () =>
      Promise.all([
        page.evaluate(() => document.querySelector('[data-testid="embed-builder"] iframe')!.getBoundingClientRect().width),
        frame.evaluate(() => document.documentElement.clientWidth),
      ]);
    expect(await widths()).toEqual([640, 640]);
    await page.getByRole('button', { name: '360px' }).click();
    await expect.poll(widths).toEqual([360, 360]);
    await expect.poll(() => frame.getAttribute('.jinhua-embed', 'data-layout')).toBe('below');
    await screenshot(page, 'embed-builder');
    await page.getByRole('button', { name: '960px' }).click();
    await expect.poll(widths).toEqual([960, 960]);
    await page.getByRole('button', { name: '640px' }).click();
    await expect.poll(widths).toEqual([640, 640]);
  });

  it('updates the code as the editor changes options, and offers the web component', async () => {
    await page.getByLabel('静态图（不可拖动或缩放）').check();
    await page.getByLabel('原文段落').selectOption('below');
    await page.getByLabel('标题').fill('东阳 & 义乌');
    await page.getByLabel('固定当前视角（否则自动框选地点）').check();
    const html = await code();
    expect(html).toContain('src="' + atlasUrl + 'embed.html?place=dongyang&amp;map=9/29.2/120.3&amp;panel=below&amp;static=1&amp;headline=%E4%B8%9C%E9%98%B3+%26+%E4%B9%89%E4%B9%8C"');
    expect(html).toContain('title="地图：东阳 &amp; 义乌（金华文献地图）"');

    await page.getByLabel('Web 组件').check();
    expect(await code()).toBe(
      `<script type="module" src="${atlasUrl}jinhua-atlas-map.js"></script>\n` +
        '<jinhua-atlas-map place="dongyang" map="9/29.2/120.3" panel="below" static headline="东阳 &amp; 义乌" aria-label="地图：东阳 &amp; 义乌（金华文献地图）"></jinhua-atlas-map>',
    );
  });

  it('copies the code to the clipboard', async () => {
    await page.getByLabel('iframe（推荐）').check();
    await page.getByLabel('静态图（不可拖动或缩放）').uncheck();
    await page.getByRole('button', { name: '复制代码' }).click();
    await expect.poll(() => page.locator('.code').getByRole('status').textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code());
  });

  it('reloads the preview once the typing of a headline pauses, not at every keystroke, and exports only a preview that is up to date', async () => {
    const pngButton = page.getByRole('button', { name: '下载 PNG 图片' });
    await page.getByLabel('标题').fill('');
    await expect.poll(() => pngButton.isEnabled()).toBe(true);
    const typed = '横店影视城';
    await page.evaluate(() => {
      const w = window as unknown as { __framesAdded: number };
      w.__framesAdded = 0;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'IFRAME') w.__framesAdded++;
      }).observe(document.querySelector('[data-testid="embed-builder"] .frame')!, { childList: true, subtree: true });
    });
    const framesAdded = () => page.evaluate(() => (window as unknown as { __framesAdded: number }).__framesAdded);
    // The page's clock stands still while the headline is typed, one keystroke each 0.4 s of its time (under the
    // builder's 0.5 s pause), so how busy the machine is cannot turn the typing into pauses.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByLabel('标题').focus();
    for (const char of typed) {
      await page.keyboard.insertText(char);
      await page.clock.runFor(400);
    }
    expect(await pngButton.isEnabled()).toBe(false);
    expect(await framesAdded()).toBe(0);
    await page.clock.runFor(500); // the pause: the preview takes the headline
    await page.clock.resume();
    await expect.poll(framesAdded).toBe(1);
    await expect.poll(() => pngButton.isEnabled()).toBe(true);
    const frame = await previewFrame();
    await expect.poll(() => frame.locator('.headline').textContent()).toBe(typed);
    expect(await framesAdded()).toBe(1);
    expect(await code()).toContain(encodeURIComponent(typed).replace(/%20/g, '+'));
  });

  it('carries the description, notes, source and byline into the code and the preview', async () => {
    await page.getByLabel('说明').fill('东阳市在金华市东部。');
    await page.getByLabel('注释').fill('地点位置以高德地图为准。');
    await page.getByLabel('资料来源').fill('金华日报');
    await page.getByLabel('制图者').fill('李四');
    await expect.poll(code).toContain(
      `description=${encodeURIComponent('东阳市在金华市东部。')}&amp;notes=${encodeURIComponent('地点位置以高德地图为准。')}&amp;source=${encodeURIComponent('金华日报')}&amp;byline=${encodeURIComponent('李四')}`,
    );
    await expect.poll(() => page.getByRole('button', { name: '下载 PNG 图片' }).isEnabled(), { timeout: 20_000 }).toBe(true);
    const frame = await previewFrame();
    await expect.poll(() => frame.locator('.caption').textContent(), { timeout: 20_000 }).toBe('东阳市在金华市东部。');
    expect(await frame.locator('.notes').textContent()).toBe('地点位置以高德地图为准。');
    expect(await frame.locator('.source').textContent()).toBe('来源：金华日报 · 制图：李四');
  });

  for (const [size, width] of [
    ['web-600', 600],
    ['print-1col', Math.round((80 / 25.4) * 300)],
  ] as const) {
    it(`downloads a PNG of the preview at the chosen size: ${size}, ${width} px wide`, async () => {
      const frame = await previewFrame();
      await waitForMapIdle(frame);
      await page.getByLabel('尺寸').selectOption(size);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: '下载 PNG 图片' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`jinhua-atlas-dongyang-${size}.png`);
      const bytes = readFileSync((await download.path())!);
      const { width: pngWidth, height } = pngSize(bytes);
      expect(pngWidth).toBe(width);
      // Headline and description, a map about 0.8 as tall as wide, legend, notes, source and credit.
      expect(height).toBeGreaterThan(pngWidth * 0.9);
      expect(bytes.length).toBeGreaterThan(20_000);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(`${SCREENSHOT_DIR}/embed-export-${size}.png`, bytes);
    });
  }

  it('shows the explorer’s document and layer filters, which the editor can remove from the embed', async () => {
    const harness = page.url().replace('place=dongyang', 'place=dongyang&only=wuyi-duibiao-bipin&hidden=village,project');
    const other = await openPage(browser, harness, { width: 1280, height: 1000 });
    try {
      const p = other.page;
      await p.getByRole('button', { name: '嵌入' }).click();
      const builderCode = () => p.locator('[data-testid="embed-builder"] textarea.code-text').inputValue();
      const chips = p.locator('[data-testid="embed-builder"] .inherited .chip');
      await expect.poll(() => chips.count()).toBe(2);
      expect(await chips.first().textContent()).toContain('只显示《');
      expect(await chips.nth(1).textContent()).toContain('只显示：');
      expect(await chips.nth(1).textContent()).not.toContain('村');
      expect(await builderCode()).toContain('doc=wuyi-duibiao-bipin');
      expect(await builderCode()).toMatch(/layers=county,district,town,park,water,landmark,transport[&"]/);
      await p.getByRole('button', { name: /^移除筛选：只显示《/ }).click();
      expect(await builderCode()).not.toContain('doc=');
      await p.getByRole('button', { name: /^移除筛选：只显示：/ }).click();
      expect(await builderCode()).not.toContain('layers=');
      expect(await chips.count()).toBe(0);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.page.context().close();
    }
  });

  it('makes an embed of several places, added by search and removed by their chips, in the preview and in the code', async () => {
    const add = page.getByRole('combobox', { name: '添加地点' });
    await add.fill('义乌');
    await page.getByRole('option', { name: /义乌市/ }).first().waitFor();
    await add.press('Enter'); // the best match
    await add.fill('yongkang');
    await page.locator('[role="option"][data-place="yongkang"]').click();
    expect(await add.inputValue()).toBe('');
    const chips = page.locator('[data-testid="embed-builder"] .places .chip');
    expect(await chips.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place']))).toEqual(['dongyang', 'yiwu', 'yongkang']);
    expect(await code()).toContain(`embed.html?place=dongyang,yiwu,yongkang&amp;`);
    // Escape closes the list of matches, not the builder.
    await add.fill('yi');
    await page.getByRole('listbox', { name: '添加地点' }).waitFor();
    await add.press('Escape');
    await page.getByRole('listbox', { name: '添加地点' }).waitFor({ state: 'hidden' });
    expect(await page.locator('[data-testid="embed-builder"]').isVisible()).toBe(true);
    await add.fill('');

    // The preview is a new embed of the three: listed, and marked on its map.
    const listed = async () => (await previewFrame()).locator('.places .place').evaluateAll((els) => els.map((e) => e.firstChild!.textContent!.trim()));
    await expect.poll(listed, { timeout: 30_000 }).toEqual(['东阳市', '义乌市', '永康市']);
    // In view, as the editor looks at it: Chromium does not draw a cross-origin frame that is out of sight.
    await page.locator('[data-testid="embed-builder"] .frame').scrollIntoViewIfNeeded();
    const frame = await previewFrame();
    await waitForMapIdle(frame);
    const marked = await frame.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return ['dongyang', 'yiwu', 'yongkang'].map((id) => map.getFeatureState({ source: 'atlas-ground', id })['selected'] === true);
    });
    expect(marked).toEqual([true, true, true]);
    await screenshot(page, 'embed-builder-places');

    await page.getByRole('button', { name: '移除地点：义乌市' }).click();
    expect(await code()).toContain(`embed.html?place=dongyang,yongkang&amp;`);
    await expect.poll(() => page.locator('.places').getByRole('status').textContent()).toBe('已移除义乌市');
    // Focus on the chip that took its place, so the keyboard goes on from there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('移除地点：永康市');
    await expect.poll(listed, { timeout: 30_000 }).toEqual(['东阳市', '永康市']);
  });

  it('chooses the kinds the embed draws', async () => {
    const kinds = page.getByRole('group', { name: '地图上画出的图层' });
    await kinds.getByLabel('村社区').uncheck();
    await page.locator('[data-testid="embed-builder"] .frame').scrollIntoViewIfNeeded();
    expect(await code()).toContain('layers=county,district,town,park,water,landmark,transport,project&amp;');
    const frame = async () => (await previewFrame()).evaluate(() => (window as unknown as { __map?: import('maplibre-gl').Map }).__map?.getGlobalState()['hiddenKinds']);
    await expect.poll(frame, { timeout: 30_000 }).toEqual(['village']);
    await kinds.getByLabel('村社区').check();
    expect(await code()).not.toContain('layers=');
  });

  it('has no serious accessibility problems (axe-core)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no request beyond localhost and logged no errors', () => {
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });
});
