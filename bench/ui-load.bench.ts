/**
 * Time from navigation to the map's `load` event: the built app against a bare MapLibre page that draws the same
 * nine counties (fill, outline, labels) from a GeoJSON file, alternating in one run, each load in a fresh browser
 * context (empty cache), in headless Chromium. Target: app / bare ≤ 1.3 (medians). The app's `load` is its first
 * view (counties and context); the time until every place is drawn as well is printed beside it.
 *   npm run bench:ui-load [loads of each page, default 16]
 */
import type { Browser } from 'playwright-core';
import { prepareBarePage } from './bare-page.ts';
import { buildApp, launch, median, serve, timeToLoad } from './ui-harness.ts';

const RUNS = Number(process.argv[2] ?? 16);

await buildApp();
prepareBarePage('dist');

const { url, server } = await serve();
const browser: Browser = await launch();
const app: number[] = [];
const appComplete: number[] = [];
const bare: number[] = [];
await timeToLoad(browser, url); // warm up the server and the browser once; not counted
for (let i = 0; i < RUNS; i++) {
  const times = await timeToLoad(browser, url);
  app.push(times.map);
  appComplete.push(times.complete);
  bare.push((await timeToLoad(browser, `${url}bare/`, { hasPlaces: false })).map);
}
await browser.close();
await server.close();

const fmt = (list: number[]) => `median ${median(list).toFixed(0)} ms (min ${Math.min(...list).toFixed(0)}, max ${Math.max(...list).toFixed(0)})`;
console.log(`time from navigation to the map's load event, ${RUNS} loads each, alternating, fresh context each`);
console.log(`  app (built), load:            ${fmt(app)}`);
console.log(`  app, every place drawn too:   ${fmt(appComplete)}`);
console.log(`  bare MapLibre, counties:      ${fmt(bare)}`);
console.log(`  ratio app / bare, load: ${(median(app) / median(bare)).toFixed(2)} (target ≤ 1.3)`);
console.log(`  ratio app / bare, every place drawn: ${(median(appComplete) / median(bare)).toFixed(2)} (for information)`);
