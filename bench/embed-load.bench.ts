/**
 * Time to the map's `load` event: the embed page against the explorer (budget: within 1.2× the explorer's), both
 * built as shipped, alternating in one run, each load in a fresh browser context (empty cache), in headless
 * Chromium. Both maps mark `atlas:map-load` when MapLibre fires `load`. The document's `load` event is printed too.
 *   npm run bench:embed
 */
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { buildApp, launch, median, serve, timeToLoad } from './ui-harness.ts';

const RUNS = Number(process.argv[2] ?? 15);
const RATIO_BUDGET = 1.2;
const PAGES = { explorer: '', embed: 'embed.html?place=dongyang' } as const;
type PageName = keyof typeof PAGES;

await buildApp();
await build({ configFile: 'vite.embed.config.ts', logLevel: 'error' });
const { url, server } = await serve();
const browser: Browser = await launch();

const times: Record<PageName, Array<{ map: number; document: number }>> = { explorer: [], embed: [] };
try {
  await timeToLoad(browser, url); // warm up the server and the browser once; not counted
  for (let i = 0; i < RUNS; i++) {
    for (const name of (i % 2 ? ['embed', 'explorer'] : ['explorer', 'embed']) as PageName[]) times[name].push(await timeToLoad(browser, `${url}${PAGES[name]}`, { viewport: { width: 800, height: 700 } }));
  }
} finally {
  await browser.close();
  await server.close();
}

const med = (name: PageName, clock: 'map' | 'document') => median(times[name].map((t) => t[clock]));
console.log(`time from navigation, median of ${RUNS} loads each, alternating, fresh context each`);
for (const name of Object.keys(PAGES) as PageName[]) {
  console.log(`  ${`${name} (${PAGES[name] || 'index.html'})`.padEnd(38)} map load ${med(name, 'map').toFixed(0).padStart(5)} ms   document load ${med(name, 'document').toFixed(0).padStart(5)} ms`);
}
const ratio = med('embed', 'map') / med('explorer', 'map');
console.log(`  ratio embed / explorer, map load: ${ratio.toFixed(2)} (budget ≤ ${RATIO_BUDGET}: ${ratio <= RATIO_BUDGET ? 'within' : 'OVER'})`);
console.log(`  ratio embed / explorer, document load: ${(med('embed', 'document') / med('explorer', 'document')).toFixed(2)} (for information)`);
if (ratio > RATIO_BUDGET) process.exitCode = 1;
