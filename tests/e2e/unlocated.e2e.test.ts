/**
 * Places no source locates, villages only the lazily loaded gazetteer has, and the credits of licensed geometry, in
 * the built app. The data is the built data; where it has none of a case yet (no unlocated place, no village beyond
 * the first view's, no credited geometry), the test serves the built assets with that case made as the gazetteer
 * records it: approximate points standing on a shared point become unlocated, one village is left to gazetteer.json,
 * the surveyed railway track carries the OpenStreetMap credit.
 */
import { readFileSync } from 'node:fs';
import { bbox, distance, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isLocated, type GazetteerFeature, type PlaceCollection, type PlaceFeature } from '../../src/lib/geo/types.ts';
import type { GazetteerAsset } from '../../src/lib/pipeline/gazetteer-asset.ts';
import { cameraOf, featureStateOf, launch, openApp, screenshot, waitForMapSettled, type OpenedPage } from './browser.ts';
import { corpus, places } from './places.ts';

const baseUrl = inject('baseUrl');
type MapWindow = { __map: import('maplibre-gl').Map };
type Browser = Awaited<ReturnType<typeof launch>>;

const OSM_CREDIT = '© OpenStreetMap contributors (ODbL)';
const gazetteer = JSON.parse(readFileSync('dist/atlas/gazetteer.json', 'utf8')) as GazetteerAsset;

/** The assets as served: the built ones, with each case the built data lacks made as described above. */
function servedAssets(): { places: PlaceCollection; gazetteer: GazetteerAsset } {
  let features: GazetteerFeature[] = places.features;
  let records = gazetteer.places;
  const unlocate = (f: GazetteerFeature): GazetteerFeature => ({
    ...f,
    geometry: null,
    properties: { ...f.properties, geometry_quality: 'unlocated', quality_note: 'No source locates it; the documents put it in its parent.' },
  });
  if (!features.some((f) => f.properties.geometry_quality === 'unlocated')) {
    const onPoint = new Map<string, number>();
    const key = (f: GazetteerFeature) => (f.geometry?.type === 'Point' ? f.geometry.coordinates.join(',') : '');
    for (const f of features) onPoint.set(key(f), (onPoint.get(key(f)) ?? 0) + 1);
    features = features.map((f) => (f.properties.geometry_quality === 'approximate' && key(f) && onPoint.get(key(f))! > 1 ? unlocate(f) : f));
  }
  const firstViewIds = new Set(features.map((f) => f.properties.id));
  if (!gazetteer.places.some((p) => p.kind === 'village' && !firstViewIds.has(p.id))) {
    // A village no other place lies in, unnamed by the documents if there is one (as the villages only gazetteer.json has are).
    const leaves = features.filter((f) => f.properties.kind === 'village' && !features.some((c) => c.properties.parent === f.properties.id));
    const village = leaves.find((f) => !corpus.passagesByPlace[f.properties.id]) ?? leaves[0]!;
    features = features.filter((f) => f !== village);
    records = records.map((p) => (p.id === village.properties.id ? { ...p, geometry_quality: 'unlocated' } : p)); // no source locates it
  }
  if (!features.some((f) => typeof f.properties['credit'] === 'string')) {
    features = features.map((f) =>
      f.properties.kind === 'transport' && f.properties.geometry_quality === 'track' ? { ...f, properties: { ...f.properties, credit: OSM_CREDIT } } : f,
    );
  }
  return { places: { ...places, features }, gazetteer: { ...gazetteer, places: records } };
}
const served = servedAssets();
const byId = new Map(served.places.features.map((f) => [f.properties.id, f]));
const passages = (id: string) => corpus.passagesByPlace[id]?.length ?? 0;
const unlocated = served.places.features.filter((f) => f.properties.geometry_quality === 'unlocated' && passages(f.properties.id) > 0);
/** The nearest ancestor with a geometry: what the map shows an unlocated place by. */
function standIn(id: string): PlaceFeature {
  for (let p = byId.get(id)?.properties.parent; p; p = byId.get(p)?.properties.parent) {
    const f = byId.get(p);
    if (f && isLocated(f)) return f;
  }
  throw new Error(`no ancestor of ${id} has a geometry`);
}
const isArea = (f: PlaceFeature) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
const inCounty = unlocated.find((f) => isArea(standIn(f.properties.id)) && standIn(f.properties.id).properties.kind === 'county')!;
const atSeat = unlocated.find((f) => standIn(f.properties.id).geometry.type === 'Point')!;
const onlyInGazetteer = served.gazetteer.places.find((p) => p.kind === 'village' && !byId.has(p.id))!;
const credited = served.places.features.filter(isLocated).filter((f) => f.properties['credit'] === OSM_CREDIT);

