/**
 * Places no source locates (`"geometry": null`, `"geometry_quality": "unlocated"`): the build's rules for them, how
 * they roll up into their areas, where the map shows them, and how the assets are split so the first view stays small.
 * The unlocated places are the gazetteer's own; a gazetteer that has none yet has its approximate points that share
 * a point with other places made unlocated here, as the gazetteer records them now.
 */
import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { atlasDataOf } from './built-atlas.ts';
import type { GazetteerFeature, PlaceProperties } from '../../src/lib/geo/types.ts';
import { creditsOf, mapDataOf, stacksOf } from '../../src/lib/map/features.ts';
import { buildAtlas, type AtlasInputs } from '../../src/lib/pipeline/build-atlas.ts';
import { firstViewPlaces, GAZETTEER_FIELDS, gazetteerAsset } from '../../src/lib/pipeline/gazetteer-asset.ts';
import { readInputs } from '../../scripts/atlas-pipeline.ts';

type Collection = { type: 'FeatureCollection'; features: GazetteerFeature[] };
const real = readInputs(process.cwd());
const parsed = real.geo.map((g) => ({ file: g.file, fc: JSON.parse(g.content) as Collection }));
const positionKey = (f: GazetteerFeature) => (f.geometry?.type === 'Point' ? f.geometry.coordinates.join(',') : null);
const onPoint = new Map<string, number>();
for (const { fc } of parsed) for (const f of fc.features) if (positionKey(f)) onPoint.set(positionKey(f)!, (onPoint.get(positionKey(f)!) ?? 0) + 1);
/** An approximate point sharing its position with other places stands at a seat, not at its site: it is really unlocated. */
const standsElsewhere = (f: GazetteerFeature) => f.properties.geometry_quality === 'approximate' && (onPoint.get(positionKey(f) ?? '') ?? 0) > 1;
const unlocate = (f: GazetteerFeature): GazetteerFeature => ({
  ...f,
  geometry: null,
  properties: { ...f.properties, geometry_quality: 'unlocated', quality_note: `No source locates it; the documents put it in ${f.properties.parent}.` },
});
const hasUnlocated = parsed.some(({ fc }) => fc.features.some((f) => f.properties.geometry_quality === 'unlocated'));
const inputs: AtlasInputs = hasUnlocated
  ? real
  : { ...real, geo: parsed.map(({ file, fc }) => ({ file, content: JSON.stringify({ ...fc, features: fc.features.map((f) => (standsElsewhere(f) ? unlocate(f) : f)) }, null, 1) })) };
const built = buildAtlas(inputs);
const unlocatedIds = built.places.features.filter((f) => f.properties.geometry_quality === 'unlocated').map((f) => f.properties.id);
const data = atlasDataOf(built);
const atlas = createAtlas(data);

