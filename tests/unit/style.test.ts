import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { openFreeMapBasemap, tiandituBasemap } from '../../src/lib/map/basemaps.ts';
import { GROUND_KINDS, mapDataOf, stacksOf } from '../../src/lib/map/features.ts';
import { placesHit } from '../../src/lib/map/hit.ts';
import {
  buildStyle,
  changedCountStates,
  CLICKABLE_LAYERS,
  countStatesOf,
  countyShade,
  FIRST_OVERLAY,
  FIRST_VIEW_LAYERS,
  globalStateOf,
  GROUND_SOURCE,
  LAYER_ORDER,
  LABEL_SOURCE,
  PALETTE,
  REFERENCE_SOURCE,
  SOURCE,
  sourceOfKind,
  styleAdditions,
  VILLAGE_LABEL_ZOOM,
  VILLAGE_POINT_ZOOM,
  type StyleOptions,
} from '../../src/lib/map/style.ts';
import { isLocated, type PlaceCollection } from '../../src/lib/geo/types.ts';
import { builtAtlas } from './built-atlas.ts';
import { expectGolden } from './golden.ts';

const { places, corpus } = builtAtlas();
const passagesOf = (byPlace: Record<string, string[]>) => (id: string) => byPlace[id]?.length ?? 0;
const data = mapDataOf(places, passagesOf(corpus.passagesByPlace));
const filter = { hiddenKinds: [], onlyIds: null };
const style = buildStyle({ data, lang: 'zh', filter });
const layer = (s: StyleSpecification, id: string) => s.layers.find((l) => l.id === id)! as StyleSpecification['layers'][number] & { filter?: unknown };

/** Whether `part` occurs in `tree` (a filter, an expression, a paint or layout object) as a whole: a sub-expression or a value. */
const holds = (tree: unknown, part: unknown): boolean =>
  isDeepStrictEqual(tree, part) || (typeof tree === 'object' && tree !== null && Object.values(tree).some((v) => holds(v, part)));
/** Whether an expression in `tree` applies `operator` (`get`, `zoom`, `feature-state` …). */
const applies = (tree: unknown, operator: string): boolean =>
  typeof tree === 'object' && tree !== null && ((Array.isArray(tree) && tree[0] === operator) || Object.values(tree).some((v) => applies(v, operator)));

/**
 * A small fixed input for the golden files, so that a change to the style shows as a diff a person can read: a
 * made-up prefecture (tests/fixtures/map-style/places.geojson, not real places) with one place of each kind the
 * layers tell apart — counties, a neighbour, a town and a village stacked on its seat, a park, a landmark, a river,
 * a railway under construction drawn straight between stations, an expressway, a project no source locates.
 */
const fixturePlaces = JSON.parse(readFileSync('tests/fixtures/map-style/places.geojson', 'utf8')) as PlaceCollection;
const passages = (count: number) => Array.from({ length: count }, (_, i) => `doc-a:${i}`);
const fixtureData = mapDataOf(fixturePlaces, passagesOf({ east: passages(7), west: passages(2), 'east-town': passages(3), 'east-village': passages(1), 'test-railway': passages(4), 'west-hall': passages(1) }));
const GOLDEN: Record<string, StyleOptions> = {
  'style-first-view.json': { data: fixtureData, lang: 'zh', filter, firstView: true },
  'style-all-places.json': { data: fixtureData, lang: 'zh', filter },
  'style-en.json': { data: fixtureData, lang: 'en', filter },
  'style-filter.json': { data: fixtureData, lang: 'zh', filter: { hiddenKinds: ['landmark'], onlyIds: ['east', 'east-town', 'east-village', 'test-railway'], namedIds: ['east-village'] } },
  'style-basemap.json': { data: fixtureData, lang: 'zh', filter, basemap: tiandituBasemap('KEY') },
};

