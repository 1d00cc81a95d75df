/**
 * Bundle budget of the embed: the JS an article pays for beyond MapLibre (budget 40 KB gzipped), for the embed
 * page and for the web component. "Beyond MapLibre" is measured exactly by building again with maplibre-gl left
 * external; the shipped builds are measured too, for the totals.
 *
 *   npx tsx bench/embed-size.bench.ts
 */
import { join } from 'node:path';
import { buildInto, gzipKB, rawKB, scratch, scriptsOf } from './embed-build.ts';

const BUDGET_KB = 40;
const withoutMapLibre = { rolldownOptions: { external: [/^maplibre-gl/] } };

const shipped = scratch('shipped');
await buildInto(shipped);
await buildInto(shipped, { configFile: 'vite.webcomponent.config.ts', build: { emptyOutDir: false } });
const lean = scratch('lean');
await buildInto(lean, { build: withoutMapLibre });
const leanComponent = scratch('lean-wc');
await buildInto(leanComponent, { configFile: 'vite.webcomponent.config.ts', build: withoutMapLibre });

const rows = [
  ['explorer (index.html), shipped', scriptsOf(shipped, 'index.html')],
  ['embed page (embed.html), shipped', scriptsOf(shipped, 'embed.html')],
  ['web component, shipped', [join(shipped, 'jinhua-atlas-map.js')]],
  ['explorer beyond MapLibre', scriptsOf(lean, 'index.html')],
  ['embed page beyond MapLibre', scriptsOf(lean, 'embed.html')],
  ['web component beyond MapLibre', [join(leanComponent, 'jinhua-atlas-map.js')]],
] as const;

console.log('\nEmbed bundle sizes (JS loaded up front; gzip -9)\n');
console.log('| what | files | raw KB | gzip KB |');
console.log('|---|---:|---:|---:|');
for (const [name, files] of rows) console.log(`| ${name} | ${files.length} | ${rawKB([...files]).toFixed(1)} | ${gzipKB([...files]).toFixed(1)} |`);

for (const [name, files] of rows.slice(4)) {
  const kb = gzipKB([...files]);
  console.log(`\n${name}: ${kb.toFixed(1)} KB gzipped — budget ${BUDGET_KB} KB: ${kb <= BUDGET_KB ? 'within' : 'OVER'}`);
  if (kb > BUDGET_KB) process.exitCode = 1;
}
