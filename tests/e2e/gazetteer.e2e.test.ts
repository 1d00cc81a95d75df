import { describe, expect, inject, it } from 'vitest';
import { featureStateOf, launch, openApp, screenPointOf, screenshot, useApp, visit, waitForMapSettled } from './browser.ts';
import { clearSpotOnLine, corpus, drawnAt, feature } from './places.ts';

const baseUrl = inject('baseUrl');
type MapWindow = { __map: import('maplibre-gl').Map };

/** Gazetteer features of each kind the issue names, clicked on the map by projecting a coordinate on them. */
const TARGETS = [
  { kind: 'town', id: 'twn-hengdian', quality: '驻地位置（代表整个区域）' },
  { kind: 'village', id: 'vil-huayuan', quality: '驻地位置（代表整个区域）' },
  { kind: 'landmark', id: 'lmk-luzhai', quality: '精确位置' },
  { kind: 'railway drawn on its OSM track', id: 'trn-hangwen-hsr', quality: '实际线位' },
  { kind: 'railway drawn between its stations', id: 'trn-yongjin-rail', quality: '示意线：按车站顺序连线' },
  { kind: 'river', id: 'wtr-dongyangjiang', quality: '实际线位' },
] as const;

describe('clicking gazetteer features on the map', () => {
  const app = useApp(baseUrl);

  for (const target of TARGETS) {
    it(`a ${target.kind} (${target.id}) opens exactly the passages that name it`, async () => {
      const f = feature(target.id);
      const spot = f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : clearSpotOnLine(target.id);
      await visit(app(), baseUrl); // no panel open from the previous target
      await app().page.evaluate((center) => (window as unknown as MapWindow).__map.jumpTo({ center, zoom: 12 }), spot);
      await waitForMapSettled(app().page);
      const { x, y } = await screenPointOf(app().page, spot);
      await app().page.mouse.move(x, y);
      await expect(app().page.evaluate(() => (window as unknown as MapWindow).__map.getCanvas().style.cursor)).resolves.toBe('pointer');
      await app().page.mouse.click(x, y);
      const panel = app().page.getByTestId('passage-panel');
      // Where other places are drawn on the same point (横店镇's seat is also a point of a development axis), the click
      // lets the reader choose among them (place-chooser.e2e.test.ts).
      const here = drawnAt(spot);
      if (here.length > 1) {
        const chooser = app().page.getByTestId('place-chooser');
        await chooser.waitFor();
        expect(await chooser.locator('.choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place']))).toEqual(expect.arrayContaining(here));
        await chooser.locator(`.choice[data-place="${target.id}"]`).click();
      }
      await expect.poll(() => panel.locator('h2').textContent()).toBe(f.properties.name);
      await panel.locator('.passages[data-complete="true"]').waitFor();
      const shown = await panel.locator('.passage').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['passageId']));
      expect(shown).toEqual(corpus.passagesByPlace[target.id]);
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(await panel.locator('.passage mark').allTextContents())).toEqual(
        new Set(corpus.mentions.filter((m) => m.placeId === target.id).map((m) => m.surface)),
      );
      await expect(panel.getByTestId('geometry-quality').textContent()).resolves.toBe(target.quality);
      const statements = f.properties.status_statements ?? [];
      await expect(panel.locator('.timeline li').count()).resolves.toBe(statements.length);
      await expect.poll(() => featureStateOf(app().page, target.id)).toMatchObject({ selected: true });
      expect(new URL(app().page.url()).searchParams.get('place')).toBe(target.id);
    });
  }

  it('shows a line with its status timeline, each statement quoted with its document', async () => {
    const panel = app().page.getByTestId('passage-panel');
    await visit(app(), `${baseUrl}?place=trn-hangwen-hsr`);
    await waitForMapSettled(app().page);
    const statements = feature('trn-hangwen-hsr').properties.status_statements!;
    expect(statements.length).toBeGreaterThan(0);
    expect(await panel.locator('.timeline blockquote').allTextContents()).toEqual(expect.arrayContaining(statements.map((s) => s.quote)));
    const titles = statements.map((s) => corpus.documents.find((d) => d.id === s.document)!.title);
    for (const title of titles) expect((await panel.locator('.timeline .cite').allTextContents()).join('\n')).toContain(title);
    await screenshot(app().page, 'wide-line-panel');
  });
});

describe('search over the gazetteer', () => {
  it('finds 横店 by 横店, hengdian and héngdiàn', async () => {
    const browser = await launch();
    const { page } = await openApp(browser, baseUrl);
    for (const text of ['横店', 'hengdian', 'héngdiàn', 'Heng Dian']) {
      await page.locator('#search-input').fill(text);
      await expect(page.locator('#search-option-0').getAttribute('data-place'), text).resolves.toBe('twn-hengdian');
    }
    await page.locator('#search-input').press('Enter');
    await expect(page.getByTestId('passage-panel').locator('h2').textContent()).resolves.toBe('横店镇');
    await browser.close();
  });
});
