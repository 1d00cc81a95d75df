/**
 * What the UI benchmarks share: the app built exactly as `npm run build` builds it (into dist/), served by
 * `vite preview`, and headless Chromium with every request beyond localhost blocked (tests/e2e/browser.ts).
 */
import { build, preview, type PreviewServer } from 'vite';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { MARKS } from '../src/lib/perf-marks.ts';

export { launch, openApp } from '../tests/e2e/browser.ts';

export async function buildApp(): Promise<void> {
  await build({ logLevel: 'error' });
}

/** Serves `root`'s dist/ (default: this checkout's). */
export async function serve(root?: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ ...(root ? { root, configFile: false } : {}), preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/**
 * Milliseconds from navigation to the map's `load` (its mark), to every place drawn (its mark; for a page that does
 * not set it, such as the bare one, the `load` again) and to the document's `load` event, in a fresh browser context
 * (empty cache) with every request beyond 127.0.0.1 blocked.
 */
export async function timeToLoad(
  browser: Browser,
  url: string,
  { viewport = { width: 1280, height: 800 }, hasPlaces = true } = {},
): Promise<{ map: number; complete: number; document: number }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(url);
  const markTime = async (mark: string) =>
    (await (await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 60_000 })).jsonValue()) as number;
  const map = await markTime(MARKS.load);
  const complete = hasPlaces ? await markTime(MARKS.complete) : map;
  const document = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
  await context.close();
  return { map, complete, document };
}

/** Gzipped size in bytes at zlib's default level (what a typical static server sends). */
export const gzipped = (bytes: Uint8Array | string): number => gzipSync(bytes).length;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