describe('unlocated places in the build', () => {
  it('accepts a null geometry exactly when the place says it is unlocated, naming file and feature otherwise', () => {
    expect(unlocatedIds.length).toBeGreaterThan(20);
    const ground = inputs.geo.filter((g) => /(counties|context)\.geojson$/.test(g.file));
    const documents = [{ file: 'data/documents/a.txt', content: new TextEncoder().encode('某地在东阳。') }];
    const withGeo = (file: string, features: unknown[]) => ({ documents, geo: [...ground, { file, content: JSON.stringify({ type: 'FeatureCollection', features }, null, 1) }] });
    const place = (overrides: Partial<PlaceProperties>, geometry: unknown) => ({
      type: 'Feature',
      properties: { id: 'lmk-x', kind: 'landmark', name: '某地', name_en: 'X', pinyin: 'mǒu dì', aliases: [], parent: 'dongyang', geometry_quality: 'unlocated', quality_note: 'No source locates it.', source: 'test', ...overrides },
      geometry,
    });
    expect(() => buildAtlas(withGeo('geo/x.geojson', [place({ geometry_quality: 'approximate', quality_note: 'n' }, null)]))).toThrow(
      /^geo\/x\.geojson, line \d+, feature "lmk-x": geometry is missing \(null\); only an "unlocated" place may have none/,
    );
    expect(() => buildAtlas(withGeo('geo/x.geojson', [place({}, { type: 'Point', coordinates: [120.3, 29.2] })]))).toThrow(
      /^geo\/x\.geojson, feature "lmk-x": an "unlocated" place has no geometry \(null\)/,
    );
    expect(() => buildAtlas(withGeo('geo/x.geojson', [place({ parent: null }, null)]))).toThrow(/geo\/x\.geojson, feature "lmk-x": an "unlocated" place needs a parent/);
    expect(() => buildAtlas(withGeo('geo/x.geojson', [place({}, null)]))).not.toThrow();
  });

  it('rolls an unlocated place up into its parents, so the areas list it', () => {
    const inside = new Map<string, Set<string>>();
    const insideOf = (area: string) => inside.get(area) ?? inside.set(area, new Set(atlas.placesInside(area).map((p) => p.place.id))).get(area)!;
    for (const id of unlocatedIds) {
      const place = atlas.place(id)!;
      const parents = atlas.parentChain(id).map((p) => p.id);
      expect(parents.at(-1), id).toBe(place.parent);
      expect([...(place['within'] as string[])].sort(), id).toEqual([...parents].sort());
      for (const area of parents) expect(insideOf(area).has(id), `${area} lists ${id}`).toBe(true);
    }
  });

  it('is shown by the nearest area it belongs to that has a geometry, and framed by its extent', () => {
    for (const id of unlocatedIds) {
      const standIn = atlas.standIn(id)!;
      expect(standIn.own).toBe(false);
      const chain = atlas.parentChain(id).reverse(); // nearest first
      expect(standIn.feature.properties.id).toBe(chain.find((p) => atlas.feature(p.id)?.geometry)!.id);
      expect(atlas.extentOf([id])).toEqual(atlas.extentOf([standIn.feature.properties.id]));
    }
    const inCounty = unlocatedIds.find((id) => atlas.place(atlas.place(id)!.parent!)?.kind === 'county')!;
    expect(atlas.standIn(inCounty)!.feature.geometry.type).toMatch(/Polygon/);
    const inTown = unlocatedIds.find((id) => atlas.standIn(id)?.feature.properties.kind === 'town')!;
    const seat = atlas.standIn(inTown)!.feature;
    expect(seat.properties.kind).toBe('town');
    const [x, y] = (seat.geometry as Point).coordinates;
    expect(atlas.extentOf([inTown])).toEqual([x, y, x, y]);
    expect(atlas.standIn('dongyang')).toMatchObject({ own: true });
  });

  it('is not drawn: no map feature, label or numbered disc carries it, and no disc holds more than 5 places', () => {
    const data = mapDataOf(built.places, (id) => built.corpus.passagesByPlace[id]?.length ?? 0);
    const drawn = new Set([...data.ground.features, ...data.places.features, ...data.labels.features].map((f) => f.properties.id));
    for (const id of unlocatedIds) expect(drawn.has(id), id).toBe(false);
    const stacks = stacksOf(data.places, { hiddenKinds: [], onlyIds: null });
    expect(Math.max(0, ...stacks.features.map((f) => f.properties.count))).toBeLessThanOrEqual(5);
  });
});

