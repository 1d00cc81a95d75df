import { describe, expect, inject, it } from 'vitest';
import { featureStateOf, screenshot, useApp, visit } from './browser.ts';
import { corpus, places } from './places.ts';

const baseUrl = inject('baseUrl');
const gazetteer = places.features.filter((f) => !f.properties.context && f.properties.kind !== 'prefecture').map((f) => f.properties);
const passageIds = (id: string) => corpus.passagesByPlace[id] ?? [];
const documentOf = new Map(corpus.passages.map((p) => [p.id, p.documentId]));
/** The document naming 东阳市 in the most passages: the document filter has something to count there. */
const documentId = [...new Set(passageIds('dongyang').map((p) => documentOf.get(p)!))].sort(
  (a, b) => passageIds('dongyang').filter((p) => documentOf.get(p) === b).length - passageIds('dongyang').filter((p) => documentOf.get(p) === a).length,
)[0]!;

describe('the places inside an area', () => {
  const app = useApp(baseUrl);

  it('are grouped by kind, each group headed and counted, towns before villages, and filter by name', async () => {
    const page = await visit(app(), `${baseUrl}?place=dongyang`);
    const inside = page.getByTestId('places-inside');
    await inside.waitFor();
    const groups = inside.locator('.group');
    const kinds = await groups.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['kind']));
    expect(kinds.length).toBeGreaterThan(1);
    expect(kinds.indexOf('town')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('town')).toBeLessThan(kinds.indexOf('village'));
    const towns = gazetteer.filter((p) => p.kind === 'town' && Array.isArray(p['within']) && (p['within'] as string[]).includes('dongyang'));
    await expect(inside.locator('[data-kind="town"] h4').textContent()).resolves.toBe(`乡镇街道 ${towns.length} 处`);
    // Long groups show their most-named few; the rest wait behind "show all".
    const townLinks = inside.locator('[data-kind="town"] a[data-place]');
    expect(await townLinks.count()).toBeLessThan(towns.length);
    await inside.locator('[data-kind="town"]').getByRole('button', { name: `显示全部 ${towns.length} 处` }).click();
    await expect.poll(() => townLinks.count()).toBe(towns.length);
    await screenshot(page, 'lists-inside-grouped');

    const filter = inside.getByRole('searchbox', { name: '按名称筛选辖区内地点' });
    await filter.fill('hengdian');
    await expect.poll(() => inside.locator('a[data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')))).toContain('twn-hengdian');
    const names = await inside.locator('a[data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!));
    const folded = (id: string) => {
      const p = gazetteer.find((g) => g.id === id)!;
      return `${p.pinyin} ${p.name_en}`.replace(/\s/g, '').normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
    };
    for (const id of names) expect(folded(id), id).toContain('hengdian');
    expect(names.length).toBeLessThan(gazetteer.filter((p) => Array.isArray(p['within']) && (p['within'] as string[]).includes('dongyang')).length);
    await filter.fill('不存在的地名');
    await expect(inside.getByRole('status').textContent()).resolves.toBe('没有名称含“不存在的地名”的地点。');
  });

  it('speak English in the English UI', async () => {
    const page = await visit(app(), `${baseUrl}?place=dongyang&lang=en`);
    const inside = page.getByTestId('places-inside');
    await inside.waitFor();
    const heading = await inside.locator('[data-kind="town"] h4').textContent();
    expect(heading).toMatch(/^Towns[^\p{Script=Han}]* \d+$/u);
    await expect(inside.getByRole('searchbox', { name: 'Filter the places inside by name' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('place-list').getByRole('combobox', { name: 'County' }).locator('option').first().textContent()).resolves.toBe('All counties');
    await screenshot(page, 'lists-inside-english');
  });

  it('fit a phone', async () => {
    const page = app().page;
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(app(), `${baseUrl}?place=dongyang`);
    await page.getByTestId('places-inside').scrollIntoViewIfNeeded();
    await screenshot(page, 'lists-inside-phone');
    const overflow = await page.getByTestId('places-inside').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('the place list', () => {
  const app = useApp(baseUrl);

  it('filters by county, keeps the choice in the link, and restores it from one', async () => {
    const page = await visit(app(), baseUrl);
    const list = page.getByTestId('place-list');
    await list.waitFor();
    await expect(list.locator('a[data-place="dongyang"]').count()).resolves.toBe(1);
    const county = list.getByRole('combobox', { name: '县市区' });
    await county.selectOption('yiwu');
    await expect.poll(() => new URL(page.url()).searchParams.get('county')).toBe('yiwu');
    await expect(list.locator('a[data-place="dongyang"]').count()).resolves.toBe(0);
    await expect(list.locator('a[data-place="yiwu"]').count()).resolves.toBe(1);
    const listed = await list.locator('a[data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!));
    const inYiwu = gazetteer.filter((p) => p.id === 'yiwu' || (Array.isArray(p['within']) && (p['within'] as string[]).includes('yiwu'))).map((p) => p.id);
    for (const id of listed) expect(inYiwu, id).toContain(id);
    expect(listed.length).toBeGreaterThan(1);
    await screenshot(page, 'lists-county-filter');

    await visit(app(), `${baseUrl}?county=yiwu`);
    await expect(page.getByTestId('place-list').getByRole('combobox', { name: '县市区' }).inputValue()).resolves.toBe('yiwu');
    await expect(page.getByTestId('place-list').locator('a[data-place="dongyang"]').count()).resolves.toBe(0);
  });

  it('counts in each group the places the documents name, and passages in the filtered document only', async () => {
    const page = await visit(app(), baseUrl);
    const list = page.getByTestId('place-list');
    const transport = gazetteer.filter((p) => p.kind === 'transport');
    const named = transport.filter((p) => passageIds(p.id).length > 0);
    expect(named.length).toBeLessThan(transport.length);
    await expect(list.locator('h2', { hasText: '交通' }).locator('span').textContent()).resolves.toBe(`${transport.length} 处，文献提及 ${named.length} 处`);

    await visit(app(), `${baseUrl}?only=${documentId}`);
    const inDocument = passageIds('dongyang').filter((p) => documentOf.get(p) === documentId).length;
    expect(inDocument).toBeLessThan(passageIds('dongyang').length);
    await expect(list.locator('a[data-place="dongyang"] .n').textContent()).resolves.toBe(`${inDocument} 段`);

    // The places inside 东阳市 count that document's passages too.
    await visit(app(), `${baseUrl}?place=dongyang&only=${documentId}`);
    const hengdianHere = passageIds('twn-hengdian').filter((p) => documentOf.get(p) === documentId).length;
    expect(hengdianHere).toBeLessThan(passageIds('twn-hengdian').length);
    await expect(page.getByTestId('places-inside').locator('a[data-place="twn-hengdian"] .n').textContent()).resolves.toBe(`${hengdianHere}`);
  });
});

describe('the county shading', () => {
  const app = useApp(baseUrl);
  const counties = gazetteer.filter((p) => p.kind === 'county').map((p) => p.id);
  /** The map's shade for a count: log scale up to the most named county (style.ts countyShade). */
  const shadeOf = (n: number, max: number) => (Math.log(1 + n) / Math.log(1 + Math.max(1, max))).toFixed(4);
  const maxAll = Math.max(...counties.map((id) => passageIds(id).length));
  /** The shade each county is drawn with: its feature-state, or where none is set the one its source's counts give. */
  const shadesOnMap = () =>
    Promise.all(counties.map((id) => featureStateOf(app().page, id).then((s) => (s['shade'] === undefined ? shadeOf(passageIds(id).length, maxAll) : Number(s['shade']).toFixed(4)))));

  it("follows the document filter: each county shaded by that document's passages, the legend saying so; back when it is cleared", async () => {
    const page = await visit(app(), `${baseUrl}?only=${documentId}`);
    const inDocument = (id: string) => passageIds(id).filter((p) => documentOf.get(p) === documentId).length;
    const max = Math.max(...counties.map(inDocument));
    expect(max).toBeLessThan(Math.max(...counties.map((id) => passageIds(id).length)));
    await expect.poll(shadesOnMap).toEqual(counties.map((id) => shadeOf(inDocument(id), max)));
    await expect(page.getByTestId('shading-title').textContent()).resolves.toBe('县市区底色：本文提及它的段落数');
    await expect(page.locator('.ramp-labels').textContent()).resolves.toContain(`${max} 段`);
    await screenshot(page, 'lists-shading-document');

    await page.getByRole('button', { name: '显示全部', exact: true }).click();
    await expect.poll(shadesOnMap).toEqual(counties.map((id) => shadeOf(passageIds(id).length, maxAll)));
    await expect(page.getByTestId('shading-title').textContent()).resolves.toBe('县市区底色：提及它的段落数');
    await expect(page.locator('.ramp-labels').textContent()).resolves.toContain(`${maxAll} 段`);
  });
});

describe('the layer counts', () => {
  const app = useApp(baseUrl);
  const countOf = (kind: string) => app().page.locator(`input[data-kind="${kind}"]`).getAttribute('aria-label');

  it('count the places a reader can open passages for, say so, and follow the document filter', async () => {
    await visit(app(), baseUrl);
    await app().page.locator('input[data-kind="transport"]').waitFor({ state: 'attached' });
    const namedTransport = gazetteer.filter((p) => p.kind === 'transport' && passageIds(p.id).length > 0).length;
    await expect(countOf('transport')).resolves.toBe(`交通，文献提及 ${namedTransport} 处`);
    await expect(app().page.getByTestId('kind-counts-note').textContent()).resolves.toBe('数字：文献提及的地点数');

    await visit(app(), `${baseUrl}?only=${documentId}`);
    await app().page.locator('input[data-kind="transport"]').waitFor({ state: 'attached' });
    const inDocument = new Set(corpus.passages.filter((p) => p.documentId === documentId).map((p) => p.id));
    const namedHere = gazetteer.filter((p) => p.kind === 'town' && passageIds(p.id).some((id) => inDocument.has(id))).length;
    await expect.poll(() => countOf('town')).toBe(`乡镇街道，文献提及 ${namedHere} 处`);
    await expect(app().page.getByTestId('kind-counts-note').textContent()).resolves.toBe('数字：本文提及的地点数');
    await screenshot(app().page, 'lists-layer-counts-document');
  });

  it('made no request beyond localhost and logged no errors', () => {
    expect(app().offsiteRequests).toEqual([]);
    expect(app().consoleErrors).toEqual([]);
  });
});