/** Serves the assets above in place of the built ones, and records which atlas assets the page asked for. */
async function serve(page: Page, requested: string[]): Promise<void> {
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop()!;
    if (request.url().includes('/atlas/')) requested.push(name);
  });
  await page.route('**/atlas/places.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(served.places) }));
  await page.route('**/atlas/gazetteer.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(served.gazetteer) }));
}

describe('places no source locates, villages, credits', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    expect(inCounty, 'an unlocated place the documents name, in a county').toBeDefined();
    expect(atSeat, 'an unlocated place the documents name, in a town known by its seat').toBeDefined();
  });
  afterAll(async () => browser?.close());

  async function open(query: string): Promise<OpenedPage & { requested: string[] }> {
    const requested: string[] = [];
    const opened = await openApp(browser, `${baseUrl}${query}`, undefined, (page) => serve(page, requested));
    return { ...opened, requested };
  }

  it('opens an unlocated place from a link: the panel says its site is unknown and where it is, the map outlines its county', async () => {
    const { page, consoleErrors } = await open(`?place=${inCounty.properties.id}`);
    const county = standIn(inCounty.properties.id);
    const panel = page.getByTestId('passage-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(inCounty.properties.name);
    await expect(panel.getByTestId('geometry-quality').textContent()).resolves.toBe('具体位置未知');
    await expect(panel.getByTestId('located-in').textContent()).resolves.toBe(`位于${county.properties.name}`);
    await expect(panel.getByTestId('shown-as').textContent()).resolves.toContain(`${county.properties.name}的范围`);
    await expect.poll(() => featureStateOf(page, county.properties.id)).toMatchObject({ holds: true });
    await waitForMapSettled(page);
    // Framed: the whole county is in view.
    const [w, s, e, n] = bbox(county);
    const bounds = await page.evaluate(() => (window as unknown as MapWindow).__map.getBounds().toArray());
    expect(bounds[0][0]).toBeLessThanOrEqual(w);
    expect(bounds[1][0]).toBeGreaterThanOrEqual(e);
    expect(bounds[0][1]).toBeLessThanOrEqual(s);
    expect(bounds[1][1]).toBeGreaterThanOrEqual(n);
    // Not drawn anywhere as a point of its own.
    const drawn = await page.evaluate((id) => (window as unknown as MapWindow).__map.querySourceFeatures('atlas', { filter: ['==', ['get', 'id'], id] }).length, inCounty.properties.id);
    expect(drawn).toBe(0);
    await screenshot(page, 'unlocated-in-county');
    expect(consoleErrors).toEqual([]);
  });

  it("is listed in its town's panel; chosen there, the map rings the town's seat and the panel says so", async () => {
    const town = standIn(atSeat.properties.id);
    const { page, consoleErrors } = await open(`?place=${town.properties.id}`);
    const panel = page.getByTestId('passage-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(town.properties.name);
    const inside = panel.getByTestId('places-inside');
    if ((await inside.locator(`a[data-place="${atSeat.properties.id}"]`).count()) === 0) await inside.locator(`[data-kind="${atSeat.properties.kind}"]`).getByRole('button').click();
    const link = inside.locator(`a[data-place="${atSeat.properties.id}"]`);
    await expect(link.textContent()).resolves.toContain('位置未知');
    await link.click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(atSeat.properties.name);
    await expect(panel.getByTestId('geometry-quality').textContent()).resolves.toBe('具体位置未知');
    await expect(panel.getByTestId('located-in').textContent()).resolves.toContain(town.properties.name);
    await expect(panel.getByTestId('shown-as').textContent()).resolves.toContain(`${town.properties.name}的驻地`);
    await expect.poll(() => featureStateOf(page, town.properties.id)).toMatchObject({ holds: true });
    await waitForMapSettled(page);
    const { center } = await cameraOf(page);
    expect(distance(center, (town.geometry as Point).coordinates)).toBeLessThan(2); // km
    await screenshot(page, 'unlocated-at-town-seat');
    // Back on the town itself, nothing stands in for anything any more.
    await page.goBack();
    await expect.poll(() => featureStateOf(page, town.properties.id)).toMatchObject({ holds: false, selected: true });
    expect(consoleErrors).toEqual([]);
  });

  it('lights the area of an unlocated place while its name in a passage is hovered', async () => {
    const county = standIn(inCounty.properties.id).properties.id;
    const documentId = corpus.passages.find((p) => corpus.passagesByPlace[inCounty.properties.id]!.includes(p.id))!.documentId;
    const { page } = await open(`?doc=${documentId}`);
    const mention = page.getByTestId('reader').locator(`a.mention[data-place="${inCounty.properties.id}"]`).first();
    await mention.scrollIntoViewIfNeeded();
    await mention.hover();
    await expect.poll(() => featureStateOf(page, county)).toMatchObject({ hover: true });
    await page.mouse.move(5, 5);
    await expect.poll(() => featureStateOf(page, county)).toMatchObject({ hover: false });
  });

  it('fetches gazetteer.json only when search is first used, then finds a village only it has and opens its panel', async () => {
    const { page, requested, consoleErrors } = await open('');
    expect(requested).toContain('places.geojson');
    expect(requested).not.toContain('gazetteer.json');
    const loaded = page.waitForResponse((r) => r.url().endsWith('/atlas/gazetteer.json'));
    await page.locator('#search-input').focus();
    await loaded;
    await page.locator('#search-input').fill(onlyInGazetteer.name);
    const option = page.getByTestId('search-dropdown').locator(`[data-place="${onlyInGazetteer.id}"]`);
    await expect.poll(() => option.count()).toBe(1);
    await option.click();
    const panel = page.getByTestId('passage-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(onlyInGazetteer.name);
    const parent = served.gazetteer.places.find((p) => p.id === onlyInGazetteer.parent)!;
    await expect(panel.locator('.crumbs').textContent()).resolves.toContain(parent.name);
    await expect(panel.getByTestId('passage-count').textContent()).resolves.toContain(`${passages(onlyInGazetteer.id)}`);
    await expect(panel.getByTestId('geometry-quality').textContent()).resolves.toBe('具体位置未知');
    await expect(panel.getByTestId('located-in').textContent()).resolves.toContain(parent.name);
    expect(new URL(page.url()).searchParams.get('place')).toBe(onlyInGazetteer.id);
    await screenshot(page, 'village-from-gazetteer');
    // A link to it works from a fresh page too.
    const fresh = await open(`?place=${onlyInGazetteer.id}`);
    await expect.poll(() => fresh.page.getByTestId('passage-panel').locator('h2').textContent()).toBe(onlyInGazetteer.name);
    await expect(fresh.page.getByTestId('notice').count()).resolves.toBe(0);
    expect([...consoleErrors, ...fresh.consoleErrors]).toEqual([]);
  });

  describe('villages', () => {
    const village = served.places.features.filter(isLocated).find((f) => f.properties.kind === 'village' && f.geometry.type === 'Point' && passages(f.properties.id) > 0)!;
    const [lon, lat] = (village.geometry as Point).coordinates as [number, number];
    const drawn = (page: Page) =>
      page.evaluate((id) => (window as unknown as MapWindow).__map.queryRenderedFeatures({ layers: ['point'] }).some((f) => f.properties['id'] === id), village.properties.id);
    const at = (zoom: number) => `map=${zoom}/${lat}/${lon}`;

    it('draws a village from zoom 12, not below', async () => {
      expect(village, 'a village with a point that the documents name').toBeDefined();
      const { page } = await open(`?${at(10)}`);
      expect(await drawn(page)).toBe(false);
      await page.evaluate((zoom) => (window as unknown as MapWindow).__map.jumpTo({ zoom }), 12.2);
      await waitForMapSettled(page);
      await expect.poll(() => drawn(page)).toBe(true);
    });

    for (const named of ['document', 'selection'] as const) {
      it(`draws a village at any zoom while ${named === 'document' ? 'the open document' : 'the selection'} names it`, async () => {
        const documentId = corpus.passages.find((p) => corpus.passagesByPlace[village.properties.id]!.includes(p.id))!.documentId;
        const { page } = await open(`?${named === 'document' ? `doc=${documentId}` : `place=${village.properties.id}`}&${at(9)}`);
        await expect.poll(() => drawn(page)).toBe(true);
      });
    }
  });

  it('credits OpenStreetMap in the attribution while the railway it drew is in view, and not elsewhere', async () => {
    expect(credited.length).toBeGreaterThan(0);
    const { page } = await open('');
    const line = credited[0]! as Feature<LineString | MultiLineString>;
    const coords = line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
    const onLine = coords[Math.floor(coords.length / 2)] as [number, number];
    const attribution = () => page.locator('.maplibregl-ctrl-attrib-inner').textContent();
    await page.evaluate((center) => (window as unknown as MapWindow).__map.jumpTo({ center, zoom: 11 }), onLine);
    await waitForMapSettled(page);
    await expect.poll(attribution).toContain(OSM_CREDIT);
    await screenshot(page, 'osm-credit');
    // A spot of the prefecture's extent at least 40 km from every credited line: at zoom 12 none of them is in view.
    const [w, s, e, n] = bbox(served.places.features.filter(isLocated).find((f) => f.properties.kind === 'prefecture')!);
    let far: [number, number] | null = null;
    for (let i = 0; i <= 20 && !far; i++) {
      for (let j = 0; j <= 20 && !far; j++) {
        const at: [number, number] = [w + ((e - w) * i) / 20, s + ((n - s) * j) / 20];
        if (credited.every((f) => nearestPointOnLine(f as Feature<LineString | MultiLineString>, point(at)).properties.dist > 40)) far = at;
      }
    }
    expect(far).not.toBeNull();
    await page.evaluate((center) => (window as unknown as MapWindow).__map.jumpTo({ center, zoom: 12 }), far!);
    await waitForMapSettled(page);
    await expect.poll(attribution).not.toContain(OSM_CREDIT);
  });
});
