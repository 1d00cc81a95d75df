/**
 * Hostile and heavy runtime conditions (issue #18): online basemaps that never answer, a page of twenty web
 * components (more than the WebGL contexts a browser keeps), a browser without WebGL, lost WebGL contexts, host
 * pages under a strict content-security policy, and links with values out of range or absurdly long.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canvasVariety, launch, openApp, openPage, screenshot, waitForMapIdle, type OpenedPage } from './browser.ts';
import { FIXTURE_PATH } from './embed-fixtures.ts';
import { BASEMAP_TIMEOUT_MS } from '../../src/lib/map/basemaps.ts';

const baseUrl = inject('baseUrl');
const fixtureUrl = (name: string) => `${baseUrl}${FIXTURE_PATH.slice(1)}${name}`;
const ELEMENT = 'jinhua-atlas-map';
const WAIT = { timeout: 60_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/**
 * Init script: WebGL refused to every canvas (`__noWebgl`) or to canvases inside an element marked data-no-webgl,
 * as in a browser without it; and every content-security-policy violation kept, in whichever frame it happens.
 */
function hostileBrowser(everywhere: boolean) {
  const w = window as unknown as { __noWebgl: boolean; __violations: string[] };
  w.__noWebgl = everywhere;
  w.__violations = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const host = (this.getRootNode() as ShadowRoot).host;
    if (/webgl/.test(type) && (w.__noWebgl || host?.hasAttribute('data-no-webgl'))) return null;
    return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof getContext;
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
    w.__violations.push(violation);
    console.error(`CSP violation: ${violation}`);
  });
}

