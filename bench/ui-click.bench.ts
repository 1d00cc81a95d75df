/**
 * Click → panel rendered: from the pointer going down on a county to the first animation frame in which its
 * passage panel shows (the DOM is updated; that frame then paints it),
 * median over 50 clicks alternating between 东阳市 (the most passages) and 义乌市, in headless Chromium against
 * the built app. Target: median ≤ 50 ms.
 *   npm run bench:ui-click
 */
import { buildApp, launch, median, openApp, percentile, serve } from './ui-harness.ts';

const CLICKS = 50;
await buildApp();
// Read the built data only now that the build has written it.
const { clearSpotIn, feature } = await import('../tests/e2e/places.ts');
const { screenPointOf, waitForMapSettled } = await import('../tests/e2e/browser.ts');

const { url, server } = await serve();
const browser = await launch();
// The panel is open throughout (the clicks switch its place), so the map keeps one size and one view.
const { page } = await openApp(browser, `${url}?place=yiwu&map=8.4/29.2/120.0`);
await waitForMapSettled(page);
const targets = await Promise.all(
  ['dongyang', 'yiwu'].map(async (id) => ({ id, name: feature(id).properties.name, at: await screenPointOf(page, clearSpotIn(id)) })),
);

const times: number[] = [];
for (let i = 0; i < CLICKS; i++) {
  const target = targets[i % targets.length]!;
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number };
    w.__t0 = 0;
    addEventListener('pointerdown', (e) => (w.__t0 = e.timeStamp), { capture: true, once: true });
  });
  await page.mouse.click(target.at.x, target.at.y);
  // Checked once per animation frame: the first frame in which the panel shows the place.
  const handle = await page.waitForFunction(
    (expected) => document.getElementById('place-title')?.textContent === expected && performance.now() - (window as unknown as { __t0: number }).__t0,
    target.name,
    { polling: 'raf' },
  );
  times.push((await handle.jsonValue()) as number);
}
await browser.close();
await server.close();

console.log(`click on a county → its passage panel rendered, ${CLICKS} clicks alternating 东阳市 / 义乌市`);
console.log(`  median ${median(times).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)} (target: median ≤ 50 ms)`);
