import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildAtlas } from '../../src/lib/pipeline/build-atlas.ts';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { displayOrder } from '../../src/lib/search/passage-index.ts';
import {
  axeViolations,
  cameraOf,
  canvasVariety,
  featureStateOf,
  launch,
  openApp,
  screenshot,
  visit,
  waitForMapIdle,
  type OpenedPage,
} from './browser.ts';
import { corpus } from './places.ts';
import { serveAtlas } from './serve-atlas.ts';

const baseUrl = inject('baseUrl');
type MapWindow = { __map: import('maplibre-gl').Map };
const globalState = (page: Page) => page.evaluate(() => (window as unknown as MapWindow).__map.getGlobalState());

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('search', () => {
  let app: OpenedPage;
  beforeAll(async () => {
    app = await openApp(browser, baseUrl);
  });
  // Each search starts from the default view, not from the panel or document the previous one opened.
  beforeEach(async () => {
    await visit(app, baseUrl);
  });
  const box = () => app.page.locator('#search-input');
  const firstPlace = async (text: string) => {
    await box().fill(text);
    return app.page.locator('#search-results [role="option"][data-place]').first().getAttribute('data-place');
  };

  it('finds a place by Chinese, pinyin with or without tones, and English', async () => {
    for (const text of ['东阳', 'dongyang', 'dōngyáng', 'Dong Yang', 'Dongyang']) expect(await firstPlace(text), text).toBe('dongyang');
  });

  it('is driven by the keyboard: arrows move through results, Enter opens the place with focus on it', async () => {
    await box().fill('义乌');
    await box().press('ArrowDown');
    await expect(box().getAttribute('aria-activedescendant')).resolves.toBe('search-option-0');
    await box().press('Enter');
    const panel = app.page.getByTestId('passage-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('义乌市');
    await expect(app.page.evaluate(() => document.activeElement?.id)).resolves.toBe('place-title');
  });

  it('finds passage text, newest documents first, and opens the document at the passage', async () => {
    await box().fill('影视');
    const passages = app.page.locator('#search-results [role="option"]:not([data-place])');
    const expected = displayOrder(corpus.documents).flatMap((d) => corpus.passages.filter((p) => p.documentId === d.id && p.text.includes('影视')));
    // Passages come from the index after the places: the box says it is searching until they do.
    await expect.poll(() => passages.count()).toBe(Math.min(expected.length, 30));
    await expect(app.page.getByTestId('search-searching').count()).resolves.toBe(0);
    await expect(app.page.locator('#search-group-passages').textContent()).resolves.toBe(`原文 · ${expected.length}`);
    await passages.first().click();
    const reader = app.page.getByTestId('reader');
    await expect(reader.locator('.target').getAttribute('data-passage-id')).resolves.toBe(expected[0]!.id);
  });

  it('says so helpfully when nothing matches', async () => {
    await box().fill('zzqx');
    const nothing = app.page.getByTestId('search-dropdown').locator('.nothing');
    await expect(nothing.textContent()).resolves.toContain('hengdian');
    await expect(app.page.locator('.search [role="status"]').textContent()).resolves.toContain('没有找到“zzqx”');
    await box().press('Escape');
  });
});

describe('state in the URL', () => {
  it('restores the place, document, filters, layers, view and language from a link, and keeps it canonical', async () => {
    const search = '?place=yiwu&doc=wuyi-duibiao-bipin&at=3&only=wuyi-duibiao-bipin&layers=county,town,transport&map=9.5/29.1/119.9&lang=en';
    const { page } = await openApp(browser, `${baseUrl}${search}`);
    await expect(page.getByTestId('passage-panel').locator('h2').textContent()).resolves.toBe('Yiwu');
    const reader = page.getByTestId('reader');
    await expect(reader.locator('.target').getAttribute('data-index')).resolves.toBe('3');
    await expect(page.locator('input[data-kind="county"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[data-kind="village"]').isChecked()).resolves.toBe(false);
    const state = await globalState(page);
    expect(state['hiddenKinds']).toEqual(['district', 'village', 'park', 'water', 'landmark', 'project']);
    expect(state['onlyActive']).toBe(true); // openApp waited for the document's shard (nothing aria-busy)
    const camera = await cameraOf(page);
    expect(camera.zoom).toBeCloseTo(9.5, 5);
    expect(camera.center[0]).toBeCloseTo(119.9, 5);
    expect(camera.center[1]).toBeCloseTo(29.1, 5);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    expect(new URL(page.url()).search).toBe(search);
    await page.context().close();
  });

  it('goes back and forward through selections', async () => {
    const { page } = await openApp(browser, baseUrl);
    const list = page.getByTestId('place-list');
    await list.locator('a[data-place="dongyang"]').click();
    await list.locator('a[data-place="wuyi"]').click();
    const title = () => page.getByTestId('passage-panel').locator('h2').textContent();
    await expect(title()).resolves.toBe('武义县');
    await page.goBack();
    await expect.poll(title).toBe('东阳市');
    await expect.poll(() => featureStateOf(page, 'wuyi')).toMatchObject({ selected: false });
    await expect.poll(() => featureStateOf(page, 'dongyang')).toMatchObject({ selected: true });
    await page.goForward();
    await expect.poll(title).toBe('武义县');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.getByTestId('passage-panel').count()).toBe(0);
    await page.context().close();
  });

  it('turns an unknown id or a malformed link into a friendly message and the default view', async () => {
    const app = await openApp(browser, `${baseUrl}?place=atlantis&map=nowhere&layers=county,unicorns&doc=no-such-doc`);
    // The document's shard is asked for and found missing: its notice comes last.
    await expect.poll(() => app.page.getByTestId('notice').allTextContents()).toEqual([
      expect.stringContaining('“layers”参数无法识别'),
      expect.stringContaining('“map”参数无法识别'),
      expect.stringContaining('找不到地点“atlantis”'),
      expect.stringContaining('找不到文献“no-such-doc”'),
    ]);
    expect(await canvasVariety(app.page)).toBeGreaterThan(0.05);
    expect(new URL(app.page.url()).search).toBe('');
    await app.page.getByTestId('notice').first().getByRole('button').click();
    await expect(app.page.getByTestId('notice').count()).resolves.toBe(3);
    expect(app.consoleErrors).toEqual([]);
    await app.page.context().close();
  });
});

