/**
 * A click on several places at once — a numbered disc (places stacked on one point), lines that cross — opens a
 * chooser listing them, in the explorer and in an interactive embed; a click on one place stays one click.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Point } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, featureStateOf, launch, openApp, screenPointOf, screenshot, useApp, visit, waitForMapSettled } from './browser.ts';
import { clearCrossing, clearSpotOnLine, corpus, feature, stacks } from './places.ts';

const baseUrl = inject('baseUrl');
type MapWindow = { __map: import('maplibre-gl').Map };

/** A numbered disc of the built data: the places on its point, and the point. */
const stack = stacks()[0]!;
const stackAt = (feature(stack[0]!).geometry as Point).coordinates as [number, number];
const passagesOf = (id: string) => corpus.passagesByPlace[id]?.length ?? 0;

/** Centres the map on `at` at `zoom` (or keeps it where it is, `null`), and gives the spot's page coordinates. */
async function spotOn(page: Page, at: [number, number], zoom: number, center: [number, number] | null = at) {
  await page.evaluate(([c, z]) => (window as unknown as MapWindow).__map.jumpTo({ ...(c ? { center: c } : {}), zoom: z }), [center, zoom] as const);
  await waitForMapSettled(page);
  return screenPointOf(page, at);
}

const chooserIds = (page: Page) => page.getByTestId('place-chooser').locator('.choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place']!));
const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

describe('the place chooser in the explorer', () => {
  const app = useApp(baseUrl);

  it('a click on a numbered disc lists its places (name, kind, passages) and selects none; Escape closes it, focus back on the map', async () => {
    expect(stack.length).toBeGreaterThan(1);
    const page = await visit(app(), baseUrl);
    const { x, y } = await spotOn(page, stackAt, 13);
    await page.mouse.click(x, y);
    const chooser = page.getByRole('dialog', { name: `同一位置有 ${stack.length} 个地点` });
    await chooser.waitFor();
    expect(new Set(await chooserIds(page))).toEqual(new Set(stack));
    const ids = await chooserIds(page);
    // Most named first, each with its kind in words and its passages.
    expect(ids.map(passagesOf)).toEqual(ids.map(passagesOf).sort((a, b) => b - a));
    for (const [i, id] of ids.entries()) {
      const choice = chooser.locator('.choice').nth(i);
      expect(await choice.locator('.name').textContent()).toBe(feature(id).properties.name);
      expect(await choice.locator('.meta').textContent()).toMatch(new RegExp(`^\\p{Script=Han}+( · \\p{Script=Han}+)? · ${passagesOf(id)} 段$`, 'u'));
    }
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['place'])).toBe(ids[0]);
    expect(new URL(page.url()).searchParams.get('place')).toBeNull();
    await screenshot(page, 'place-chooser-stack');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    expect(await focusedClass(page)).toContain('maplibregl-canvas');
    expect(await page.getByTestId('passage-panel').count()).toBe(0);
  });

  it('choosing with the keyboard opens that place, as a click on it alone would', async () => {
    const page = await visit(app(), baseUrl);
    const { x, y } = await spotOn(page, stackAt, 13);
    await page.mouse.click(x, y);
    await page.getByTestId('place-chooser').waitFor();
    const second = (await chooserIds(page))[1]!;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('passage-panel').locator('h2').textContent()).toBe(feature(second).properties.name);
    expect(new URL(page.url()).searchParams.get('place')).toBe(second);
    await expect.poll(() => featureStateOf(page, second)).toMatchObject({ selected: true });
    expect(await page.getByTestId('place-chooser').count()).toBe(0);
  });

  it('a click where two lines cross lists both; a click on one of them alone selects it at once', async () => {
    const crossing = clearCrossing();
    const page = await visit(app(), baseUrl);
    const { x, y } = await spotOn(page, crossing.at, 13);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    const chooser = page.getByRole('dialog', { name: '此处有 2 个地点' });
    await chooser.waitFor();
    expect(new Set(await chooserIds(page))).toEqual(new Set(crossing.ids));
    await chooser.getByRole('button', { name: '关闭' }).click();
    await chooser.waitFor({ state: 'detached' });

    const alone = clearSpotOnLine(crossing.ids[0]);
    const spot = await spotOn(page, alone, 13);
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => page.getByTestId('passage-panel').locator('h2').textContent()).toBe(feature(crossing.ids[0]).properties.name);
    expect(await page.getByTestId('place-chooser').count()).toBe(0);
  });

  it('zooming the map closes it (it would no longer be beside its places)', async () => {
    const page = await visit(app(), baseUrl);
    const { x, y } = await spotOn(page, stackAt, 13);
    await page.mouse.click(x, y);
    await page.getByTestId('place-chooser').waitFor();
    // The wheel, which leaves focus in the chooser (a press on the map would take it away, closing it anyway).
    await page.mouse.move(x - 120, y + 100);
    await page.mouse.wheel(0, -300);
    await page.getByTestId('place-chooser').waitFor({ state: 'detached' });
  });
});

