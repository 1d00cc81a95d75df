/**
 * Gzipped weight of the built app: the JavaScript beyond MapLibre (target ≤ 60 KB), the data the first view
 * loads (target ≤ 300 KB), and the rest of the gazetteer, loaded on demand. MapLibre is built into chunks of its own (vite.config.ts), so it is measured apart.
 *   npm run bench:size
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ASSET_DIR, FIRST_VIEW_BUDGET_BYTES } from '../scripts/atlas-pipeline.ts';
import { buildApp, gzipped, kb } from './ui-harness.ts';

await buildApp();
const assets = readdirSync('dist/assets');
const rows = (names: string[]) => names.map((name) => ({ name, bytes: readFileSync(`dist/assets/${name}`) })).map((f) => ({ ...f, gz: gzipped(f.bytes) }));
const isMapLibre = (name: string) => name.startsWith('maplibre');
// The explorer's first view: the chunks index.html loads and, transitively, what they import statically. Chunks
// only imported dynamically (the add-text dialog, its worker and converters) load on demand and are listed apart.
const firstView = new Set<string>();
const queue = [...readFileSync('dist/index.html', 'utf8').matchAll(/\/assets\/([\w.-]+\.js)/g)].map((m) => m[1]!);
while (queue.length) {
  const name = queue.pop()!;
  if (firstView.has(name) || !assets.includes(name)) continue;
  firstView.add(name);
  for (const m of readFileSync(`dist/assets/${name}`, 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) queue.push(m[1]!);
}
// The embed page's own chunk (embed.html, the same build) is not the explorer's: bench/embed-size.bench.ts weighs it.
const appJs = rows(assets.filter((n) => n.endsWith('.js') && !isMapLibre(n) && firstView.has(n)));
const onDemandJs = rows(assets.filter((n) => n.endsWith('.js') && !isMapLibre(n) && !n.startsWith('embed-') && !firstView.has(n)));
const mapLibreJs = rows(assets.filter((n) => n.endsWith('.js') && isMapLibre(n)));
// index.html preloads both: the map, the panel, search and the reader all work from them.
const firstViewData = [`${ASSET_DIR}/places.geojson`, `${ASSET_DIR}/summary.json`].map((name) => ({ name, bytes: readFileSync(`dist/${name}`) })).map((f) => ({ ...f, gz: gzipped(f.bytes) }));
// Fetched when search is first used or a link names a place only it has: not part of the first view.
const onDemandData = ['atlas/gazetteer.json'].map((name) => ({ name, bytes: readFileSync(`dist/${name}`) })).map((f) => ({ ...f, gz: gzipped(f.bytes) }));
const sum = (list: { gz: number }[]) => list.reduce((n, f) => n + f.gz, 0);

console.log('gzipped sizes of the built app (zlib default level)');
for (const f of appJs) console.log(`  app JS        ${f.name.padEnd(36)} ${kb(f.bytes.length).padStart(10)} → ${kb(f.gz).padStart(9)}`);
for (const f of onDemandJs) console.log(`  on demand     ${f.name.padEnd(36)} ${kb(f.bytes.length).padStart(10)} → ${kb(f.gz).padStart(9)}`);
for (const f of mapLibreJs) console.log(`  MapLibre      ${f.name.padEnd(36)} ${kb(f.bytes.length).padStart(10)} → ${kb(f.gz).padStart(9)}`);
for (const f of firstViewData) console.log(`  first view    ${f.name.padEnd(36)} ${kb(f.bytes.length).padStart(10)} → ${kb(f.gz).padStart(9)}`);
for (const f of onDemandData) console.log(`  on demand     ${f.name.padEnd(36)} ${kb(f.bytes.length).padStart(10)} → ${kb(f.gz).padStart(9)}`);
console.log(`  JS beyond MapLibre: ${kb(sum(appJs))} (target ≤ 60 KB)`);
console.log(`  data for the first view: ${kb(sum(firstViewData))} (target ≤ ${kb(FIRST_VIEW_BUDGET_BYTES)})`);