describe('language and accessibility', () => {
  it('is Chinese by default and English by a switch, MapLibre controls included, on the same map', async () => {
    const { page } = await openApp(browser, `${baseUrl}?map=10.5/29.25/120.2`);
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    await expect(zoomIn.getAttribute('title')).resolves.toBe('放大');
    await expect(page.locator('.maplibregl-canvas').getAttribute('aria-label')).resolves.toBe('地图');
    await page.evaluate(() => ((window as unknown as { __before: unknown }).__before = (window as unknown as MapWindow).__map));
    const camera = await cameraOf(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await waitForMapIdle(page);
    // Relabelled in place: the same map and canvas, where the reader left it (no new map, no new first view).
    const same = await page.evaluate(() => {
      const before = (window as unknown as { __before: import('maplibre-gl').Map }).__before;
      return before === (window as unknown as MapWindow).__map && document.querySelectorAll('.maplibregl-canvas').length === 1 && before.getCanvas().isConnected;
    });
    expect(same).toBe(true);
    expect(await cameraOf(page)).toEqual(camera);
    await expect(page.locator('.maplibregl-canvas').getAttribute('aria-label')).resolves.toBe('Map');
    await expect(page.locator('.maplibregl-ctrl-attrib-button').getAttribute('title')).resolves.toBe('Toggle attribution');
    await expect(page.locator('h1').textContent()).resolves.toBe('Jinhua Atlas');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).resolves.toBe('Zoom in');
    const field = await page.evaluate(() => (window as unknown as MapWindow).__map.getLayoutProperty('county-label', 'text-field'));
    expect(field).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name']]);
    await expect(page.getByTestId('place-list').locator('a[data-place="dongyang"] .name').textContent()).resolves.toBe('Dongyang');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await expect(page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).resolves.toBe('放大');
    const back = await page.evaluate(() => (window as unknown as MapWindow).__map.getLayoutProperty('county-label', 'text-field'));
    expect(back).toEqual(['get', 'name']);
    await page.context().close();
  });

  it('works from the keyboard alone: the list opens a place, focus goes to it, Escape returns it', async () => {
    const { page } = await openApp(browser, baseUrl);
    let focused: string | null = null;
    for (let i = 0; i < 12 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.closest('[data-testid="place-list"]') ? (document.activeElement as HTMLElement).dataset['place'] ?? null : null));
    }
    expect(focused).toBe('dongyang');
    const visible = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
    expect(visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('passage-panel').locator('h2').textContent()).resolves.toBe('东阳市');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('place-title');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('passage-panel').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset['place'])).resolves.toBe('dongyang');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations, with and without panels, in both languages', async () => {
    for (const search of ['', '?place=dongyang&doc=dongyang-sixue-sizheng', '?place=yiwu&lang=en']) {
      const { page } = await openApp(browser, `${baseUrl}${search}`);
      expect(await axeViolations(page), search || 'default view').toEqual([]);
      await page.context().close();
    }
    const { page } = await openApp(browser, `${baseUrl}?place=dongyang`, { width: 390, height: 844 });
    expect(await axeViolations(page), 'phone').toEqual([]);
    await page.context().close();
  });

  it('fits a phone: the panel is a bottom sheet under the map', async () => {
    const { page } = await openApp(browser, `${baseUrl}?place=dongyang`, { width: 390, height: 844 });
    const sheet = (await page.locator('.panel-wrap').boundingBox())!;
    expect(sheet.width).toBeCloseTo(390, 0);
    expect(sheet.y).toBeGreaterThan(844 * 0.3);
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    const map = (await page.locator('.map-area').boundingBox())!;
    expect(map.y + map.height).toBeLessThanOrEqual(sheet.y + 1);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    await screenshot(page, 'narrow-place');
    await page.context().close();
  });

  it('on a wide screen shows reader, map and panel side by side', async () => {
    const { page } = await openApp(browser, `${baseUrl}?place=dongyang&doc=dongyang-sixue-sizheng`);
    const boxOf = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const [reader, map, panel] = [await boxOf('.side'), await boxOf('.map-area'), await boxOf('.panel-wrap')];
    expect(reader.x + reader.width).toBeLessThanOrEqual(map.x + 1);
    expect(map.x + map.width).toBeLessThanOrEqual(panel.x + 1);
    await screenshot(page, 'wide-place-reader');
    await page.context().close();
  });
});