describe('the style as data, against golden files (UPDATE_GOLDEN=1 rewrites them)', () => {
  for (const [name, options] of Object.entries(GOLDEN)) {
    it(`${name} is a valid MapLibre style, equal to its golden file`, () => {
      const built = buildStyle(options);
      expect(validateStyleMin(built as never)).toEqual([]);
      expectGolden(built, name);
    });
  }

  it('draws every layer from a source the style has, and every source it has is drawn from', () => {
    for (const [name, options] of Object.entries(GOLDEN)) {
      const built = buildStyle(options);
      const read = new Set(built.layers.flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])));
      expect([...read].sort(), name).toEqual(Object.keys(built.sources).sort());
      const own = built.layers.map((l) => l.id).filter((id) => !id.startsWith('basemap-'));
      expect(own, name).toEqual(LAYER_ORDER.filter((id) => !options.firstView || FIRST_VIEW_LAYERS.has(id)));
    }
  });
});

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('emits layers exactly in the one z-order list, each once', () => {
    expect(style.layers.map((l) => l.id)).toEqual([...LAYER_ORDER]);
  });

  it('needs no network: no glyphs, sprite or remote source', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object'); // inline data, not a URL
      expect(source).not.toHaveProperty('url');
      expect(source).not.toHaveProperty('tiles');
    }
  });

  it('addresses hover and selection by place id through feature-state, in the source that holds the place', () => {
    expect(style.sources[SOURCE]).toMatchObject({ type: 'geojson', promoteId: 'id' });
    expect(style.sources[GROUND_SOURCE]).toMatchObject({ type: 'geojson', promoteId: 'id' });
    expect(layer(style, 'county-focus')).toMatchObject({ source: GROUND_SOURCE });
    expect([sourceOfKind('county'), sourceOfKind('town'), sourceOfKind('transport')]).toEqual([GROUND_SOURCE, SOURCE, SOURCE]);
    for (const id of ['county-focus', 'area-focus', 'line-focus', 'point-focus', 'point']) {
      expect(holds(layer(style, id).paint, ['feature-state', 'selected']), id).toBe(true);
    }
  });

  it('gives every drawn layer of a type the same shader variant (which paint properties are per feature)', () => {
    // MapLibre's classes: u (constant or zoom only), a (per feature), z (per feature and zoom).
    const classOf = (value: unknown) => {
      const perFeature = ['get', 'has', 'feature-state'].some((operator) => applies(value, operator));
      return perFeature && applies(value, 'zoom') ? 'z' : perFeature ? 'a' : 'u';
    };
    const kinds = (l: StyleSpecification['layers'][number]) =>
      Object.entries((l as { paint?: Record<string, unknown> }).paint ?? {})
        .map(([key, value]) => `${key}:${classOf(value)}`)
        .sort()
        .join(' ');
    const drawn = style.layers.filter((l) => !l.id.endsWith('-hit') && l.type !== 'background');
    for (const type of ['fill', 'line', 'circle', 'symbol']) {
      const variants = new Set(drawn.filter((l) => l.type === type).map(kinds));
      expect([...variants], type).toHaveLength(1);
    }
  });

  it('lets small things win the pointer: clickable layers are ordered topmost first, each with a wide hit area', () => {
    const z = (id: string) => LAYER_ORDER.indexOf(id as never);
    expect(CLICKABLE_LAYERS.map(z)).toEqual([...CLICKABLE_LAYERS.map(z)].sort((a, b) => b - a));
    expect(layer(style, 'line-hit').paint).toMatchObject({ 'line-opacity': 0, 'line-width': 18 });
    expect(layer(style, 'point-hit').paint).toMatchObject({ 'circle-opacity': 0 });
  });

  it('hides kinds and narrows to a document through global state, for every place layer', () => {
    expect(style.state).toEqual({ hiddenKinds: { default: [] }, onlyIds: { default: [] }, onlyActive: { default: false }, namedIds: { default: [] } });
    const placeLayers = style.layers.filter((l) => /^(area|line|point)-?/.test(l.id) && !l.id.startsWith('point-stack'));
    expect(placeLayers.length).toBeGreaterThan(10);
    for (const l of placeLayers) {
      expect(holds(layer(style, l.id).filter, ['global-state', 'hiddenKinds']), l.id).toBe(true);
      expect(holds(layer(style, l.id).filter, ['global-state', 'onlyIds']), l.id).toBe(true);
    }
    expect(globalStateOf({ hiddenKinds: ['town'], onlyIds: ['dongyang'] })).toEqual({ hiddenKinds: ['town'], onlyIds: ['dongyang'], onlyActive: true, namedIds: [] });
    expect(globalStateOf({ hiddenKinds: [], onlyIds: null, namedIds: ['vil-x'] })).toMatchObject({ onlyActive: false, namedIds: ['vil-x'] });
  });

  it('draws villages from the zoom where they read, labels them later, and always when the open text or the selection names them', () => {
    for (const id of ['point', 'point-focus', 'point-hit', 'point-uncertainty', 'point-label']) {
      const from = id === 'point-label' ? VILLAGE_LABEL_ZOOM : VILLAGE_POINT_ZOOM;
      const villageShown = ['any', ['!', ['in', ['get', 'kind'], ['literal', ['village']]]], ['>=', ['zoom'], from], ['in', ['get', 'id'], ['array', 'string', ['global-state', 'namedIds']]]];
      expect(holds(layer(style, id).filter, villageShown), id).toBe(true);
    }
    expect(VILLAGE_LABEL_ZOOM).toBeGreaterThan(VILLAGE_POINT_ZOOM);
  });

  it('draws rivers as blue lines under the transport lines and the labels, and rings the area standing in for an unlocated place', () => {
    const z = (id: string) => LAYER_ORDER.indexOf(id as never);
    expect(z('water-line')).toBeLessThan(z('line'));
    expect(z('water-line')).toBeLessThan(z('line-label'));
    const isWater = ['in', ['get', 'kind'], ['literal', ['water']]];
    expect(holds(layer(style, 'water-line').filter, isWater)).toBe(true);
    expect(holds(layer(style, 'line').filter, ['!', isWater])).toBe(true);
    expect(holds(layer(style, 'water-line').paint, PALETTE.kind.water)).toBe(true);
    for (const id of ['county-focus', 'area-focus', 'point-focus']) expect(holds(layer(style, id).paint, ['feature-state', 'holds']), id).toBe(true);
  });

  it('draws one numbered disc where several shown places share a point, recounted for the filter, labelled by the pick', () => {
    // Two landmarks and a project placed at 横店镇's seat, beside whatever the gazetteer has at shared points.
    const seat = places.features.find((f) => f.properties.id === 'twn-hengdian')!.geometry;
    const guests = (['landmark', 'landmark', 'project'] as const).map((kind, i) => ({
      type: 'Feature' as const,
      geometry: seat,
      properties: { ...places.features.find((f) => f.properties.kind === kind)!.properties, id: `guest-${i}`, name: `guest-${i}` },
    }));
    const data = mapDataOf({ ...places, features: [...places.features, ...guests] }, passagesOf(corpus.passagesByPlace));
    const all = stacksOf(data.places, filter);
    const total = (s: typeof all) => s.features.reduce((n, f) => n + f.properties.count, 0);
    const stackedPlaces = data.places.features.filter((f) => f.properties.stacked > 1);
    expect(all.features.length).toBeGreaterThan(0);
    expect(total(all)).toBe(stackedPlaces.length);
    for (const stack of all.features) {
      const members = stackedPlaces.filter((f) => (f.geometry as { coordinates: number[] }).coordinates.join() === stack.geometry.coordinates.join());
      const hit = placesHit(members.map((f) => ({ layer: { id: 'point-hit' }, properties: f.properties, geometry: f.geometry })) as never, () => 0);
      expect(hit?.ids.length).toBe(members.length); // a click there lists them all
      expect(stack.properties.id).toBe(hit?.ids[0]); // the label names the one that leads them
    }
    const noLandmarks = stacksOf(data.places, { hiddenKinds: ['landmark'], onlyIds: null });
    expect(total(noLandmarks)).toBeLessThan(total(all));
    expect(noLandmarks.features.every((f) => f.properties.kind !== 'landmark')).toBe(true);
    expect(stacksOf(data.places, { hiddenKinds: [], onlyIds: [] }).features).toEqual([]);
    for (const id of ['point-stack', 'point-stack-count']) expect(layer(style, id).filter).toEqual(['>', ['get', 'count'], 1]);
  });

  it('labels in Chinese, or in English with the Chinese name as fallback', () => {
    expect(layer(style, 'county-label').layout).toMatchObject({ 'text-field': ['get', 'name'] });
    const en = buildStyle({ data, lang: 'en', filter });
    expect(layer(en, 'county-label').layout).toMatchObject({ 'text-field': ['coalesce', ['get', 'name_en'], ['get', 'name']] });
  });

  it('labels each place once: an area from its label point, not once per tile; a set of points at one of them', () => {
    for (const id of ['area-label', 'point-label']) expect(layer(style, id)).toMatchObject({ source: LABEL_SOURCE });
    // The ground's label points are in its own source, beside its areas: each layer there takes one geometry type.
    for (const id of ['county-label', 'neighbour-label']) {
      expect(layer(style, id)).toMatchObject({ source: GROUND_SOURCE });
      expect(holds(layer(style, id).filter, ['==', ['geometry-type'], 'Point']), id).toBe(true);
    }
    for (const l of style.layers.filter((l) => 'source' in l && l.source === GROUND_SOURCE && l.type !== 'symbol')) {
      expect(holds(layer(style, l.id).filter, ['==', ['geometry-type'], 'Polygon']), l.id).toBe(true);
    }
    const groundLabels = data.ground.features.filter((f) => f.geometry.type === 'Point');
    const names = [...groundLabels, ...data.labels.features].map((f) => f.properties.id);
    expect(new Set(names).size).toBe(names.length);
    const unlabelled = places.features.filter(isLocated).filter((f) => !names.includes(f.properties.id)).map((f) => f.geometry.type);
    expect(new Set(unlabelled)).toEqual(new Set(['LineString', 'MultiLineString']));
  });

  it('shades counties by how many passages name them, on a log scale up to the most named', () => {
    const fill = layer(style, 'land-fill').paint;
    const most = Math.max(...data.ground.features.filter((f) => f.properties.kind === 'county').map((f) => f.properties.mentions));
    expect(most).toBeGreaterThan(50);
    // The live shade (feature-state), or until it is set the one the source's counts give, on the same 0–1 scale.
    expect(holds(fill, ['coalesce', ['feature-state', 'shade'], ['/', ['ln', ['+', 1, ['get', 'mentions']]], Math.log(1 + most)]])).toBe(true);
    expect(countyShade(0, most)).toBe(0);
    expect(countyShade(most, most)).toBeCloseTo(1);
    expect(countyShade(3, 0)).toBeCloseTo(Math.log(4) / Math.log(2)); // no county named yet: the scale starts at 1
  });

  it('reads counts in paint from feature-state only, so a text added in the browser changes states, not sources', () => {
    for (const l of style.layers) {
      // Layout and filters cannot read feature-state: what they read of the counts stays as the sources were built.
      expect(applies('layout' in l ? l.layout : {}, 'feature-state'), l.id).toBe(false);
      expect(applies('filter' in l ? l.filter : [], 'feature-state'), l.id).toBe(false);
    }
    const paintReadingCounts = style.layers.filter((l) => holds('paint' in l ? l.paint : {}, 'mentions')).map((l) => l.id);
    expect(paintReadingCounts).toEqual(['land-fill']);
  });

  it('dashes unbuilt lines and marks schematic geometry', () => {
    expect(holds(layer(style, 'line').paint, ['in', ['get', 'status'], ['literal', ['proposed', 'planned', 'under-construction']]])).toBe(true);
    expect(holds(layer(style, 'line-uncertainty').filter, ['get', 'schematic'])).toBe(true);
    expect(holds(layer(style, 'point-uncertainty').filter, ['get', 'schematic'])).toBe(true);
  });
});

