/**
 * Time from navigation to the map's `load` event: the built app against a bare MapLibre page that draws the same
 * nine counties (fill, outline, labels) from a GeoJSON file, alternating in one run, each load in a fresh browser
 * context (empty cache), in headless Chromium. Target: app / bare ≤ 1.3 (medians). The app's `load` is its first
 * view (counties and context); the time until every place is drawn as well is printed beside it.
 *   npm run bench:ui-load [loads of each page, default 16]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PlaceCollection } from '../src/lib/geo/types.ts';
import { MARKS } from '../src/lib/perf-marks.ts';
import { buildApp, launch, median, serve, timeToLoad } from './ui-harness.ts';

const RUNS = Number(process.argv[2] ?? 16);

await buildApp();
// The bare page lives beside the built app, so both are served by the same server.
mkdirSync('dist/bare', { recursive: true });
for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(`node_modules/maplibre-gl/dist/${file}`, `dist/bare/${file}`);
const places = JSON.parse(readFileSync('dist/atlas/places.geojson', 'utf8')) as PlaceCollection;
const counties = { type: 'FeatureCollection', features: places.features.filter((f) => f.properties.kind === 'county') };
writeFileSync('dist/bare/counties.geojson', JSON.stringify(counties));
writeFileSync(
  'dist/bare/index.html',
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const counties = await (await fetch('counties.geojson')).json();
const map = new maplibregl.Map({
  container: 'map',
  bounds: [119.2, 28.5, 120.8, 29.7],
  style: { version: 8, sources: { c: { type: 'geojson', data: counties } }, layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#e4e1da' } },
    { id: 'fill', type: 'fill', source: 'c', paint: { 'fill-color': '#fbf9f3' } },
    { id: 'line', type: 'line', source: 'c', paint: { 'line-color': '#8a7f6e' } },
    { id: 'label', type: 'symbol', source: 'c', layout: { 'text-field': ['get', 'name'] } } ] },
});
map.on('load', () => performance.mark('${MARKS.load}'));
window.__map = map;
</script></body></html>`,
);

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