describe('safety', () => {
  it('shows markup in a document as characters and runs none of it', async () => {
    const inputs = readInputs(process.cwd());
    const hostile = '恶意测试\n<script>window.__pwned = "script"</script>\n东阳<img src=x onerror="window.__pwned = \'img\'">义乌\n';
    inputs.documents.push({ file: 'data/documents/zz-hostile.txt', content: new TextEncoder().encode(hostile) });
    const app = await openApp(browser, `${baseUrl}?doc=zz-hostile`, undefined, (page) => serveAtlas(page, buildAtlas(inputs)));
    const reader = app.page.getByTestId('reader');
    const text = await reader.locator('.body').textContent();
    expect(text).toContain('<script>window.__pwned = "script"</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = \'img\'">');
    await expect(reader.locator('script, img').count()).resolves.toBe(0);
    await expect(reader.locator('a.mention[data-place="dongyang"]').count()).resolves.toBe(1);
    await app.page.locator('#search-input').fill('onerror');
    await expect(app.page.locator('#search-results img').count()).resolves.toBe(0);
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await app.page.context().close();
  });
});

describe('offline', () => {
  it('requests nothing beyond localhost by default, and falls back to the offline map when an online basemap cannot be reached', async () => {
    const app = await openApp(browser, baseUrl);
    expect(app.offsiteRequests).toEqual([]);
    // The layers panel starts folded where the map is narrow; a reader unfolds it to reach the basemaps.
    if ((await app.page.locator('#layers-toggle').getAttribute('aria-expanded')) === 'false') await app.page.locator('#layers-toggle').click();
    await app.page.locator('#basemap-select').selectOption('openfreemap');
    await expect.poll(() => app.page.getByTestId('notice').allTextContents()).toEqual([expect.stringContaining('无法连接OpenFreeMap')]);
    expect(app.offsiteRequests.length).toBeGreaterThan(0);
    expect(app.offsiteRequests.every((url) => new URL(url).hostname === 'tiles.openfreemap.org')).toBe(true);
    await expect(app.page.locator('#basemap-select').inputValue()).resolves.toBe('offline');
    expect(await canvasVariety(app.page)).toBeGreaterThan(0.05);
    await app.page.context().close();
  });
});