describe("the offline map's reference", () => {
  const referenceLayers = style.layers.filter((l) => l.id.startsWith('reference-'));
  const shownKind = ['!', ['in', ['get', 'kind'], ['array', 'string', ['global-state', 'hiddenKinds']]]];
  const inDocument = ['any', ['!', ['boolean', ['global-state', 'onlyActive'], false]], ['in', ['get', 'id'], ['array', 'string', ['global-state', 'onlyIds']]]];

  it('holds every town seat and every line drawn along its real course, of the gazetteer, and nothing else', () => {
    const ids = (features: Array<{ properties: { id: string } }>) => features.map((f) => f.properties.id).sort();
    const seats = data.places.features.filter((f) => f.properties.kind === 'town' && f.geometry.type === 'Point');
    const tracks = data.places.features.filter((f) => f.properties.geom === 'line' && f.properties.geometry_quality === 'track');
    expect(seats.length).toBeGreaterThan(100);
    expect(tracks.map((f) => f.properties.kind)).toEqual(expect.arrayContaining(['water', 'transport']));
    expect(ids(data.reference.features)).toEqual(ids([...seats, ...tracks]));
    expect(data.reference.features.some((f) => f.properties.geometry_quality === 'station-chain')).toBe(false);
  });

  it('is drawn only where the filter leaves a place out, under every place, and never picked', () => {
    expect(referenceLayers.map((l) => l.id)).toEqual(['reference-line', 'reference-town', 'reference-label']);
    for (const l of referenceLayers) {
      expect((l as { source: string }).source, l.id).toBe(REFERENCE_SOURCE);
      // The negation of the filter every place layer applies: drawn as reference exactly where not drawn as a place.
      expect(holds(layer(style, l.id).filter, ['!', ['all', shownKind, inDocument]]), l.id).toBe(true);
      expect(holds(layer(style, 'point').filter, shownKind) && holds(layer(style, 'point').filter, inDocument)).toBe(true);
      expect(CLICKABLE_LAYERS as string[]).not.toContain(l.id);
    }
    const z = (id: string) => LAYER_ORDER.indexOf(id as never);
    for (const id of ['water-line', 'line', 'point', 'point-label']) expect(z('reference-line'), id).toBeLessThan(z(id as never));
    // MapLibre places the topmost symbols first: the reference's names come last, after every place's own.
    expect(style.layers.find((l) => l.type === 'symbol')!.id).toBe('reference-label');
  });

  it('makes way for an online basemap, which brings its own', () => {
    const withBasemap = buildStyle({ data, lang: 'zh', filter, basemap: tiandituBasemap('KEY') });
    for (const l of referenceLayers) {
      expect((layer(style, l.id) as { layout?: { visibility?: string } }).layout?.visibility, l.id).toBe('visible');
      expect((layer(withBasemap, l.id) as { layout?: { visibility?: string } }).layout?.visibility, l.id).toBe('none');
    }
  });
});

