/**
 * Time to load: the embed page against the explorer (budget: the map loaded within 1.2× the explorer's time), in
 * headless Chromium, each run in a fresh browser context (cold cache), pages alternating so drift hits both alike.
 * Two clocks from navigation start: the map loaded (style and data in, first complete render: what a reader waits
 * for), and the document's `load` event (printed for information).
 *
 *   npx tsx bench/embed-load.bench.ts [runs]
 */
import { preview } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser.ts';
import { buildInto, scratch } from './embed-build.ts';

const RUNS = Number(process.argv[2] ?? 15);
const RATIO_BUDGET = 1.2;
const PAGES = { explorer: '', embed: 'embed.html?place=dongyang' } as const;

async function timeOne(browser: Browser, url: string): Promise<{ load: number; map: number }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  const page: Page = await context.newPage();
  await page.route('**/*', (route) => (/^https?:\/\/127\.0\.0\.1[:/]/.test(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(url);
  const map = await page.waitForFunction(
    () => {
      const m = (window as unknown as { __map?: { loaded(): boolean; areTilesLoaded(): boolean } }).__map;
      return m?.loaded() && m.areTilesLoaded() ? performance.now() : null;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
  const result = { load, map: (await map.jsonValue()) as number };
  await context.close();
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const outDir = scratch('load');
await buildInto(outDir);
const server = await preview({ logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const base = `http://127.0.0.1:${address.port}/`;
const browser = await launch();
const times: Record<keyof typeof PAGES, Array<{ load: number; map: number }>> = { explorer: [], embed: [] };
try {
  await timeOne(browser, base); // warm the server and the GPU process once, unmeasured
  for (let i = 0; i < RUNS; i++) {
    for (const name of (i % 2 ? ['embed', 'explorer'] : ['explorer', 'embed']) as Array<keyof typeof PAGES>) {
      times[name].push(await timeOne(browser, base + PAGES[name]));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nTime to load, median of ${RUNS} cold runs (ms from navigation start; headless Chromium, SwiftShader)\n`);
console.log('| page | document load | map loaded |');
console.log('|---|---:|---:|');
for (const name of Object.keys(PAGES) as Array<keyof typeof PAGES>) {
  console.log(`| ${name} (${PAGES[name] || 'index.html'}) | ${median(times[name].map((t) => t.load)).toFixed(0)} | ${median(times[name].map((t) => t.map)).toFixed(0)} |`);
}
const ratio = (clock: 'load' | 'map') => median(times.embed.map((t) => t[clock])) / median(times.explorer.map((t) => t[clock]));
console.log(`\nembed / explorer, map loaded: ${ratio('map').toFixed(2)}× — budget ${RATIO_BUDGET}×: ${ratio('map') <= RATIO_BUDGET ? 'within' : 'OVER'}`);
console.log(`embed / explorer, document load event (for information; both are mostly MapLibre's parse): ${ratio('load').toFixed(2)}×`);
if (ratio('map') > RATIO_BUDGET) process.exitCode = 1;
