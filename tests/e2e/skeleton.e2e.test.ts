import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Browser } from 'playwright-core';
import type { CorpusAsset } from '../../src/lib/corpus/types.ts';
import type { PlaceCollection } from '../../src/lib/geo/types.ts';
import { canvasVariety, launch, openApp, screenPointOf, screenshot, type OpenedPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const places = JSON.parse(readFileSync('dist/atlas/places.geojson', 'utf8')) as PlaceCollection;
const corpus = JSON.parse(readFileSync('dist/atlas/corpus.json', 'utf8')) as CorpusAsset;
const COUNTY_NAMES = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '浦江县', '武义县', '磐安县'];

/**
 * The oracle for "every passage that names 东阳", computed with a rule of its own from the passage texts of the built
 * corpus (how documents are cut into passages is tested in tests/unit/passages.test.ts): a passage names 东阳 when
 * 东阳 is still in it after removing the names of other places that contain it (e.g. 东阳江) and the surfaces
 * geo/ambiguous-aliases.json marks as not a place.
 */
function passagesNamingDongyang(): string[] {
  const ambiguities = existsSync('geo/ambiguous-aliases.json')
    ? (JSON.parse(readFileSync('geo/ambiguous-aliases.json', 'utf8')) as Record<string, { rule: string }>)
    : {};
  const others = [
    ...places.features.flatMap((f) => (f.properties.id === 'dongyang' ? [] : [f.properties.name, ...f.properties.aliases])),
    ...Object.entries(ambiguities).flatMap(([surface, entry]) => (entry.rule === 'not-a-place' ? [surface] : [])),
  ]
    .filter((n) => n.includes('东阳'))
    .sort((a, b) => b.length - a.length);
  return corpus.passages.map((p) => p.text).filter((text) => others.reduce((t, name) => t.replaceAll(name, '□'), text).includes('东阳'));
}

describe('walking skeleton in a real browser', () => {
  let browser: Browser;
  let app: OpenedPage;

  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser, baseUrl);
  });
  afterAll(async () => browser?.close());

  it('shows a non-blank map of the nine counties with their Chinese labels', async () => {
    expect(await canvasVariety(app.page)).toBeGreaterThan(0.05);
    const rendered = await app.page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return map.queryRenderedFeatures({ layers: ['county-label'] }).map((f) => f.properties.name as string);
    });
    expect(new Set(rendered)).toEqual(new Set(COUNTY_NAMES));
    await screenshot(app.page, 'skeleton-counties');
  });

  it('clicking 东阳市 lists every passage that names 东阳, with the mention highlighted', async () => {
    const dongyang = places.features.find((f) => f.properties.id === 'dongyang')!;
    const inside = pointOnFeature(dongyang).geometry.coordinates as [number, number];
    const { x, y } = await screenPointOf(app.page, inside);
    await app.page.mouse.click(x, y);
    const panel = app.page.getByTestId('passage-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').textContent()).resolves.toBe('东阳市');

    const shown = await panel.locator('.passage').allTextContents();
    expect(shown.map((t) => t.trim())).toEqual(passagesNamingDongyang());
    expect(shown.length).toBeGreaterThan(50);
    const marks = await panel.locator('.passage mark').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['东阳', '东阳市']));
    expect(await panel.locator('h3').allTextContents()).toContain('“四学四争”勇扛使命 以一域之高质量发展 为全省大局增光添彩');
    await screenshot(app.page, 'skeleton-dongyang-panel');
  });

  it('clicking empty map (outside every county) closes the panel', async () => {
    const [w, s] = [118.6, 28.3]; // south-west of the prefecture, in 丽水/衢州 context land
    const { x, y } = await screenPointOf(app.page, [Math.max(w, 119.0), Math.max(s, 28.6)]);
    await app.page.mouse.click(x, y);
    await expect(app.page.getByTestId('passage-panel').count()).resolves.toBe(0);
  });

  it('made no request beyond localhost and logged no errors', () => {
    expect(app.offsiteRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