describe('what the map is given', () => {
  it('carries only what the style, the hit test and the legend read, not the panel\'s material', () => {
    const keys = new Set([...data.ground.features, ...data.places.features].flatMap((f) => Object.keys(f.properties)));
    const credited = places.features.some((f) => typeof f.properties['credit'] === 'string');
    expect([...keys].sort()).toEqual([...(credited ? ['credit'] : []), 'context', 'geom', 'geometry_quality', 'id', 'kind', 'mentions', 'mode', 'name', 'name_en', 'schematic', 'stacked', 'status'].sort());
    const hengdian = data.places.features.find((f) => f.properties.id === 'twn-hengdian')!;
    expect(hengdian.properties).toMatchObject({ name: '横店镇', kind: 'town', context: false });
    expect(hengdian.properties.mentions).toBe(corpus.passagesByPlace['twn-hengdian']!.length);
    // Far smaller than the gazetteer it comes from, since it is copied to the worker and cut into tiles.
    const propertyBytes = (features: Array<{ properties: unknown }>) => features.reduce((n, f) => n + JSON.stringify(f.properties).length, 0);
    expect(propertyBytes([...data.ground.features, ...data.places.features])).toBeLessThan(0.5 * propertyBytes(places.features));
  });

  it('keeps the ground (counties and what surrounds them, with their label points) in a source of its own, the places in others', () => {
    const kinds = (c: { features: Array<{ properties: { kind: string } }> }) => [...new Set(c.features.map((f) => f.properties.kind))].sort();
    expect(kinds(data.ground)).toEqual(['county', 'neighbour', 'prefecture', 'province']);
    const groundAreas = data.ground.features.filter((f) => f.geometry.type !== 'Point');
    expect(groundAreas.filter((f) => f.properties.kind === 'county')).toHaveLength(9);
    expect(data.places.features.some((f) => GROUND_KINDS.has(f.properties.kind))).toBe(false);
    expect(data.labels.features.some((f) => GROUND_KINDS.has(f.properties.kind))).toBe(false);
    expect(groundAreas.length + data.places.features.length).toBe(places.features.filter(isLocated).length); // the unlocated are not drawn
    // The layers that draw the ground read its source, and only ground kinds.
    for (const l of style.layers) {
      if (!('source' in l) || l.source !== GROUND_SOURCE) continue;
      expect([...GROUND_KINDS].some((k) => holds(l.filter, k)), l.id).toBe(true);
    }
  });
});

