/**
 * The explorer over an archive (issue #15). For synthetic corpora of 50 … 10,000 documents made from the real
 * documents' paragraphs (bench/synthetic.ts: archiveDocuments) plus the five real ones, against the whole gazetteer:
 * - the build (geo/ + documents → every asset, as the Vite plugin writes them) in a fresh process: time, CPU time,
 *   peak memory, the number of files and their bytes;
 * - what the first view downloads before the map is drawn (places.geojson + summary.json, gzipped);
 * - in headless Chromium against the built app served as static files: the map's `load` against a bare MapLibre page
 *   in the same run (ui-harness.ts), click on a county → its panel showing its first page of passages (median, p95,
 *   to the animation frame that paints it), the JS heap after 20 such clicks (after a garbage collection) and the
 *   DOM's element count then.
 *   npm run bench:archive [-- 50,500,5000,10000]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { shardPath } from '../src/lib/corpus/shards.ts';
import { buildAtlas } from '../src/lib/pipeline/build-atlas.ts';
import { corpusShards } from '../src/lib/pipeline/corpus-shards.ts';
import { firstViewPlaces, gazetteerAsset } from '../src/lib/pipeline/gazetteer-asset.ts';
import { archiveDocuments, inputs } from './synthetic.ts';

const SIZES = (process.argv.find((a) => /^\d+(,\d+)*$/.test(a)) ?? '0,50,500,5000,10000').split(',').map(Number);
const CLICKS = 20;

interface Built {
  documents: number;
  seconds: number;
  cpuSeconds: number;
  peakMegabytes: number;
  files: number;
  megabytes: number;
}

/** In a fresh process: builds the atlas of `count` synthetic documents into `out`/atlas/, as the Vite plugin would. */
function buildInto(count: number, out: string): Built {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { places, corpus } = buildAtlas({ ...inputs, documents: [...inputs.documents, ...archiveDocuments(count)] });
  const files = new Map([
    ['atlas/places.geojson', JSON.stringify(firstViewPlaces(places, corpus))],
    ['atlas/gazetteer.json', JSON.stringify(gazetteerAsset(places, inputs.notPlaces))],
    ...corpusShards(corpus, places),
  ]);
  let bytes = 0;
  for (const [name, text] of files) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), text);
    bytes += Buffer.byteLength(text);
  }
  const used = process.cpuUsage(cpu);
  return {
    documents: corpus.documents.length,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    files: files.size,
    megabytes: bytes / 1e6,
  };
}

const child = process.argv.indexOf('--child');
if (child >= 0) {
  console.log(JSON.stringify(buildInto(Number(process.argv[child + 1]), process.argv[child + 2]!)));
} else {
  const { buildApp, gzipped, kb, launch, median, openApp, percentile, serve, timeToLoad } = await import('./ui-harness.ts');
  await buildApp();
  const { prepareBarePage } = await import('./bare-page.ts');
  const { clearSpotIn, feature } = await import('../tests/e2e/places.ts');
  const { screenPointOf, waitForMapSettled } = await import('../tests/e2e/browser.ts');
  console.log(`the explorer over synthetic archives; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  const rows: string[] = [];
  for (const size of SIZES) {
    const root = join(tmpdir(), `jinhua-archive-${size}`);
    rmSync(root, { recursive: true, force: true });
    cpSync('dist', join(root, 'dist'), { recursive: true, filter: (src) => !src.startsWith(join('dist', 'atlas')) });
    const built = JSON.parse(
      execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', String(size), join(root, 'dist')], { encoding: 'utf8', maxBuffer: 1 << 26 })
        .trim()
        .split('\n')
        .at(-1)!,
    ) as Built;
    const firstView = ['atlas/places.geojson', shardPath.summary].reduce((n, name) => n + gzipped(readFileSync(join(root, 'dist', name))), 0);
    prepareBarePage(join(root, 'dist'));

    const { url, server } = await serve(root);
    const browser = await launch();
    await timeToLoad(browser, url); // warm-up, not counted
    const app: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 5; i++) {
      app.push((await timeToLoad(browser, url)).map);
      bare.push((await timeToLoad(browser, `${url}bare/`, { hasPlaces: false })).map);
    }

    const { page } = await openApp(browser, `${url}?place=yiwu&map=8.4/29.2/120.0`);
    await waitForMapSettled(page);
    const targets = await Promise.all(['dongyang', 'yiwu'].map(async (id) => ({ name: feature(id).properties.name, at: await screenPointOf(page, clearSpotIn(id)) })));
    const clicks: number[] = [];
    for (let i = 0; i < CLICKS; i++) {
      const target = targets[i % targets.length]!;
      await page.evaluate(() => {
        const w = window as unknown as { __t0: number };
        addEventListener('pointerdown', (e) => (w.__t0 = e.timeStamp), { capture: true, once: true });
      });
      await page.mouse.click(target.at.x, target.at.y);
      // Checked once per animation frame: the first frame in which the panel shows the place and its first passages.
      const handle = await page.waitForFunction(
        (expected) =>
          document.getElementById('place-title')?.textContent === expected &&
          document.querySelector('[data-testid="passage-panel"] .passages[data-complete="true"] article.hit') !== null &&
          performance.now() - (window as unknown as { __t0: number }).__t0,
        target.name,
        { polling: 'raf', timeout: 60_000 },
      );
      clicks.push((await handle.jsonValue()) as number);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });

    rows.push(
      [
        String(built.documents).padStart(9),
        `${built.seconds.toFixed(1)} s (${built.cpuSeconds.toFixed(1)} CPU)`.padStart(17),
        `${built.peakMegabytes.toFixed(0)} MB`.padStart(8),
        `${built.files} / ${built.megabytes.toFixed(0)} MB`.padStart(15),
        kb(firstView).padStart(9),
        (median(app) / median(bare)).toFixed(2).padStart(6),
        `${median(clicks).toFixed(0)} / ${percentile(clicks, 95).toFixed(0)} ms`.padStart(13),
        `${(usedSize / 1e6).toFixed(0)} MB`.padStart(7),
        String(elements).padStart(6),
      ].join('  '),
    );
    console.log(rows.at(-1));
  }
  console.log('\n  documents             build  peak RSS   files / bytes  1st view  load÷bare  click→panel    heap   DOM');
  for (const row of rows) console.log(row);
  console.log('  (targets at 10,000: build ≤ 60 s and ≤ 2 GB; first view ≤ 1.2× the 5-document bytes; load ratio ≤ 1.3;');
  console.log('   click → panel median ≤ 100 ms, p95 ≤ 250 ms; heap after 20 clicks ≤ 150 MB)');
}