describe('the asset split: places.geojson for the first view, gazetteer.json on demand', () => {
  const first = firstViewPlaces(built.places, built.corpus);
  const rest = gazetteerAsset(built.places);
  const named = (id: string) => (built.corpus.passagesByPlace[id]?.length ?? 0) > 0;

  it('puts in places.geojson every place the map draws, the unlocated places the documents name and their parents, and no other', () => {
    const ids = new Set(first.features.map((f) => f.properties.id));
    const parents = new Set(first.features.map((f) => f.properties.parent));
    for (const f of built.places.features) expect(ids.has(f.properties.id), f.properties.id).toBe(f.geometry !== null || named(f.properties.id) || parents.has(f.properties.id));
    for (const id of parents) if (id) expect(ids.has(id), `parent ${id}`).toBe(true);
    expect(first.features.some((f) => f.geometry === null)).toBe(true);
    // An unlocated village no document names stays out, unless a place the first view has lies in it.
    const village = (id: string, parent: string, quality: 'unlocated' | 'seat-point' = 'unlocated'): GazetteerFeature => ({
      type: 'Feature',
      geometry: null,
      properties: { id, kind: 'village', name: id, name_en: id, pinyin: '', aliases: [], parent, geometry_quality: quality, quality_note: 'test', source: 'test' },
    });
    const landmark: GazetteerFeature = { ...village('lmk-in-b', 'vil-b'), properties: { ...village('lmk-in-b', 'vil-b').properties, kind: 'landmark' } };
    const split = firstViewPlaces({ type: 'FeatureCollection', features: [...built.places.features, village('vil-a', 'dongyang'), village('vil-b', 'dongyang'), landmark] }, {
      passagesByPlace: { ...built.corpus.passagesByPlace, 'lmk-in-b': ['p'] },
    });
    const splitIds = split.features.map((f) => f.properties.id);
    expect(splitIds).not.toContain('vil-a');
    expect(splitIds).toEqual(expect.arrayContaining(['vil-b', 'lmk-in-b']));
  });

  it('puts in gazetteer.json every linkable place, located or not, with what finds it and where it belongs', () => {
    expect(rest.places.map((p) => p.id)).toEqual(built.places.features.map((f) => f.properties.id));
    for (const p of rest.places) for (const key of Object.keys(p)) expect(GAZETTEER_FIELDS).toContain(key);
    const hengdian = rest.places.find((p) => p.id === 'twn-hengdian')!;
    expect(hengdian).toMatchObject({ name: '横店镇', kind: 'town', parent: 'dongyang', geometry_quality: 'seat-point' });
    expect(hengdian.pinyin).toBeTruthy();
  });

  it('lets the app find and open a place that is only in gazetteer.json once it has loaded', () => {
    // A place of gazetteer.json that places.geojson lacks, as the village records will be.
    const firstOnly = createAtlas({ ...data, places: { ...first, features: first.features.filter((f) => f.properties.id !== unlocatedIds[0]) } });
    const id = unlocatedIds[0]!;
    const name = rest.places.find((p) => p.id === id)!.name;
    const noFilter = { hiddenKinds: [], onlyIds: null, documentId: null };
    expect(firstOnly.place(id)).toBeUndefined();
    expect(firstOnly.search(name, noFilter).places.map((h) => h.place.id)).not.toContain(id);
    const full = firstOnly.withGazetteer(rest.places);
    expect(full.hasGazetteer).toBe(true);
    expect(full.search(name, noFilter).places.map((h) => h.place.id)).toContain(id);
    expect(full.place(id)?.geometry_quality).toBe('unlocated');
    expect(full.parentChain(id).length).toBeGreaterThan(0);
    expect(full.standIn(id)?.own).toBe(false);
    expect(full.places).toEqual(firstOnly.places); // the side list is the first view's places; search finds the rest
  });
});

describe('credits of licensed geometry', () => {
  it('come from the data: each drawn feature carries its credit, and a view credits each one once', () => {
    const osm = '© OpenStreetMap contributors (ODbL)';
    const rivers = 'GSHHG/WDBII rivers (Wessel & Smith), LGPL';
    const line = built.places.features.find((f) => f.properties.kind === 'transport' && f.geometry?.type.endsWith('LineString'))!;
    const credited = [
      { ...line, properties: { ...line.properties, id: 'a', credit: osm } },
      { ...line, properties: { ...line.properties, id: 'b', credit: osm } },
      { ...line, properties: { ...line.properties, id: 'river', kind: 'water' as const, credit: ` ${rivers} ` } },
    ];
    const data = mapDataOf({ type: 'FeatureCollection', features: [...built.places.features, ...credited] }, () => 0);
    const byId = new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get('a')?.credit).toBe(osm);
    expect(byId.get('river')?.credit).toBe(rivers);
    expect(byId.get('twn-hengdian')).not.toHaveProperty('credit');
    expect(creditsOf(data.places.features.map((f) => f.properties))).toEqual([osm, rivers].sort());
    expect(creditsOf([byId.get('twn-hengdian')!])).toEqual([]);
  });
});