describe('counts as feature-state', () => {
  it('gives every place its count, in the source that holds it, and every county its shade', () => {
    const states = countStatesOf(data);
    expect(states.get('twn-hengdian')).toEqual({ source: SOURCE, state: { mentions: corpus.passagesByPlace['twn-hengdian']!.length } });
    const dongyang = states.get('dongyang')!;
    expect(dongyang.source).toBe(GROUND_SOURCE);
    expect(dongyang.state.mentions).toBe(corpus.passagesByPlace['dongyang']!.length);
    const counties = [...states.values()].filter((s) => s.state.shade !== undefined);
    expect(Math.max(...counties.map((s) => s.state.shade!))).toBeCloseTo(1);
    expect(counties.length).toBe(data.ground.features.filter((f) => f.properties.kind === 'county' && f.geometry.type !== 'Point').length);
  });

  it('tells the map only what changed: the places a new text names, and every county when the most named changes', () => {
    const shown = countStatesOf(data);
    expect(changedCountStates(shown, countStatesOf(data))).toEqual([]);
    const more = { ...corpus.passagesByPlace, 'twn-hengdian': [...corpus.passagesByPlace['twn-hengdian']!, 'local-x:0'] };
    expect(changedCountStates(shown, countStatesOf(mapDataOf(places, passagesOf(more)))).map((c) => c.id)).toEqual(['twn-hengdian']);
    const mostNamed = [...shown].filter(([, s]) => s.state.shade === 1).map(([id]) => id)[0]!;
    const louder = { ...corpus.passagesByPlace, [mostNamed]: [...corpus.passagesByPlace[mostNamed]!, ...Array.from({ length: 500 }, (_, i) => `local-x:${i}`)] };
    const changed = changedCountStates(shown, countStatesOf(mapDataOf(places, passagesOf(louder))));
    // Every named county's shade is relative to the most named (a county never named stays at 0).
    const named = data.ground.features.filter((f) => f.properties.kind === 'county' && f.geometry.type !== 'Point' && f.properties.mentions > 0);
    expect(named.length).toBeGreaterThan(1);
    expect(changed.map((c) => c.id).sort()).toEqual(named.map((f) => f.properties.id).sort());
  });
});

