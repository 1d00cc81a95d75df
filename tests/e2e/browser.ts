/** Headless Chromium (Debian's /usr/bin/chromium) for the e2e tests, with every non-localhost request blocked. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--use-gl=angle', '--use-angle=swiftshader'],
  });
}

export interface OpenedPage {
  page: Page;
  /** Requests that tried to leave localhost (they were aborted). */
  offsiteRequests: string[];
  consoleErrors: string[];
}

export async function openApp(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  /** Runs before the page loads, e.g. to serve different data with page.route or listen for messages. */
  prepare?: (page: Page) => Promise<void>,
): Promise<OpenedPage> {
  const opened = await openPage(browser, url, viewport, prepare);
  await waitForMapIdle(opened.page);
  return opened;
}

/** Opens any page (an app page, or an article that embeds maps) with the same offsite blocking and error capture. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  prepare?: (page: Page) => Promise<void>,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const offsiteRequests: string[] = [];
  const consoleErrors: string[] = [];
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost' || route.request().url().startsWith('blob:') || route.request().url().startsWith('data:')) {
      return route.continue();
    }
    offsiteRequests.push(route.request().url());
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await prepare?.(page);
  await page.goto(url);
  return { page, offsiteRequests, consoleErrors };
}

/**
 * Resolves once window.__map exists, has loaded its style and has finished rendering (in a page or an iframe), and
 * nothing the page shows is still being fetched (no element is aria-busy: a document or passages on their way).
 */
export async function waitForMapIdle(page: Pick<Page, 'waitForFunction'>): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __map?: { loaded(): boolean; areTilesLoaded(): boolean } }).__map;
    return !!map && map.loaded() && map.areTilesLoaded() && !document.querySelector('[aria-busy="true"]');
  }, undefined, { timeout: 30_000 });
}

/** Screen point of a WGS84 coordinate, in page coordinates (map canvas offset included). */
export async function screenPointOf(page: Pick<Page, 'evaluate'>, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lng, lat]) => {
    const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } }).__map;
    const p = map.project([lng, lat]);
    const rect = map.getContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

/** Fraction of sampled canvas pixels that differ from the most common colour: near 0 means a blank map. */
export async function canvasVariety(page: Pick<Page, 'evaluate'>): Promise<number> {
  return page.evaluate(async () => {
    const map = (window as unknown as { __map: { getCanvas(): HTMLCanvasElement; triggerRepaint(): void; once(e: string, f: () => void): void } }).__map;
    // Read the pixels right after a render, while the drawing buffer is still valid.
    await new Promise<void>((resolve) => {
      map.once('render', () => resolve());
      map.triggerRepaint();
    });
    const canvas = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = 200;
    copy.height = 200;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0, 200, 200);
    const data = ctx.getImageData(0, 0, 200, 200).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    return 1 - top / (data.length / 4);
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

type MapHandle = import('maplibre-gl').Map;

/** Resolves once the map has stopped moving (a fly-to has landed) and has rendered. */
export async function waitForMapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __map?: MapHandle }).__map;
    return !!map && !map.isMoving() && map.loaded() && map.areTilesLoaded();
  }, undefined, { timeout: 30_000 });
}

/** The feature-state the app set on a place (hover, selected), from the source that holds it (places or ground). */
export async function featureStateOf(page: Page, placeId: string): Promise<Record<string, unknown>> {
  return page.evaluate((id) => {
    const map = (window as unknown as { __map: MapHandle }).__map;
    return { ...map.getFeatureState({ source: 'atlas-ground', id }), ...map.getFeatureState({ source: 'atlas', id }) };
  }, placeId);
}

export async function cameraOf(page: Page): Promise<{ center: [number, number]; zoom: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: MapHandle }).__map;
    const { lng, lat } = map.getCenter();
    return { center: [lng, lat] as [number, number], zoom: map.getZoom() };
  });
}

/** Runs axe-core on the page; returns the violations of the given impacts (default: serious and critical). */
export async function axeViolations(page: Page, impacts = ['serious', 'critical']): Promise<string[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => impacts.includes(v.impact)).map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

/**
 * Loads `url` in an already opened app's page and waits for its map: a test that needs a state (a place selected,
 * a document open) starts with this rather than relying on what an earlier test left on screen.
 */
export async function visit(app: OpenedPage, url: string): Promise<Page> {
  await app.page.goto(url);
  await waitForMapIdle(app.page);
  return app.page;
}

/** One browser and one opened app for a `describe` block: opened before its tests, closed after them. */
export function useApp(url: string): () => OpenedPage {
  let browser: Browser | undefined;
  let app: OpenedPage | undefined;
  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser, url);
  });
  afterAll(async () => browser?.close());
  return () => app!;
}
