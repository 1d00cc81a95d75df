/**
 * A sample news article (tests/fixtures/article.html) with two iframes pasted from the embed-code builder and one
 * <jinhua-atlas-map> element, served cross-origin to the embeds. What an editor and a reader rely on: the maps
 * render, the page scrolls under the wheel, Ctrl + wheel zooms, the iframes size themselves, selections reach
 * the host, the web component keeps its CSS to itself, and the PNG export gives a real picture.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SCREENSHOT_DIR, canvasVariety, launch, openPage, screenshot, waitForMapIdle, type OpenedPage } from './browser.ts';
import { FIXTURE_PATH } from './embed-fixtures.ts';
import { CLICKABLE_LAYERS } from '../../src/lib/map/style.ts';

const articleUrl = `${inject('baseUrl')}${FIXTURE_PATH.slice(1)}article.html`;
const ELEMENT = 'jinhua-atlas-map';

interface Received {
  data: { type: string; height?: number; place?: { id: string; name: string } | null; dataUrl?: string; requestId?: string };
  /** Index of the iframe that sent it, -1 for none. */
  frame: number;
}
type Win = Window & { __embedMessages: Received[]; __map?: unknown };

/** In the article (top frame only): keep every message from an embed, with the iframe it came from. */
function collectMessages() {
  if (window.top !== window) return;
  const w = window as unknown as Win;
  w.__embedMessages = [];
  window.addEventListener('message', (event) => {
    if ((event.data as { source?: string })?.source !== 'jinhua-atlas') return;
    const frame = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === event.source);
    w.__embedMessages.push({ data: event.data, frame });
  });
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as Win).__embedMessages);