describe('counts under the document filter', () => {
  // The document that names the most counties, so its shading has something to rank.
  const countiesOf = (doc: string) =>
    data.ground.features.filter((f) => f.properties.kind === 'county' && (corpus.passagesByPlace[f.properties.id] ?? []).some((p) => p.startsWith(`${doc}:`)));
  const doc = [...new Set(corpus.passages.map((p) => p.documentId))].sort((a, b) => countiesOf(b).length - countiesOf(a).length)[0]!;
  const inDocument = (id: string) => (corpus.passagesByPlace[id] ?? []).filter((p) => p.startsWith(`${doc}:`)).length;
  const states = countStatesOf(data, { passagesNaming: inDocument });
  const counties = data.ground.features.filter((f) => f.properties.kind === 'county' && f.geometry.type !== 'Point').map((f) => f.properties.id);

  it("counts that document's passages, and shades the counties by them against the county it names most", () => {
    const max = Math.max(...counties.map(inDocument));
    expect(countiesOf(doc).length).toBeGreaterThan(1);
    expect(max).toBeLessThan(Math.max(...counties.map((id) => corpus.passagesByPlace[id]?.length ?? 0)));
    for (const id of counties) expect(states.get(id)!.state, id).toEqual({ mentions: inDocument(id), shade: countyShade(inDocument(id), max) });
    expect(Math.max(...counties.map((id) => states.get(id)!.state.shade!))).toBeCloseTo(1);
    // A county the document never names is unshaded, however often the others name it.
    const unnamed = counties.find((id) => inDocument(id) === 0 && (corpus.passagesByPlace[id]?.length ?? 0) > 0);
    if (unnamed) expect(states.get(unnamed)!.state.shade).toBe(0);
    expect(states.get('twn-hengdian')!.state.mentions).toBe(inDocument('twn-hengdian'));
  });

  it("goes back to every document's counts when the filter is cleared: what changed, set over the document's, gives them", () => {
    const all = countStatesOf(data);
    const shown = new Map(states);
    for (const { id, source, state } of changedCountStates(states, all)) shown.set(id, { source, state });
    expect(shown).toEqual(all);
    expect(changedCountStates(states, all).length).toBeGreaterThan(counties.length);
  });
});

