/**
 * Bundle budget of the embed: the JS an article pays for beyond MapLibre (budget 40 KB gzipped), for the embed
 * page and for the web component, with the explorer's for comparison. The builds put MapLibre in chunks of its own
 * (vite.config.ts, vite.embed.config.ts), so the pages' shares are read from the shipped build; the web component
 * is one module with MapLibre inside, so its share is measured by building it once more with maplibre-gl external.
 *   npm run bench:embed
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { buildApp, gzipped, kb } from './ui-harness.ts';

const BUDGET_KB = 40;
const WEB_COMPONENT = { configFile: 'vite.webcomponent.config.ts', logLevel: 'error' } as const;

/** The JS files an HTML page loads up front: its module script and the chunks it preloads. */
function scriptsOf(page: string): string[] {
  const html = readFileSync(join('dist', page), 'utf8');
  const urls = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  return [...new Set(urls)].map((url) => join('dist', url.replace(/^\.?\//, '')));
}

await buildApp();
await build({ configFile: 'vite.embed.config.ts', logLevel: 'error' });
await build(WEB_COMPONENT);
const lean = mkdtempSync(join(tmpdir(), 'jinhua-wc-'));
await build({ ...WEB_COMPONENT, build: { outDir: lean, emptyOutDir: true, rolldownOptions: { external: [/^maplibre-gl/] } } });

const isMapLibre = (file: string) => /[\\/]maplibre-[^\\/]*\.js$/.test(file);
const size = (files: string[]) => files.reduce((n, f) => n + gzipped(readFileSync(f)), 0);
const rows: Array<[string, string[], boolean]> = [
  ['explorer (index.html), beyond MapLibre', scriptsOf('index.html').filter((f) => !isMapLibre(f)), false],
  ['embed page (embed.html), beyond MapLibre', scriptsOf('embed.html').filter((f) => !isMapLibre(f)), true],
  ['embed page, MapLibre chunk', scriptsOf('embed.html').filter(isMapLibre), false],
  ['web component (dist/jinhua-atlas-map.js), whole', ['dist/jinhua-atlas-map.js'], false],
  ['web component, beyond MapLibre', [join(lean, 'jinhua-atlas-map.js')], true],
];

console.log('gzipped JS loaded up front (zlib default level)');
for (const [name, files, budgeted] of rows) {
  const bytes = size(files);
  const verdict = budgeted ? ` (budget ${BUDGET_KB} KB: ${bytes <= BUDGET_KB * 1024 ? 'within' : 'OVER'})` : '';
  console.log(`  ${name.padEnd(50)} ${kb(bytes).padStart(9)}${verdict}`);
  if (budgeted && bytes > BUDGET_KB * 1024) process.exitCode = 1;
}