describe('the place chooser on a phone', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  it('stays whole inside the map at its edges, in English', async () => {
    const { page, consoleErrors } = await openApp(browser, `${baseUrl}?lang=en`, { width: 390, height: 844 });
    const box = (await page.locator('#atlas-map').boundingBox())!;
    // The disc a few pixels from the map's right edge, then near its bottom left corner (the sheet's button is in the middle).
    for (const [edge, dx, dy] of [['right', box.width - 14, box.height / 2], ['bottom-left', 40, box.height - 40]] as const) {
      const center = await page.evaluate(
        ([at, offset]) => {
          const map = (window as unknown as MapWindow).__map;
          map.jumpTo({ zoom: 13, center: at });
          const p = map.project(at);
          return map.unproject([p.x - offset[0] + map.getContainer().clientWidth / 2, p.y - offset[1] + map.getContainer().clientHeight / 2]).toArray();
        },
        [stackAt, [dx, dy]] as const,
      );
      const { x, y } = await spotOn(page, stackAt, 13, center as [number, number]);
      await page.mouse.click(x, y);
      const chooser = page.getByRole('dialog', { name: `${stack.length} places at this point` });
      await chooser.waitFor();
      const names = await chooser.locator('.name').allTextContents();
      expect(new Set(names)).toEqual(new Set(stack.map((id) => feature(id).properties.name_en || feature(id).properties.name)));
      const c = (await chooser.boundingBox())!;
      expect(c.x).toBeGreaterThanOrEqual(box.x);
      expect(c.y).toBeGreaterThanOrEqual(box.y);
      expect(c.x + c.width).toBeLessThanOrEqual(box.x + box.width);
      expect(c.y + c.height).toBeLessThanOrEqual(box.y + box.height);
      await screenshot(page, `place-chooser-phone-${edge}`);
      await page.keyboard.press('Escape');
      await chooser.waitFor({ state: 'detached' });
    }
    expect(consoleErrors).toEqual([]);
  });
});

describe('the place chooser in an interactive embed', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  it('lists the places of a disc, and shows the passages of the one chosen', async () => {
    const { page, consoleErrors } = await openApp(browser, `${baseUrl}embed.html?place=${stack[0]}`, { width: 640, height: 900 });
    const { x, y } = await spotOn(page, stackAt, 13);
    await page.mouse.click(x, y);
    const chooser = page.getByRole('dialog', { name: `同一位置有 ${stack.length} 个地点` });
    await chooser.waitFor();
    expect(new Set(await chooserIds(page))).toEqual(new Set(stack));
    await screenshot(page, 'place-chooser-embed');
    expect(await axeViolations(page)).toEqual([]);
    const other = stack[1]!;
    await chooser.locator(`.choice[data-place="${other}"]`).click();
    const name = feature(other).properties.name;
    await expect.poll(() => page.locator('[data-testid="embed-passages"] .title').textContent()).toBe(`${passagesOf(other)} 段提到${name}`);
    expect(await focusedClass(page)).toContain('maplibregl-canvas');
    expect(consoleErrors).toEqual([]);
  });

  it('a static embed is a picture: a click on the disc opens nothing', async () => {
    const { page } = await openApp(browser, `${baseUrl}embed.html?place=${stack[0]}&static=1`, { width: 640, height: 900 });
    const { x, y } = await spotOn(page, stackAt, 13);
    await page.mouse.click(x, y);
    expect(await page.getByTestId('place-chooser').count()).toBe(0);
  });
});