describe('the first view, then the rest', () => {
  const first = buildStyle({ data, lang: 'zh', filter, firstView: true });

  it('draws first the counties, shaded and named, inside the prefecture, from the ground source alone', () => {
    expect(validateStyleMin(first as never)).toEqual([]);
    expect(first.layers.map((l) => l.id)).toEqual(['background', 'land-fill', 'county-outline', 'prefecture-outline', 'county-label']);
    expect(first.layers.map((l) => l.id)).toEqual(LAYER_ORDER.filter((id) => FIRST_VIEW_LAYERS.has(id)));
    expect(Object.keys(first.sources)).toEqual([GROUND_SOURCE]);
    // The very source the whole style has, so adding the rest leaves it (and its tiles) alone.
    expect(first.sources[GROUND_SOURCE]).toEqual(style.sources[GROUND_SOURCE]);
    expect(first.layers.map((l) => layer(first, l.id))).toEqual(first.layers.map((l) => layer(style, l.id)));
  });

  /** Applies the additions as MapLibre's addSource and addLayer(layer, beforeId) would. */
  function grow(from: StyleSpecification, to: StyleSpecification) {
    const sources = new Set(Object.keys(from.sources));
    const layers = from.layers.map((l) => l.id);
    const additions = styleAdditions(to, { source: (id) => sources.has(id), layer: (id) => layers.includes(id) });
    for (const [id] of additions.sources) sources.add(id);
    for (const { layer: added, beforeId } of additions.layers) {
      if (beforeId === undefined) layers.push(added.id);
      else {
        expect(layers, `${added.id} goes before ${beforeId}`).toContain(beforeId);
        layers.splice(layers.indexOf(beforeId), 0, added.id);
      }
    }
    return { additions, sources: [...sources].sort(), layers };
  }

  it('adds the rest of the style to it, each layer in its place in the one z-order', () => {
    const grown = grow(first, style);
    expect(grown.layers).toEqual([...LAYER_ORDER]);
    expect(grown.sources).toEqual(Object.keys(style.sources).sort());
    expect(grown.additions.sources.map(([id]) => id).sort()).toEqual([LABEL_SOURCE, SOURCE, 'atlas-stacks', REFERENCE_SOURCE].sort());
    expect(grown.additions.layers).toHaveLength(LAYER_ORDER.length - FIRST_VIEW_LAYERS.size);
    // Nothing to add to a map that already has the whole style.
    expect(grow(style, style).additions).toEqual({ sources: [], layers: [] });
  });

  it('keeps an online basemap under the overlays when the first view started with one', () => {
    const basemap = tiandituBasemap('KEY');
    const full = buildStyle({ data, lang: 'zh', filter, basemap });
    const grown = grow(buildStyle({ data, lang: 'zh', filter, basemap, firstView: true }), full);
    expect(grown.layers).toEqual(full.layers.map((l) => l.id));
    expect(grown.layers.indexOf(basemap.layers[0]!.id)).toBe(1);
  });
});

