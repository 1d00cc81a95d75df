import { describe, expect, inject, it } from 'vitest';
import { bbox } from '@turf/turf';
import type { Page } from 'playwright-core';
import {
  cameraOf,
  canvasVariety,
  featureStateOf,
  launch,
  openPage,
  screenPointOf,
  waitForMapSettled,
  useApp,
  visit,
} from './browser.ts';
import { clearSpotIn, corpus, feature, passagesNamingDongyang, places } from './places.ts';
import { PLACE_PAGE_SIZE } from '../../src/lib/corpus/shards.ts';
import { LAYER_ORDER } from '../../src/lib/map/style.ts';
import { MARKS } from '../../src/lib/perf-marks.ts';

const baseUrl = inject('baseUrl');
const COUNTY_NAMES = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '浦江县', '武义县', '磐安县'];
const inside = clearSpotIn;
const query = (search: string) => Object.fromEntries(new URL(search, baseUrl).searchParams);

async function clickMapAt(page: Page, lngLat: [number, number]) {
  const { x, y } = await screenPointOf(page, lngLat);
  await page.mouse.click(x, y);
}

describe('map → passages', () => {
  const app = useApp(baseUrl);

  it('opens on a non-blank offline map of the nine counties, labelled in Chinese, with the layer counts', async () => {
    expect(await canvasVariety(app().page)).toBeGreaterThan(0.05);
    const labels = await app().page.evaluate(() =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures({ layers: ['county-label'] }).map((f) => f.properties.name as string),
    );
    expect(new Set(labels)).toEqual(new Set(COUNTY_NAMES));
    const countyCount = await app().page.locator('input[data-kind="county"]').getAttribute('aria-label');
    const namedCounties = places.features.filter((f) => f.properties.kind === 'county' && !f.properties.context && corpus.passagesByPlace[f.properties.id]?.length).length;
    expect(countyCount).toBe(`县市区，文献提及 ${namedCounties} 处`);
  });

  it('draws the counties first and every place right after, marking both for the benchmarks', async () => {
    const marks = await app().page.evaluate((names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null), [MARKS.load, MARKS.complete]);
    expect(marks[0]).not.toBeNull();
    expect(marks[1]).toBeGreaterThan(marks[0]!);
    const { layersDrawn, layerOrder } = await app().page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return { layersDrawn: [...new Set(map.queryRenderedFeatures().map((f) => f.layer.id))], layerOrder: map.getStyle().layers.map((l) => l.id) };
    });
    // What the second step adds is drawn too, and in the one z-order.
    expect(layerOrder).toEqual([...LAYER_ORDER]);
    // (No point carries more than one place now that no place stands at another's seat, so point-stack draws nothing here.)
    for (const layer of ['county-label', 'neighbour-outline', 'neighbour-label', 'point', 'line', 'water-line', 'point-label']) expect(layersDrawn, layer).toContain(layer);
  });

  it('hovering a county highlights it, names it and shows a pointer', async () => {
    await visit(app(), baseUrl);
    const { x, y } = await screenPointOf(app().page, inside('yiwu'));
    await app().page.mouse.move(x, y);
    await expect.poll(() => featureStateOf(app().page, 'yiwu')).toMatchObject({ hover: true });
    await expect(app().page.locator('.tip strong').textContent()).resolves.toBe('义乌市');
    expect(await app().page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getCanvas().style.cursor)).toBe('pointer');
    const { x: x2, y: y2 } = await screenPointOf(app().page, inside('dongyang'));
    await app().page.mouse.move(x2, y2);
    await expect.poll(() => featureStateOf(app().page, 'yiwu')).toMatchObject({ hover: false });
  });

  it('clicking a county lists exactly the passages that name it, by document, every mention marked', async () => {
    await visit(app(), baseUrl);
    await clickMapAt(app().page, inside('dongyang'));
    const panel = app().page.getByTestId('passage-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').textContent()).resolves.toBe('东阳市');
    const expected = corpus.passagesByPlace['dongyang']!;
    expect(expected.length).toBeGreaterThan(50);
    const shown = () => panel.locator('.passage').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['passageId']));
    // A first page of passages, newest document first, then the rest a page at a time on request.
    await expect.poll(shown).toEqual(expected.slice(0, PLACE_PAGE_SIZE));
    await panel.getByTestId('more-passages').click();
    await expect.poll(shown).toEqual(expected);
    await expect(panel.getByTestId('more-passages').count()).resolves.toBe(0);
    // And by an oracle of its own, from the passage texts: every passage in which 东阳 is not part of a longer name.
    expect((await panel.locator('.passage').allTextContents()).map((t) => t.trim())).toEqual(passagesNamingDongyang());
    const surfaces = corpus.mentions.filter((m) => m.placeId === 'dongyang').map((m) => m.surface).sort();
    expect((await panel.locator('.passage mark').allTextContents()).sort()).toEqual(surfaces);
    const docTitles = corpus.documents.filter((d) => expected.some((id) => id.startsWith(`${d.id}:`))).map((d) => d.title);
    expect(await panel.locator('.doc h4').allTextContents()).toEqual(docTitles);
    expect(query(app().page.url())).toMatchObject({ place: 'dongyang' });
    await expect.poll(() => featureStateOf(app().page, 'dongyang')).toMatchObject({ selected: true });
    await expect(panel.getByTestId('geometry-quality').textContent()).resolves.toBe('行政边界');
  });

  it('shows the paragraphs around a passage on request', async () => {
    await visit(app(), `${baseUrl}?place=dongyang`);
    const panel = app().page.getByTestId('passage-panel');
    const first = panel.locator('.hit').nth(1);
    const id = (await first.locator('.passage').getAttribute('data-passage-id'))!;
    const passage = corpus.passages.find((p) => p.id === id)!;
    const neighbours = corpus.passages.filter((p) => p.documentId === passage.documentId && Math.abs(p.index - passage.index) === 1);
    await first.getByRole('button', { name: '上下文' }).click();
    // The neighbours come from the passage's document, fetched when first asked.
    await expect.poll(() => first.locator('.context').allTextContents()).toEqual(neighbours.map((p) => p.text));
    await first.getByRole('button', { name: '收起上下文' }).click();
    await expect(first.locator('.context').count()).resolves.toBe(0);
  });

  it('walks up the chain of parents and down into the places inside, with counts', async () => {
    await visit(app(), `${baseUrl}?place=dongyang`);
    const panel = app().page.getByTestId('passage-panel');
    await panel.locator('nav a', { hasText: '金华市' }).click();
    await expect(panel.locator('h2').textContent()).resolves.toBe('金华市');
    const inside = panel.getByTestId('places-inside');
    await inside.locator('[data-kind="county"]').getByRole('button').click(); // show all, not only the most named
    const names = await inside.locator('a').evaluateAll((els) => els.map((e) => e.firstChild?.textContent));
    for (const county of COUNTY_NAMES) expect(names).toContain(county);
    await inside.locator('a', { hasText: '义乌市' }).click();
    await expect(panel.locator('h2').textContent()).resolves.toBe('义乌市');
    await expect(app().page.evaluate(() => document.activeElement?.id)).resolves.toBe('place-title');
  });

  it('clicking outside every place closes the panel', async () => {
    await visit(app(), `${baseUrl}?place=yiwu`);
    await app().page.getByTestId('passage-panel').waitFor();
    await waitForMapSettled(app().page);
    const neighbour = inside('lishui'); // a neighbouring prefecture: context, not a place of the documents
    await app().page.evaluate((center) => (window as unknown as { __map: import('maplibre-gl').Map }).__map.jumpTo({ center, zoom: 9 }), neighbour);
    await waitForMapSettled(app().page);
    await clickMapAt(app().page, neighbour);
    await expect(app().page.getByTestId('passage-panel').count()).resolves.toBe(0);
    expect(query(app().page.url()).place).toBeUndefined();
  });

  it('made no request beyond localhost and logged no errors', () => {
    expect(app().offsiteRequests).toEqual([]);
    expect(app().consoleErrors).toEqual([]);
  });
});

