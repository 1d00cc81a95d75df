/**
 * Add text: a ~100 KB article (the published documents' text, repeated) pasted into the explorer's "add text"
 * dialog, from submit to its places counted on the map (the `atlas:map-updated` mark: the map idle after the atlas
 * that includes it), and the longest main-thread task meanwhile (PerformanceObserver `longtask`), in headless
 * Chromium against the built app. The first run starts the worker and fetches the gazetteer; the median is over the
 * runs after it. Beside it, the baseline: the same linking in Node, in process (read, split, link, gaps).
 * Targets: median ≤ 300 ms; no main-thread task > 100 ms.
 *   npm run bench:byot [-- --baseline <git ref>]
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { readInputs } from '../scripts/atlas-pipeline.ts';
import { decodeDocument } from '../src/lib/corpus/decode.ts';
import { processLocalDocument } from '../src/lib/local-docs/process.ts';
import { buildAtlas, linkerOf, readNotPlaces } from '../src/lib/pipeline/build-atlas.ts';
import { gazetteerAsset } from '../src/lib/pipeline/gazetteer-asset.ts';
import { MARKS } from '../src/lib/perf-marks.ts';
import { buildApp, launch, median, openApp, serve } from './ui-harness.ts';

const RUNS = 11;
const TARGET_BYTES = 100 * 1024;

const dir = 'data/documents';
const sources = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => decodeDocument(new Uint8Array(readFileSync(`${dir}/${n}`)), n).text);
let article = '金华文献阅读测试长文\n\n';
for (let i = 0; new TextEncoder().encode(article).length < TARGET_BYTES; i++) article += `${sources[i % sources.length]}\n\n`;
const bytes = new TextEncoder().encode(article).length;

// Baseline: the worker's work, in Node, in process, against the same gazetteer asset.
const inputs = readInputs(process.cwd());
const gazetteer = gazetteerAsset(buildAtlas(inputs).places, inputs.notPlaces);
const linker = linkerOf(gazetteer.places, readNotPlaces(gazetteer.notPlaces));
const nodeTimes: number[] = [];
let places = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const doc = await processLocalDocument({ kind: 'text', text: `${article}${i}` }, undefined, linker);
  nodeTimes.push(performance.now() - t0);
  places = Object.keys(doc.corpus.passagesByPlace).length;
}

/**
 * `--baseline <git ref>`: the same runs, alternating, against the app as built from that commit (exported with
 * `git archive` into a temporary folder that borrows this node_modules), so a change is measured before and after
 * under the same load.
 */
const baselineRef = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1] : undefined;
let baselineRoot: string | undefined;
if (baselineRef) {
  baselineRoot = mkdtempSync(join(tmpdir(), 'atlas-baseline-'));
  execSync(`git archive ${baselineRef} | tar -x -C ${baselineRoot}`);
  symlinkSync(resolve('node_modules'), join(baselineRoot, 'node_modules'));
  execSync('npx vite build --logLevel error', { cwd: baselineRoot, stdio: 'inherit' });
}
await buildApp();

interface App {
  label: string;
  page: Page;
  times: number[];
  /** Submit → the map's update begins (the worker, the new atlas, the page's lists), where the build marks it. */
  toMap: number[];
  longest: number[];
}
const browser = await launch();
const servers: PreviewServer[] = [];
async function openBuilt(label: string, root?: string): Promise<App> {
  const { url, server } = await serve(root);
  servers.push(server);
  const { page } = await openApp(browser, url, undefined, async (p) => {
    await p.addInitScript(() => {
      const w = window as unknown as { __longtasks: Array<[number, number]> };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
  });
  return { label, page, times: [], toMap: [], longest: [] };
}
const apps = [await openBuilt('this build'), ...(baselineRoot ? [await openBuilt(`baseline ${baselineRef}`, baselineRoot)] : [])];

async function addAndRemove({ page, times, toMap, longest }: App, i: number): Promise<void> {
  const dialog = page.getByTestId('add-text');
  const updatedAfter = (since: number) =>
    page.waitForFunction(([name, t]) => performance.getEntriesByName(name).find((m) => m.startTime > t)?.startTime, [MARKS.updated, since] as const, { timeout: 60_000 });
  await page.getByRole('button', { name: '添加文献' }).click();
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('textarea').fill(`${article}${i}`); // a new text each run, so none replaces another
  await dialog.getByRole('button', { name: '查找地点' }).click();
  await page.getByTestId('add-text-result').waitFor();
  const submitted = (await page.evaluate((name) => performance.getEntriesByName(name).at(-1)!.startTime, MARKS.addTextSubmit)) as number;
  const shown = (await (await updatedAfter(submitted)).jsonValue()) as number;
  times.push(shown - submitted);
  const updating = (await page.evaluate(
    ([name, t]) => performance.getEntriesByName(name).find((m) => m.startTime > t)?.startTime ?? null,
    [MARKS.updating, submitted] as const,
  )) as number | null;
  if (updating !== null) toMap.push(updating - submitted);
  longest.push(
    await page.evaluate(([from, to]) => {
      const tasks = (window as unknown as { __longtasks: Array<[number, number]> }).__longtasks;
      return Math.max(0, ...tasks.filter(([start, duration]) => start + duration > from && start < to).map(([, d]) => d));
    }, [submitted, shown] as const),
  );
  // Remove it again, so every run adds to the same published atlas.
  const before = (await page.evaluate(() => performance.now())) as number;
  await page.getByTestId('add-text-result').getByRole('button', { name: '移除' }).click();
  await updatedAfter(before);
  await dialog.getByRole('button', { name: '关闭' }).click();
}

for (let i = 0; i < RUNS; i++) for (const app of apps) await addAndRemove(app, i);
await browser.close();
for (const server of servers) await server.close();
if (baselineRoot) rmSync(baselineRoot, { recursive: true, force: true });

const fmt = (n: number) => `${n.toFixed(0)} ms`;
console.log(`add text: a ${(bytes / 1024).toFixed(0)} KB article (${article.length} characters, ${places} places), ${RUNS} runs each, alternating`);
for (const { label, times, toMap, longest } of apps) {
  const warm = times.slice(1);
  console.log(`  ${label}`);
  console.log(`    submit → places on the map:  first ${fmt(times[0]!)} (worker start + gazetteer), then median ${fmt(median(warm))}, max ${fmt(Math.max(...warm))} (target ≤ 300 ms)`);
  if (toMap.length === times.length) console.log(`      of which submit → map update begins: median ${fmt(median(toMap.slice(1)))} (worker, new atlas, lists)`);
  console.log(`    longest main-thread task:    first ${fmt(longest[0]!)}, then max ${fmt(Math.max(...longest.slice(1)))}, median ${fmt(median(longest.slice(1)))} (target ≤ 100 ms)`);
}
console.log(`  baseline, Node in process (read, split, link, gaps): median ${fmt(median(nodeTimes))}`);