describe('online basemaps', () => {
  const ofm: StyleSpecification = {
    version: 8,
    sources: { openmaptiles: { type: 'vector', url: 'https://tiles.openfreemap.org/planet' } },
    glyphs: 'https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf',
    sprite: 'https://tiles.openfreemap.org/sprites/ofm_f384/ofm',
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eee' } },
      { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' },
      { id: 'pattern', type: 'fill', source: 'openmaptiles', 'source-layer': 'landcover', paint: { 'fill-pattern': 'wetland' } },
      { id: 'place', type: 'symbol', source: 'openmaptiles', 'source-layer': 'place', layout: { 'text-field': '{name}' } },
    ],
  };

  it('goes between the background and the first overlay layer, leaving the atlas z-order intact', () => {
    const withTdt = buildStyle({ data, lang: 'zh', filter, basemap: tiandituBasemap('KEY') });
    const ids = withTdt.layers.map((l) => l.id);
    expect(ids.slice(0, 4)).toEqual(['background', 'basemap-tdt-vec', 'basemap-tdt-cva', FIRST_OVERLAY]);
    expect(ids.filter((id) => !id.startsWith('basemap-'))).toEqual([...LAYER_ORDER]);
    expect(validateStyleMin(withTdt as never)).toEqual([]);
  });

  it('asks Tianditu for vec_w and cva_w with the key, in Web Mercator tiles', () => {
    const urls = Object.values(tiandituBasemap('a b')).flatMap((s) => Object.values(s).flatMap((v) => (v as { tiles?: string[] }).tiles ?? []));
    expect(urls).toHaveLength(16);
    expect(urls.every((u) => /^https:\/\/t[0-7]\.tianditu\.gov\.cn\/(vec|cva)_w\/wmts\?.*TILEMATRIXSET=w.*&tk=a%20b$/.test(u))).toBe(true);
  });

  it("keeps OpenFreeMap's shapes but not what needs its glyph or sprite server", () => {
    const basemap = openFreeMapBasemap(ofm);
    expect(basemap.layers.map((l) => l.id)).toEqual(['basemap-ofm-background', 'basemap-ofm-water']);
    expect(Object.keys(basemap.sources)).toEqual(['basemap-ofm-openmaptiles']);
    const styled = buildStyle({ data, lang: 'zh', filter, basemap });
    expect(styled.glyphs).toBeUndefined();
    expect(styled.sprite).toBeUndefined();
    expect(validateStyleMin(styled as never)).toEqual([]);
  });
});