async function iframe(page: Page, index: number): Promise<Frame> {
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no frame`);
  return frame;
}

/** Scrolls the n-th figure into view (iframes load lazily) and waits until its map has rendered. */
async function showIframe(page: Page, index: number): Promise<Frame> {
  await page.locator('iframe').nth(index).scrollIntoViewIfNeeded();
  await page.waitForFunction((i) => (window as unknown as Win).__embedMessages.some((m) => m.frame === i && m.data.type === 'ready'), index, {
    timeout: 30_000,
  });
  const frame = await iframe(page, index);
  await waitForMapIdle(frame);
  return frame;
}

/**
 * Scrolls the n-th <jinhua-atlas-map> into view, waits for its map to load and exposes it as window.__map for the
 * shared helpers. An element has a map only while near the viewport, so every test that reads one comes here first.
 */
async function showElement(page: Page, index = 0): Promise<void> {
  await page.locator(ELEMENT).nth(index).scrollIntoViewIfNeeded();
  await page.waitForFunction(
    ([name, i]) => {
      const map = (document.querySelectorAll(name as string)[i as number] as HTMLElement & { map: { loaded(): boolean; areTilesLoaded(): boolean } | null })?.map;
      if (map?.loaded() && map.areTilesLoaded()) (window as unknown as Win).__map = map;
      return !!map?.loaded() && map.areTilesLoaded();
    },
    [ELEMENT, index],
    { timeout: 30_000 },
  );
}

/** Waits until the map has stopped moving and the article has stopped scrolling, so positions hold still. */
async function settle(page: Page, map: Pick<Page, 'waitForFunction'>) {
  await map.waitForFunction(() => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    return !m.isMoving() && m.loaded();
  });
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const y = window.scrollY;
        setTimeout(() => resolve(window.scrollY === y), 150);
      }),
  );
}

const zoomOf = (target: Pick<Page, 'evaluate'>) =>
  target.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());

/** Centre of a map canvas in the article's coordinates: in the n-th iframe, or (no index) in the element. */
async function mapCentre(page: Page, iframeIndex?: number) {
  const canvas = (target: Pick<Page, 'evaluate'>) =>
    target.evaluate(() => {
      const r = document.querySelector('jinhua-atlas-map')?.shadowRoot?.querySelector('.maplibregl-canvas')?.getBoundingClientRect() ??
        document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
  if (iframeIndex === undefined) return canvas(page);
  const box = (await page.locator('iframe').nth(iframeIndex).boundingBox())!;
  const inner = await canvas(await iframe(page, iframeIndex));
  return { x: box.x + inner.x, y: box.y + inner.y };
}

async function ctrlWheel(page: Page, at: { x: number; y: number }) {
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
}

/**
 * A canvas point (CSS pixels) where a click means the given place: within a few pixels of it, every clickable
 * feature drawn is that place (no town or road on top), found by asking the map about a grid of points.
 */
function pointInside(target: Pick<Page, 'evaluate'>, placeId: string) {
  return target.evaluate(
    ([id, layers]) => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      for (let y = 40; y < h - 40; y += 10)
        for (let x = 40; x < w - 60; x += 10) {
          const hits = map.queryRenderedFeatures([[x - 8, y - 8], [x + 8, y + 8]], { layers: layers as string[] });
          if (hits.length && hits.every((f) => f.properties.id === id)) return { x, y };
        }
      return null;
    },
    [placeId, CLICKABLE_LAYERS] as const,
  );
}

/** Size of a PNG (a data: or blob: URL) and how varied its pixels are inside a band of rows (0–1 of the height). */
function inspectPng(page: Page, url: string, rows: [number, number]) {
  return page.evaluate(
    async ([src, [from, to]]) => {
      const bitmap = await createImageBitmap(await (await fetch(src as string)).blob());
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const y0 = Math.floor(bitmap.height * (from as number));
      const data = ctx.getImageData(0, y0, bitmap.width, Math.floor(bitmap.height * (to as number)) - y0).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 16) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return { width: bitmap.width, height: bitmap.height, variety: 1 - Math.max(...counts.values()) / (data.length / 16) };
    },
    [url, rows] as const,
  );
}

/** Keeps an exported PNG beside the screenshots, to be looked at. */
function savePng(name: string, dataUrl: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(`${SCREENSHOT_DIR}/${name}.png`, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

describe('an article with two embedded iframes and a web component', () => {
  let browser: Browser;
  let article: OpenedPage;
  let page: Page;
  let dongyang: Frame;
  let still: Frame;
  const atlasRequests: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    article = await openPage(browser, articleUrl, { width: 1280, height: 900 }, async (p) => {
      await p.addInitScript(collectMessages);
      p.on('request', (r) => {
        if (r.frame() === p.mainFrame() && r.url().includes('/atlas/')) atlasRequests.push(r.url());
      });
    });
    page = article.page;
    dongyang = await showIframe(page, 0);
    still = await showIframe(page, 1);
    await showElement(page);
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  afterAll(async () => browser?.close());

  /** Brings a map (the first iframe's or the element's) into view, lets it settle, and says where and how it is. */
  async function approach(target: 'iframe' | typeof ELEMENT) {
    if (target === ELEMENT) await showElement(page);
    else await page.locator(target).first().scrollIntoViewIfNeeded();
    const map = target === 'iframe' ? dongyang : page;
    await settle(page, map);
    return {
      map,
      zoom: await zoomOf(map),
      scrolled: await page.evaluate(() => window.scrollY),
      at: await mapCentre(page, target === 'iframe' ? 0 : undefined),
    };
  }

  it('renders the three maps, not blank, each saying what it shows without a click', async () => {
    // A browser gives an iframe out of view no animation frames, so each map is brought into view to be read.
    for (const [target, map] of [['iframe >> nth=0', dongyang], ['iframe >> nth=1', still], [ELEMENT, page]] as const) {
      if (target === ELEMENT) await showElement(page);
      else await page.locator(target).scrollIntoViewIfNeeded();
      expect(await canvasVariety(map), target).toBeGreaterThan(0.05);
    }

    expect(await dongyang.locator('.headline').textContent()).toBe('东阳市');
    expect(await dongyang.locator('.caption').textContent()).toMatch(/^地图标出东阳市；\d 篇文献中共有 \d+ 段提到它。$/);
    expect(await still.locator('.headline').textContent()).toBe('Yiwu and Yongkang');
    expect(await page.locator(`${ELEMENT} .headline`).textContent()).toBe('武义县');
    expect(await dongyang.getAttribute('.maplibregl-map', 'aria-label')).toBe('地图：东阳市');
    expect(await dongyang.title()).toBe('交互地图：东阳市（金华文献地图）');
    // Attribution is always on screen (not collapsed behind a button).
    for (const target of [dongyang, still, page]) {
      const attribution = target.locator('.maplibregl-ctrl-attrib:not(.maplibregl-compact)');
      expect(await attribution.first().textContent()).toContain('CC BY 4.0');
      expect(await attribution.first().isVisible()).toBe(true);
    }
    expect(await page.locator(ELEMENT).getAttribute('aria-label')).toBe('交互地图：武义县（金华文献地图）');
  });

  it('sizes each iframe to the height its embed reports, so nothing is cut off and nothing scrolls inside', async () => {
    const received = await messages(page);
    for (const index of [0, 1]) {
      const heights = received.filter((m) => m.frame === index && m.data.type === 'height').map((m) => m.data.height!);
      expect(heights.length).toBeGreaterThan(0);
      const frame = await iframe(page, index);
      const content = await frame.evaluate(() => Math.ceil(document.getElementById('embed')!.getBoundingClientRect().height));
      expect(heights.at(-1)).toBe(content);
      const box = (await page.locator('iframe').nth(index).boundingBox())!;
      expect(Math.round(box.height)).toBe(content);
      expect(await frame.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    }
    // The layout of a 648 px column: passages beside the map.
    expect(await dongyang.getAttribute('.jinhua-embed', 'data-layout')).toBe('beside');
  });

  it('scrolls the article, not the map, when the wheel turns over a map, and says how to zoom', async () => {
    for (const target of ['iframe', ELEMENT] as const) {
      const { map, zoom, scrolled, at } = await approach(target);
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, 240);
      await page.waitForFunction((before) => window.scrollY > before + 100, scrolled, { timeout: 5000 });
      expect(await zoomOf(map)).toBe(zoom);
    }
    const hint = await dongyang.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message').textContent();
    expect(hint).toBe('按住 Ctrl 键并滚动以缩放地图');
  });

  it('zooms the map on Ctrl + wheel, and the article stays put', async () => {
    for (const target of ['iframe', ELEMENT] as const) {
      const { map, zoom, scrolled, at } = await approach(target);
      await ctrlWheel(page, at);
      await map.waitForFunction((before) => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom() > before + 0.2, zoom, {
        timeout: 5000,
      });
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    }
  });

  it('static embed: a picture with no controls, no buttons, and no zoom under Ctrl + wheel', async () => {
    expect(await still.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-fullscreen, button').count()).toBe(0);
    await page.locator('iframe').nth(1).scrollIntoViewIfNeeded();
    await settle(page, still);
    const zoom = await zoomOf(still);
    // Count the wheel events that reach the static embed's page, so the check waits for the wheel to arrive.
    await still.evaluate(() => {
      const w = window as unknown as { __wheels: number };
      w.__wheels = 0;
      window.addEventListener('wheel', () => w.__wheels++, { capture: true, passive: true });
    });
    // Wheeled again until one reaches it: on a busy machine the article can still be settling its layout.
    await expect
      .poll(async () => {
        await ctrlWheel(page, await mapCentre(page, 1));
        return still.evaluate(() => (window as unknown as { __wheels: number }).__wheels);
      }, { timeout: 30_000 })
      .toBeGreaterThan(0);
    // An interactive map starts zooming in the frame after a wheel event; give this one two frames to (not) react.
    await still.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await still.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.isMoving())).toBe(false);
    expect(await zoomOf(still)).toBe(zoom);
  });

  it('tells the host which place a reader clicked, and shows that place’s passages', async () => {
    await page.locator('iframe').first().scrollIntoViewIfNeeded();
    await settle(page, dongyang);
    const inside = await pointInside(dongyang, 'yiwu');
    expect(inside).not.toBeNull();
    await dongyang.locator('.maplibregl-canvas').click({ position: inside! });
    await page.waitForFunction(() =>
      (window as unknown as Win).__embedMessages.some((m) => m.frame === 0 && m.data.type === 'select' && m.data.place?.id === 'yiwu'),
    );
    const select = (await messages(page)).find((m) => m.data.type === 'select')!;
    expect(select.data.place).toMatchObject({ id: 'yiwu', name: '义乌市', name_en: 'Yiwu', kind: 'county' });
    expect(await dongyang.getByTestId('embed-passages').getByRole('heading', { level: 2 }).textContent()).toMatch(/^\d+ 段提到义乌市$/);
    expect(await dongyang.locator('[data-testid="embed-passages"] mark').first().textContent()).toMatch(/^义乌/);
  });

  it('lets keyboard users Tab into the embed’s place list and pick a place with Enter', async () => {
    await page.locator('h1').click();
    let onPlace = false;
    for (let i = 0; i < 12 && !onPlace; i++) {
      await page.keyboard.press('Tab');
      onPlace = await dongyang.evaluate(() => document.activeElement?.classList.contains('place') ?? false);
    }
    expect(onPlace).toBe(true);
    expect(await dongyang.evaluate(() => document.activeElement!.closest('ul')!.getAttribute('aria-label'))).toBe('地图上的地点');
    const before = (await messages(page)).length;
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window as unknown as Win).__embedMessages.slice(n).some((m) => m.data.type === 'select'), before);
    const selection = (await messages(page)).slice(before).find((m) => m.data.type === 'select')!;
    expect(selection.data).toMatchObject({ place: { id: 'dongyang' } });
    expect(await dongyang.locator('button.place[aria-pressed="true"]').textContent()).toContain('东阳市');
  });

  it('web component: fires a select event, keeps its CSS and the article’s apart, and MapLibre’s controls work', async () => {
    await showElement(page);
    const detail = page.evaluate(
      (name) => new Promise((resolve) => document.querySelector(name)!.addEventListener('jinhua-atlas-select', (e) => resolve((e as CustomEvent).detail))),
      ELEMENT,
    );
    await settle(page, page);
    const inside = await pointInside(page, 'wuyi');
    await page.locator(`${ELEMENT} .maplibregl-canvas`).click({ position: inside! });
    expect(await detail).toMatchObject({ place: { id: 'wuyi', name: '武义县' } });

    // The article's styles are what the article set, and it gained no style sheet from the element.
    const host = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      headline: getComputedStyle(document.getElementById('host-headline')!).fontSize,
      caption: getComputedStyle(document.getElementById('host-caption')!).color,
      panel: getComputedStyle(document.getElementById('host-panel')!).borderTopStyle,
    }));
    expect(host).toEqual({ sheets: 1, headline: '40px', caption: 'rgb(128, 0, 0)', panel: 'dotted' });
    // The element's parts look as the embed styles them, whatever the article says about .headline or buttons.
    const inner = await page.evaluate((name) => {
      const root = document.querySelector(name)!.shadowRoot!;
      return {
        headline: getComputedStyle(root.querySelector('.headline')!).fontSize,
        button: getComputedStyle(root.querySelector('button.place')!).backgroundColor,
        zoomButton: root.querySelector('.maplibregl-ctrl-zoom-in')!.getBoundingClientRect().width,
      };
    }, ELEMENT);
    expect(inner.headline).not.toBe('40px');
    expect(inner.button).not.toBe('rgb(204, 0, 0)');
    expect(inner.zoomButton).toBe(29); // MapLibre's own control size: its CSS reached the shadow root
    const zoom = await zoomOf(page);
    await page.locator(`${ELEMENT} .maplibregl-ctrl-zoom-in`).click();
    await page.waitForFunction((z) => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom() >= z + 0.99, zoom);
  });

  it('web component: several on one page render independently and share one download of the atlas', async () => {
    await page.evaluate((name) => {
      const second = document.createElement(name);
      second.setAttribute('place', 'pujiang');
      second.setAttribute('panel', 'none');
      document.getElementById('embed-component')!.append(second);
    }, ELEMENT);
    await showElement(page, 1);
    expect(await canvasVariety(page)).toBeGreaterThan(0.05);
    const centres = await page.evaluate((name) =>
      [...document.querySelectorAll(name)].map((el) => (el as HTMLElement & { map: import('maplibre-gl').Map }).map.getCenter().lng.toFixed(3)),
    ELEMENT);
    expect(new Set(centres).size).toBe(2);
    expect(await page.locator(`${ELEMENT} >> nth=1 >> .headline`).textContent()).toBe('浦江县');
    // Attributes are live: changing one changes that element's map in place (the same map and canvas), in its new
    // language, framing its new place.
    type Held = Window & { __held: { map: import('maplibre-gl').Map; canvas: Element } };
    await page.evaluate((name) => {
      const map = (document.querySelectorAll(name)[1] as HTMLElement & { map: import('maplibre-gl').Map }).map;
      (window as unknown as Held).__held = { map, canvas: map.getCanvas() };
    }, ELEMENT);
    /** The county at the centre of the map: the one framed. */
    const countyInMiddle = () =>
      page.evaluate(() => {
        const { map } = (window as unknown as Held).__held;
        const { clientWidth: w, clientHeight: h } = map.getContainer();
        return map.queryRenderedFeatures([w / 2, h / 2], { layers: ['land-fill'] }).map((f) => f.properties['id'] as string);
      });
    expect(await countyInMiddle()).toEqual(['pujiang']);
    await page.evaluate((name) => {
      const second = document.querySelectorAll(name)[1]!;
      second.setAttribute('lang', 'en');
      second.setAttribute('place', 'wuyi');
    }, ELEMENT);
    await expect.poll(() => page.locator(`${ELEMENT} >> nth=1 >> .headline`).textContent()).toBe('Wuyi County');
    await showElement(page, 1);
    const after = await page.evaluate((name) => {
      const element = document.querySelectorAll(name)[1] as HTMLElement & { map: import('maplibre-gl').Map };
      const held = (window as unknown as Held).__held;
      return {
        sameMap: element.map === held.map,
        sameCanvas: element.shadowRoot!.querySelector('.maplibregl-canvas') === held.canvas,
        label: element.map.getLayoutProperty('county-label', 'text-field') as unknown,
        zoomIn: element.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('title'),
        marked: ['pujiang', 'wuyi'].filter((id) => element.map.getFeatureState({ source: 'atlas-ground', id })['selected']),
      };
    }, ELEMENT);
    expect(after).toEqual({
      sameMap: true,
      sameCanvas: true,
      label: ['coalesce', ['get', 'name_en'], ['get', 'name']],
      zoomIn: 'Zoom in',
      marked: ['wuyi'],
    });
    expect(await countyInMiddle()).toEqual(['wuyi']);
    expect(atlasRequests.filter((u) => u.endsWith('places.geojson'))).toHaveLength(1);
    expect(atlasRequests.filter((u) => u.endsWith('summary.json'))).toHaveLength(1);
    // data-base is read relative to the article: here the article's own server, not the module's.
    await page.evaluate((name) => document.querySelectorAll(name)[1]!.setAttribute('data-base', '../../'), ELEMENT);
    await showElement(page, 1);
    expect(atlasRequests.filter((u) => u.endsWith('places.geojson'))).toEqual([
      expect.stringMatching(/^http:\/\/localhost:\d+\/atlas\/places\.geojson$/),
      `${new URL(page.url()).origin}/atlas/places.geojson`,
    ]);
    await page.evaluate((name) => document.querySelectorAll(name)[1]!.remove(), ELEMENT);
    await showElement(page, 0);
  });

  it('exports a PNG of the view, headline, legend and attribution included, from the iframe and from the element', async () => {
    // Iframe: the host asks over postMessage (cross-origin) and gets a data: URL back. The embed is in view, as when a
    // reader asks for it: out of view the browser gives the iframe no animation frames and runs its timers about once
    // a second, so the export (which draws the map again at the export size) completes only after tens of seconds
    // (README, "Embedding"; a known limit).
    await showIframe(page, 0);
    await page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({ source: 'jinhua-atlas-host', version: 1, type: 'export-png', requestId: 'png-1' }, '*'),
    );
    await page.waitForFunction(() => (window as unknown as Win).__embedMessages.some((m) => m.data.type === 'png'), undefined, { timeout: 120_000 });
    const reply = (await messages(page)).find((m) => m.data.type === 'png')!;
    expect(reply.data.requestId).toBe('png-1');
    const mapBox = await dongyang.evaluate(() => {
      const c = (window as unknown as { __map: import('maplibre-gl').Map }).__map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    // The default size: 600 px wide at 2×, the map as tall for its width as on screen, texts above and below.
    const fromFrame = await inspectPng(page, reply.data.dataUrl!, [0.25, 0.6]);
    expect(fromFrame.width).toBe(1200);
    const mapHeight = 1200 * (mapBox.height / mapBox.width);
    expect(fromFrame.height).toBeGreaterThan(mapHeight + 200);
    expect(fromFrame.height).toBeLessThan(mapHeight + 700); // the legend takes as many rows as it needs
    expect(fromFrame.variety).toBeGreaterThan(0.05);
    // Ink above the map (headline) and below it (legend, attribution).
    expect((await inspectPng(page, reply.data.dataUrl!, [0, 0.08])).variety).toBeGreaterThan(0.01);
    expect((await inspectPng(page, reply.data.dataUrl!, [0.9, 1])).variety).toBeGreaterThan(0.01);
    // The map itself is back at the screen's resolution afterwards.
    expect(await dongyang.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getPixelRatio())).toBe(1);

    savePng('embed-export-iframe', reply.data.dataUrl!);

    // Element: toPNG() gives a Blob (an element has its map only near the viewport).
    await showElement(page);
    const url = await page.evaluate(async (name) => {
      const blob = await (document.querySelector(name) as HTMLElement & { toPNG(): Promise<Blob> }).toPNG();
      return new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsDataURL(blob);
      });
    }, ELEMENT);
    savePng('embed-export-element', url);
    const fromElement = await inspectPng(page, url, [0.15, 0.85]);
    expect(fromElement.width).toBe(1200);
    // Earlier tests zoomed this map in, so one county fills most of it; still, not one flat colour.
    expect(fromElement.variety).toBeGreaterThan(0.02);
  });

  it('made no request beyond localhost and logged no errors', () => {
    expect(article.offsiteRequests).toEqual([]);
    expect(article.consoleErrors).toEqual([]);
  });
});

describe('the article in a narrow and a wide window (screenshots)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  for (const [name, viewport] of [
    ['narrow', { width: 375, height: 4600 }],
    ['wide', { width: 1280, height: 3600 }],
  ] as const) {
    it(`${name}: every map renders; passages go ${name === 'narrow' ? 'below' : 'beside'} the map`, async () => {
      const { page, offsiteRequests, consoleErrors } = await openPage(browser, articleUrl, viewport, async (p) => {
        await p.addInitScript(collectMessages);
      });
      const first = await showIframe(page, 0);
      await showIframe(page, 1);
      await showElement(page);
      expect(await first.getAttribute('.jinhua-embed', 'data-layout')).toBe(name === 'narrow' ? 'below' : 'beside');
      const heights = (await messages(page)).filter((m) => m.frame === 0 && m.data.type === 'height').map((m) => m.data.height!);
      const box = (await page.locator('iframe').first().boundingBox())!;
      expect(Math.round(box.height)).toBe(heights.at(-1));
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, `embed-article-${name}`);
      expect(offsiteRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }
});