describe('a browser without WebGL', () => {
  it('says the map cannot be shown, and the place list, search and panel still work', async () => {
    const browser = await launch();
    try {
      const { page } = await openPage(browser, baseUrl, undefined, async (p) => {
        await p.addInitScript(`{
          const getContext = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
            return /webgl/.test(type) ? null : getContext.call(this, type, ...rest);
          };
        }`);
      });
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('此浏览器无法显示地图');
      await page.getByTestId('place-list').locator('a[data-place="dongyang"]').click();
      await expect.poll(() => page.getByTestId('passage-panel').locator('h2').textContent()).toBe('东阳市');
      await page.locator('#search-input').fill('横店');
      await expect.poll(() => page.getByTestId('search-dropdown').locator('[data-place="twn-hengdian"]').count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});

describe('passages → map', () => {
  const doc = corpus.documents.find((d) => d.id === 'wuyi-duibiao-bipin')!;
  const app = useApp(`${baseUrl}?doc=${doc.id}`);

  it('reads a whole document with every linked mention as a link', async () => {
    const reader = app().page.getByTestId('reader');
    await expect(reader.locator('h2').textContent()).resolves.toBe(doc.title);
    const passages = corpus.passages.filter((p) => p.documentId === doc.id);
    expect(await reader.locator('.body .p').count()).toBe(passages.length);
    const mentions = corpus.mentions.filter((m) => m.passageId.startsWith(`${doc.id}:`));
    expect(await reader.locator('a.mention').count()).toBe(mentions.length);
  });

  it('hovering a mention highlights its feature on the map', async () => {
    await visit(app(), `${baseUrl}?doc=${doc.id}`);
    const link = app().page.getByTestId('reader').locator('a.mention[data-place="yiwu"]').first();
    await link.hover();
    await expect.poll(() => featureStateOf(app().page, 'yiwu')).toMatchObject({ hover: true });
    await app().page.mouse.move(5, 5);
    await expect.poll(() => featureStateOf(app().page, 'yiwu')).toMatchObject({ hover: false });
  });

  it('clicking a mention selects the place, flies there and marks its mentions in the text', async () => {
    await visit(app(), `${baseUrl}?doc=${doc.id}`);
    await waitForMapSettled(app().page);
    const before = await cameraOf(app().page);
    await app().page.getByTestId('reader').locator('a.mention[data-place="yongkang"]').first().click();
    await app().page.getByTestId('passage-panel').waitFor();
    await waitForMapSettled(app().page);
    const after = await cameraOf(app().page);
    expect(after.center).not.toEqual(before.center);
    // The whole of 永康市 is now in view on the map, beside the reader and the panel.
    const [w, s, e, n] = bbox(feature('yongkang'));
    const box = (await app().page.locator('.map-area').boundingBox())!;
    for (const corner of [[w, s], [e, n]] as Array<[number, number]>) {
      const { x, y } = await screenPointOf(app().page, corner);
      expect(x).toBeGreaterThanOrEqual(box.x);
      expect(x).toBeLessThanOrEqual(box.x + box.width);
      expect(y).toBeGreaterThanOrEqual(box.y);
      expect(y).toBeLessThanOrEqual(box.y + box.height);
    }
    await expect.poll(() => featureStateOf(app().page, 'yongkang')).toMatchObject({ selected: true });
    expect(query(app().page.url())).toMatchObject({ place: 'yongkang', doc: doc.id });
    const marked = await app().page.getByTestId('reader').locator('a.mention:has(mark)').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place']));
    expect(marked.length).toBe(corpus.mentions.filter((m) => m.placeId === 'yongkang' && m.passageId.startsWith(`${doc.id}:`)).length);
    expect(new Set(marked)).toEqual(new Set(['yongkang']));
  });

  it('filters the map to the places the document names', async () => {
    await visit(app(), `${baseUrl}?doc=${doc.id}`);
    await app().page.getByTestId('reader').getByRole('checkbox').check();
    expect(query(app().page.url())).toMatchObject({ only: doc.id });
    const stateOf = () => app().page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getGlobalState());
    const named = new Set(corpus.mentions.filter((m) => m.passageId.startsWith(`${doc.id}:`)).map((m) => m.placeId));
    await expect.poll(async () => new Set((await stateOf())['onlyIds'] as string[])).toEqual(named);
    await app().page.getByTestId('reader').getByRole('checkbox').uncheck();
    await expect.poll(async () => (await stateOf())['onlyActive']).toBe(false);
  });
});

describe('embed action in the explorer', () => {
  const app = useApp(`${baseUrl}?place=twn-hengdian`);

  it('opens the embed-code builder with the iframe code for the selected place', async () => {
    const { page } = app();
    await page.getByRole('button', { name: '嵌入', exact: true }).click();
    const builder = page.getByTestId('embed-builder');
    await builder.waitFor();
    const html = await builder.locator('textarea.code-text').inputValue();
    expect(html).toContain(`src="${baseUrl}embed.html?place=twn-hengdian"`);
    expect(html).toContain('横店镇');
  });
});