describe('online basemaps that never answer', () => {
  /**
   * Opens the explorer with every request to OpenFreeMap held (never answered, never failed), then chooses it. The
   * page's clock is Playwright's fake one (it runs at normal speed until a test moves it on), so a test waits for
   * what the timeout guards to begin, then moves the clock past the timeout rather than waiting it out.
   */
  async function chooseHangingBasemap(answerStyle: boolean): Promise<OpenedPage> {
    const app = await openApp(browser, baseUrl, undefined, async (page) => {
      await page.clock.install();
      await page.route('https://tiles.openfreemap.org/**', (route) => {
        const style = { version: 8, sources: { ofm: { type: 'vector', tiles: ['https://tiles.openfreemap.org/planet/{z}/{x}/{y}.pbf'] } }, layers: [{ id: 'water', type: 'fill', source: 'ofm', 'source-layer': 'water', paint: { 'fill-color': '#9cf' } }] };
        if (answerStyle && route.request().url().includes('/styles/')) return route.fulfill({ json: style });
        // Otherwise: no answer at all, as a server that accepts the connection and then says nothing.
      });
    });
    if ((await app.page.locator('#layers-toggle').getAttribute('aria-expanded')) === 'false') await app.page.locator('#layers-toggle').click();
    const styleRequested = app.page.waitForRequest(/tiles\.openfreemap\.org\/styles\//, WAIT);
    await app.page.locator('#basemap-select').selectOption('openfreemap');
    await styleRequested;
    return app;
  }

  it('gives up on a style request with no answer, says so as for a failed one, and shows the offline map in the menu', async () => {
    const app = await chooseHangingBasemap(false);
    await app.page.clock.fastForward(BASEMAP_TIMEOUT_MS);
    await expect.poll(() => app.page.getByTestId('notice').allTextContents(), { timeout: 60_000 }).toEqual([expect.stringContaining('无法连接OpenFreeMap')]);
    await expect(app.page.locator('#basemap-select').inputValue()).resolves.toBe('offline');
    expect(app.offsiteRequests).toEqual([]); // every OpenFreeMap request was held, none went anywhere else
    await waitForMapIdle(app.page);
    expect(await canvasVariety(app.page)).toBeGreaterThan(0.05);
    await app.page.context().close();
  });

  it('gives up on tiles that never arrive once the style has, and falls back the same way', async () => {
    const app = await chooseHangingBasemap(true);
    // The basemap is on the map, waiting for its tiles…
    await app.page.waitForFunction(() => !!(window as unknown as { __map: import('maplibre-gl').Map }).__map.getLayer('basemap-ofm-water'), undefined, WAIT);
    // …until the timeout: the same notice, the offline map back and named in the menu.
    await app.page.clock.fastForward(BASEMAP_TIMEOUT_MS);
    await expect.poll(() => app.page.getByTestId('notice').allTextContents(), { timeout: 60_000 }).toEqual([expect.stringContaining('无法连接OpenFreeMap')]);
    await expect(app.page.locator('#basemap-select').inputValue()).resolves.toBe('offline');
    await app.page.waitForFunction(() => !(window as unknown as { __map: import('maplibre-gl').Map }).__map.getLayer('basemap-ofm-water'), undefined, WAIT);
    await app.page.context().close();
  });
});

describe('links with values out of range or absurdly long', () => {
  it('opens a document at its start with a notice in the reader’s language when the passage does not exist', async () => {
    const { page } = await openApp(browser, `${baseUrl}?doc=wuyi-duibiao-bipin&at=999`);
    await expect.poll(() => page.getByTestId('notice').allTextContents()).toEqual([expect.stringContaining('链接所指的段落不在这篇文献中')]);
    await expect(page.locator('.reader').count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get('at')).toBeNull(); // the address no longer claims the passage
    await page.goto(`${baseUrl}?doc=wuyi-duibiao-bipin&at=999&lang=en`);
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('notice').allTextContents()).toEqual([expect.stringContaining('The passage the link points to is not in this document')]);
    await page.context().close();
  });

  it('keeps a notice that echoes a very long value within the screen, as text', async () => {
    // As long as a server takes in a query string (Node's 16 KB of headers; the 100,000 characters get a 431).
    const huge = `<b>${'x'.repeat(8_000)}`;
    const { page } = await openPage(browser, `${baseUrl}embed.html?place=${encodeURIComponent(huge)}`, { width: 400, height: 700 });
    const notice = page.locator('.notice');
    await notice.waitFor(WAIT);
    const box = (await notice.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(400);
    expect(box.height).toBeLessThan(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await expect(notice.textContent()).resolves.toContain('<b>xxx');
    await expect(notice.locator('b').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('web components: any number per page, with or without WebGL', () => {
  type Host = Window & { __events: Array<{ type: string; index: number; detail: unknown }> };
  type Element = HTMLElement & { map: import('maplibre-gl').Map | null; toPNG(): Promise<Blob> };

  function recordEvents() {
    const w = window as unknown as Host;
    w.__events = [];
    for (const type of ['jinhua-atlas-ready', 'jinhua-atlas-error']) {
      document.addEventListener(type, (event) => {
        const index = [...document.querySelectorAll<HTMLElement>('jinhua-atlas-map')].indexOf(event.target as HTMLElement);
        w.__events.push({ type, index, detail: (event as CustomEvent).detail ?? null });
      });
    }
  }
  const events = (page: Page) => page.evaluate(() => (window as unknown as Host).__events);
  const liveMaps = (page: Page) =>
    page.evaluate((name) => [...document.querySelectorAll(name)].filter((el) => el.shadowRoot?.querySelector('.maplibregl-canvas')).length, ELEMENT);
  const countOf = async (page: Page, type: string, index: number) => (await events(page)).filter((e) => e.type === type && e.index === index).length;

  let opened: OpenedPage;
  /** Chromium's warnings that it dropped the oldest WebGL context to make room. */
  const contextWarnings: string[] = [];
  beforeAll(async () => {
    opened = await openPage(browser, fixtureUrl('article-many.html'), { width: 900, height: 700 }, async (page) => {
      page.on('console', (message) => {
        if (/too many active webgl contexts/i.test(message.text())) contextWarnings.push(message.text());
      });
      await page.addInitScript(hostileBrowser, false);
      await page.addInitScript(recordEvents);
    });
  });
  afterAll(async () => opened?.page.context().close());

  it('draws each of twenty maps as it is scrolled to, keeping only those near the viewport, and says which cannot be drawn', async () => {
    const { page } = opened;
    let most = 0;
    for (let i = 0; i < 20; i++) {
      await page.locator(ELEMENT).nth(i).scrollIntoViewIfNeeded();
      const type = i === 7 ? 'jinhua-atlas-error' : 'jinhua-atlas-ready';
      await page.waitForFunction(([t, n]) => (window as unknown as Host).__events.some((e) => e.type === t && e.index === n), [type, i] as const, WAIT);
      most = Math.max(most, await liveMaps(page));
    }
    // Far fewer contexts than the browser's limit (about 16) at any time, and never one taken from a drawn map.
    expect(most).toBeLessThanOrEqual(6);
    expect(contextWarnings).toEqual([]);
    // The one without WebGL told the host, and says so where its map would be.
    const failure = (await events(page)).find((e) => e.type === 'jinhua-atlas-error');
    expect(failure).toEqual({ type: 'jinhua-atlas-error', index: 7, detail: { reason: 'webgl', message: expect.stringContaining('WebGL is unavailable') } });
    const message = page.locator(ELEMENT).nth(7).locator('.unavailable');
    await message.scrollIntoViewIfNeeded();
    await expect(message.textContent()).resolves.toBe('此浏览器无法绘制地图（WebGL 不可用）。');
    expect(await message.isVisible()).toBe(true);
    await page.locator(ELEMENT).nth(7).screenshot({ path: 'test-results/screenshots/component-no-webgl.png' });
    // The first map was released far down the page, and is drawn again on the way back up.
    const readyBefore = await countOf(page, 'jinhua-atlas-ready', 0);
    await page.locator(ELEMENT).nth(0).scrollIntoViewIfNeeded();
    await expect.poll(() => countOf(page, 'jinhua-atlas-ready', 0), WAIT).toBe(readyBefore + 1);
    await page.evaluate((name) => ((window as unknown as { __map: unknown }).__map = (document.querySelector(name) as Element).map), ELEMENT);
    await waitForMapIdle(page);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
  });

  it('settles every toPNG(): a picture when drawn, a clear error when far away, removed or without WebGL', async () => {
    const { page } = opened;
    await page.locator(ELEMENT).nth(0).scrollIntoViewIfNeeded();
    await page.waitForFunction((name) => !!(document.querySelector(name) as Element).map, ELEMENT, WAIT);
    const outcomes = await page.evaluate(async (name) => {
      const all = [...document.querySelectorAll(name)] as Element[];
      const outcome = (promise: Promise<Blob>) => promise.then((blob) => `png ${blob.type} ${blob.size > 1000}`, (error: Error) => error.message);
      const added = document.createElement(name) as Element;
      added.setAttribute('place', 'yiwu');
      all[0]!.before(added);
      const removedWhileWaiting = outcome(added.toPNG());
      added.remove();
      return {
        drawn: await outcome(all[0]!.toPNG()),
        far: await outcome(all[19]!.toPNG()),
        noWebgl: await outcome(all[7]!.toPNG()),
        removed: await removedWhileWaiting,
      };
    }, ELEMENT);
    expect(outcomes).toEqual({
      drawn: 'png image/png true',
      far: expect.stringContaining('far from the viewport'),
      noWebgl: expect.stringContaining('WebGL is unavailable'),
      removed: '<jinhua-atlas-map> was removed from the page',
    });
  });

  it('draws a map again after the browser takes its WebGL context away', async () => {
    const { page } = opened;
    await page.locator(ELEMENT).nth(0).scrollIntoViewIfNeeded();
    await page.waitForFunction((name) => !!(document.querySelector(name) as Element).map?.loaded(), ELEMENT, WAIT);
    const readyBefore = await countOf(page, 'jinhua-atlas-ready', 0);
    await page.evaluate((name) => {
      const canvas = (document.querySelector(name) as Element).map!.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      gl.getExtension('WEBGL_lose_context')!.loseContext(); // and never restored, as when the browser needs the room
    }, ELEMENT);
    await expect.poll(() => countOf(page, 'jinhua-atlas-ready', 0), WAIT).toBe(readyBefore + 1);
    await page.evaluate((name) => ((window as unknown as { __map: unknown }).__map = (document.querySelector(name) as Element).map), ELEMENT);
    await waitForMapIdle(page);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
  });
});

describe('the embed page without WebGL', () => {
  it('says so where the map would be, tells the host, and throws nothing', async () => {
    const { page, consoleErrors } = await openPage(browser, `${baseUrl}embed.html?place=dongyang&lang=en`, { width: 640, height: 700 }, async (p) => {
      await p.addInitScript(hostileBrowser, true);
    });
    const message = page.locator('.unavailable');
    await message.waitFor(WAIT);
    await expect(message.textContent()).resolves.toBe('This browser cannot draw the map (WebGL is unavailable).');
    await expect(page.locator('.headline').textContent()).resolves.toBe('Dongyang'); // the rest of the embed is there
    expect(consoleErrors.filter((e) => !e.startsWith('CSP'))).toEqual([]);
    await screenshot(page, 'embed-no-webgl');
    await page.context().close();
  });
});

describe('host pages under a strict content-security policy', () => {
  /** The policy the README gives the atlas's own server, for the explorer and the embed page. */
  const ATLAS_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";
  const withPolicy = async (route: import('playwright-core').Route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': ATLAS_POLICY } });
  };

  it('runs the explorer under the atlas server’s policy without a violation', async () => {
    const { page, consoleErrors } = await openPage(browser, baseUrl, undefined, async (p) => {
      await p.addInitScript(hostileBrowser, false);
      await p.route((url) => url.pathname === '/', withPolicy);
    });
    await waitForMapIdle(page);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    await page.locator('#search-input').focus(); // the rest of the gazetteer is fetched now
    await page.locator('#search-input').fill('横店');
    await page.locator('#search-results [role="option"]').first().waitFor(WAIT);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(consoleErrors.filter((e) => /CSP|Content Security Policy|Refused/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it('draws the iframe and the web component, sizes the iframe, and reports no violation', async () => {
    const { page, consoleErrors } = await openPage(browser, fixtureUrl('article-csp.html'), { width: 900, height: 900 }, async (p) => {
      await p.addInitScript(hostileBrowser, false);
      await p.route(/\/embed\.html\?/, withPolicy);
    });
    // The web component (same site as the page: no blob: worker, no inline style).
    await page.waitForFunction((name) => !!(document.querySelector(name) as HTMLElement & { map: { loaded(): boolean } | null }).map?.loaded(), ELEMENT, WAIT);
    await page.evaluate((name) => ((window as unknown as { __map: unknown }).__map = (document.querySelector(name) as HTMLElement & { map: unknown }).map), ELEMENT);
    await waitForMapIdle(page);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    // The iframe, under the embed's own policy, and sized by the resize script loaded from the site itself.
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await waitForMapIdle(frame);
    expect(await canvasVariety(frame)).toBeGreaterThan(0.05);
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '', undefined, WAIT);
    const reported = () => frame.evaluate(() => Math.ceil(document.getElementById('embed')!.getBoundingClientRect().height));
    const shown = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    await expect.poll(async () => (await shown()) - (await reported())).toBe(0);
    expect(await shown()).not.toBe(470); // the snippet's initial height
    // Nothing was blocked, in the page or in the frame.
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(await frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(consoleErrors.filter((e) => /CSP|Content Security Policy|Refused/i.test(e))).toEqual([]);
    await screenshot(page, 'strict-csp-article');
    await page.context().close();
  });

  it('draws the web component from another origin under the policy given for that case', async () => {
    const { page, consoleErrors } = await openPage(browser, fixtureUrl('article-csp-cross.html'), { width: 900, height: 900 }, async (p) => {
      await p.addInitScript(hostileBrowser, false);
    });
    await page.waitForFunction((name) => !!(document.querySelector(name) as HTMLElement & { map: { loaded(): boolean } | null }).map?.loaded(), ELEMENT, WAIT);
    await page.evaluate((name) => ((window as unknown as { __map: unknown }).__map = (document.querySelector(name) as HTMLElement & { map: unknown }).map), ELEMENT);
    await waitForMapIdle(page);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(consoleErrors.filter((e) => /CSP|Content Security Policy|Refused/i.test(e))).toEqual([]);
    await page.context().close();
  });
});
