/**
 * The pure half of the map controller (src/lib/map/controller.svelte.ts): the queue that holds changes until the
 * style is loaded, which steps each change of scene takes, how a flag moves, and what a language switch sets. What
 * MapLibre then does with them is covered end to end (tests/e2e/state.e2e.test.ts, embed-article.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { mapDataOf } from '../../src/lib/map/features.ts';
import type { MapFilter } from '../../src/lib/map/filter.ts';
import { flagChanges, labelFields, sceneSteps, type Scene } from '../../src/lib/map/scene.ts';
import { StyleQueue } from '../../src/lib/map/style-queue.ts';
import { buildStyle } from '../../src/lib/map/style.ts';
import { builtAtlas } from './built-atlas.ts';

describe('StyleQueue: work waits for the style', () => {
  it('holds tasks until the style has loaded, then runs them in the order they came, on the map it loaded', () => {
    const queue = new StyleQueue<string>();
    const ran: string[] = [];
    queue.run((map) => ran.push(`filter on ${map}`));
    queue.run((map) => ran.push(`labels on ${map}`));
    expect(ran).toEqual([]);
    queue.open('map 1');
    expect(ran).toEqual(['filter on map 1', 'labels on map 1']);
  });

  it('runs a task at once while the style is loaded', () => {
    const queue = new StyleQueue<string>();
    queue.open('map 1');
    const ran: string[] = [];
    queue.run((map) => ran.push(map));
    expect(ran).toEqual(['map 1']);
    expect(queue.isOpen).toBe(true);
  });

  it('runs a task queued twice while it waits once, in its first place', () => {
    const queue = new StyleQueue<string>();
    const ran: string[] = [];
    const sync = () => ran.push('sync');
    queue.run(sync);
    queue.run(() => ran.push('other'));
    queue.run(sync);
    queue.open('map');
    expect(ran).toEqual(['sync', 'other']);
  });

  it('holds back what comes after a task that replaces the style, until the new style has loaded', () => {
    const queue = new StyleQueue<string>();
    const ran: string[] = [];
    queue.run(() => {
      ran.push('restyle');
      queue.close(); // the map builds a new style from scratch
    });
    queue.run((map) => ran.push(`flags on ${map}`));
    queue.open('map');
    expect(ran).toEqual(['restyle']);
    expect(queue.isOpen).toBe(false);
    queue.run((map) => ran.push(`filter on ${map}`));
    queue.open('map');
    expect(ran).toEqual(['restyle', 'flags on map', 'filter on map']);
  });

  it('drops what waits once the map is gone, and runs nothing after', () => {
    const queue = new StyleQueue<string>();
    const ran: string[] = [];
    queue.run(() => ran.push('waiting'));
    queue.clear();
    queue.run(() => ran.push('late'));
    expect(ran).toEqual([]);
    expect(queue.isOpen).toBe(false);
  });
});

describe('sceneSteps: what each change takes, in place', () => {
  const atlas = { name: 'published' };
  const withText = { name: 'with a text added' };
  const basemap = { id: 'openfreemap' };
  const all: MapFilter = { hiddenKinds: [], onlyIds: null };
  const scene: Scene<object, object> = { atlas, lang: 'zh', filter: all, basemap: null };

  it('takes no step for the same scene, even as new objects (the app derives a new filter on every change)', () => {
    expect(sceneSteps(scene, { ...scene, filter: { hiddenKinds: [], onlyIds: null } })).toEqual([]);
  });

  it('relabels on a language switch: no new style, no new map', () => {
    expect(sceneSteps(scene, { ...scene, lang: 'en' })).toEqual(['relabel']);
  });

  it('sets the filter as global state on a filter change', () => {
    expect(sceneSteps(scene, { ...scene, filter: { hiddenKinds: ['village'], onlyIds: null } })).toEqual(['refilter']);
    expect(sceneSteps(scene, { ...scene, filter: { ...all, namedIds: ['vil-a'] } })).toEqual(['refilter']);
  });

  it('recounts on a new atlas (a text added or removed in the browser)', () => {
    expect(sceneSteps(scene, { ...scene, atlas: withText })).toEqual(['recount']);
  });

  it("recounts when the document filter's document changes (the county shading counts its passages), not for the same one", () => {
    const document = { passagesNaming: () => 1 };
    const filtered = { hiddenKinds: [], onlyIds: ['dongyang'] };
    expect(sceneSteps(scene, { ...scene, filter: filtered, only: document })).toEqual(['refilter', 'recount']);
    expect(sceneSteps({ ...scene, only: document }, { ...scene, only: document })).toEqual([]);
    expect(sceneSteps({ ...scene, only: document }, { ...scene, only: null })).toEqual(['recount']);
    expect(sceneSteps(scene, { ...scene, only: null })).toEqual([]);
  });

  it('restyles on a new basemap, which carries the language and the counts with it but not the filter values', () => {
    expect(sceneSteps(scene, { ...scene, basemap })).toEqual(['restyle']);
    expect(sceneSteps(scene, { ...scene, basemap, lang: 'en', atlas: withText })).toEqual(['restyle']);
    expect(sceneSteps(scene, { ...scene, basemap, filter: { hiddenKinds: ['town'], onlyIds: null } })).toEqual(['restyle', 'refilter']);
    expect(sceneSteps({ ...scene, basemap }, scene)).toEqual(['restyle']);
  });

  it('takes every step a combined change needs, each once', () => {
    expect(sceneSteps(scene, { atlas: withText, lang: 'en', filter: { hiddenKinds: [], onlyIds: ['dongyang'] }, basemap: null })).toEqual([
      'relabel',
      'refilter',
      'recount',
    ]);
  });
});

describe('labelFields: a language switch in place', () => {
  const { places, corpus } = builtAtlas();
  const data = mapDataOf(places, (id) => corpus.passagesByPlace[id]?.length ?? 0);
  const filter: MapFilter = { hiddenKinds: [], onlyIds: null };
  const zh = buildStyle({ data, lang: 'zh', filter });
  const en = buildStyle({ data, lang: 'en', filter });

  /** What the controller does to a map showing `style`: each label layer's text-field set, layer by layer. */
  function relabel(style: StyleSpecification, fields: ReturnType<typeof labelFields>): StyleSpecification['layers'] {
    const layers = structuredClone(style.layers);
    for (const { layer, field } of fields) {
      const found = layers.find((l) => l.id === layer) as SymbolLayerSpecification | undefined;
      if (found) found.layout = { ...found.layout, 'text-field': field };
    }
    return layers;
  }

  it('turns the Chinese map into the English one, and back, touching nothing but label text', () => {
    expect(relabel(zh, labelFields(en))).toEqual(en.layers);
    expect(relabel(en, labelFields(zh))).toEqual(zh.layers);
    expect(zh.layers).not.toEqual(en.layers);
  });

  it('works on the first view too, whose only label layer is the counties’', () => {
    const first = buildStyle({ data, lang: 'zh', filter, firstView: true });
    expect(relabel(first, labelFields(en))).toEqual(buildStyle({ data, lang: 'en', filter, firstView: true }).layers);
  });
});

describe('flagChanges: a feature-state flag moves', () => {
  it('unflags what is no longer wanted and flags only what is new', () => {
    expect(flagChanges(['dongyang'], ['yiwu'])).toEqual({ off: ['dongyang'], on: ['yiwu'] });
    expect(flagChanges(['dongyang', 'yiwu'], ['yiwu', 'pujiang'])).toEqual({ off: ['dongyang'], on: ['pujiang'] });
    expect(flagChanges(['yiwu'], ['yiwu'])).toEqual({ off: [], on: [] });
    expect(flagChanges([], [])).toEqual({ off: [], on: [] });
    expect(flagChanges(['yiwu'], [])).toEqual({ off: ['yiwu'], on: [] });
  });
});
