/**
 * Where the explorer's atlas comes from (src/lib/app/atlas-source.svelte.ts): the first view's data, the rest of the
 * gazetteer when a link or a text needs it, and the texts added in this browser — with the real built atlas split
 * as the build splits it, and a library of one real linked text.
 */
import { describe, expect, it } from 'vitest';
import { AtlasSource, goneLocalTexts, type AtlasSourceDeps, type AtlasSourceEvents } from '../../src/lib/app/atlas-source.svelte.ts';
import type { Atlas } from '../../src/lib/app/atlas.ts';
import type { AtlasData } from '../../src/lib/app/load.ts';
import type { Library } from '../../src/lib/local-docs/library.ts';
import type { LocalDocument } from '../../src/lib/local-docs/process.ts';
import { createHandler, PROTOCOL_VERSION } from '../../src/lib/local-docs/protocol.ts';
import { firstViewPlaces, gazetteerAsset } from '../../src/lib/pipeline/gazetteer-asset.ts';
import { DEFAULT_STATE } from '../../src/lib/url/state.ts';
import { builtAtlas, builtAtlasData } from './built-atlas.ts';

const built = builtAtlas();
const firstView: AtlasData = { ...builtAtlasData(), places: firstViewPlaces(built.places, built.corpus) };
const gazetteer = gazetteerAsset(built.places);
const inFirstView = new Set(firstView.places.features.map((f) => f.properties.id));
/** A village only the rest of the gazetteer holds (no source locates it, no document names it). */
const farVillage = gazetteer.places.find((p) => p.kind === 'village' && !inFirstView.has(p.id))!;

const handle = createHandler(async () => gazetteer);
async function linked(text: string): Promise<LocalDocument> {
  const response = await handle({ v: PROTOCOL_VERSION, id: 1, type: 'link', input: { kind: 'text', text } });
  if (response.type === 'error') throw new Error(response.error.code);
  return response.result;
}
/** A text naming the far village: the atlas needs the rest of the gazetteer to count it. */
const text = await linked(`${farVillage.name}的村民说，卢宅在东阳。`);

/** A library holding `docs` (restore gives them back, or fails), counting what it is asked. */
function libraryOf(docs: LocalDocument[], { restoreFails = false } = {}): Library & { restored: number } {
  let held = docs;
  return {
    restored: 0,
    get docs() {
      return held;
    },
    add: () => Promise.reject(new Error('no text is added in these tests')),
    async remove(id) {
      held = held.filter((d) => d.document.id !== id);
    },
    async restore() {
      this.restored++;
      if (restoreFails) throw new Error('the worker did not start');
      return held;
    },
  };
}

/** A source over the split atlas; `events` resolves each kind of event as a list of what it said. */
function sourceWith(deps: Partial<AtlasSourceDeps> = {}) {
  const calls = { atlas: 0, gazetteer: 0, library: 0 };
  const log: Array<[keyof AtlasSourceEvents, unknown]> = [];
  const waiting: Array<() => void> = [];
  const events: AtlasSourceEvents = {
    rebuilt: (atlas, how) => (log.push(['rebuilt', { atlas, ...how }]), waiting.splice(0).forEach((f) => f())),
    gazetteerFailed: (error) => (log.push(['gazetteerFailed', error.message]), waiting.splice(0).forEach((f) => f())),
    restoreFailed: () => log.push(['restoreFailed', null]),
  };
  const source = new AtlasSource(events, {
    loadAtlas: async () => (calls.atlas++, firstView),
    loadGazetteer: async () => (calls.gazetteer++, gazetteer),
    openLibrary: async () => (calls.library++, libraryOf([])),
    keptTexts: async () => 0,
    ...deps,
  });
  /** Settles at the next rebuild or gazetteer failure. */
  const nextEvent = () => new Promise<void>((resolve) => waiting.push(resolve));
  return { source, calls, log, nextEvent };
}

const loaded = async (source: AtlasSource, place: string | null = null) => {
  let seen: Atlas | null = null;
  await source.load(
    () => place,
    (atlas) => {
      expect(source.atlas).toBeNull(); // the link's ids are checked before the atlas is shown
      seen = atlas;
    },
  );
  expect(source.atlas).toBe(seen);
  return source.atlas!;
};

describe('AtlasSource', () => {
  it('loads the first view’s data alone when the link names nothing it lacks', async () => {
    const { source, calls } = sourceWith();
    const atlas = await loaded(source, 'dongyang');
    expect(atlas.place('dongyang')?.kind).toBe('county');
    expect(atlas.place(farVillage.id)).toBeUndefined();
    expect(calls).toEqual({ atlas: 1, gazetteer: 0, library: 0 });
  });

  it('waits for the rest of the gazetteer when the link names a place only it holds', async () => {
    const { source, calls } = sourceWith();
    const atlas = await loaded(source, farVillage.id);
    expect(atlas.place(farVillage.id)?.name).toBe(farVillage.name);
    expect(calls.gazetteer).toBe(1);
  });

  it('shows the first view without the rest of the gazetteer when it cannot be had, and fetches it again when asked', async () => {
    let fail = true;
    const { source, calls, log, nextEvent } = sourceWith({ loadGazetteer: async () => (calls.gazetteer++, fail ? Promise.reject(new Error('atlas/gazetteer.json: HTTP 503')) : gazetteer) });
    const atlas = await loaded(source, farVillage.id);
    expect(atlas.place(farVillage.id)).toBeUndefined();
    fail = false;
    const rebuilt = nextEvent();
    source.addGazetteer(); // the search box asks for it
    await rebuilt;
    expect(source.atlas!.place(farVillage.id)?.name).toBe(farVillage.name);
    expect(calls.gazetteer).toBe(2);
    expect(log.map(([event]) => event)).toEqual(['rebuilt']);
  });

  it('reports a failed fetch of the rest of the gazetteer, and fetches it once when it succeeds', async () => {
    let fail = true;
    const { source, calls, log, nextEvent } = sourceWith({ loadGazetteer: async () => (calls.gazetteer++, fail ? Promise.reject(new Error('HTTP 503')) : gazetteer) });
    await loaded(source);
    let event = nextEvent();
    source.addGazetteer();
    await event;
    expect(log).toEqual([['gazetteerFailed', 'HTTP 503']]);
    fail = false;
    event = nextEvent();
    source.addGazetteer();
    await event;
    source.addGazetteer();
    source.addGazetteer();
    expect(calls.gazetteer).toBe(2); // a fetch starts at once when asked: none did
  });

  it('says why the first view could not be loaded', async () => {
    const { source } = sourceWith({ loadAtlas: () => Promise.reject(new Error('atlas/places.geojson: HTTP 404')) });
    await source.load(
      () => null,
      () => expect.unreachable(),
    );
    expect(source.error).toBe('atlas/places.geojson: HTTP 404');
    expect(source.atlas).toBeNull();
  });

  it('restores nothing, loading no library, when this browser kept no text; and restores once', async () => {
    const { source, calls, log } = sourceWith();
    await loaded(source);
    await source.restore();
    await source.restore();
    expect(calls.library).toBe(0);
    expect(source.library).toBeNull();
    expect(log.map(([event, what]) => [event, (what as { restored: boolean }).restored])).toEqual([['rebuilt', true]]);
  });

  it('brings kept texts back into the atlas, with the rest of the gazetteer the text needs', async () => {
    const library = libraryOf([text]);
    const { source, calls, nextEvent } = sourceWith({ keptTexts: async () => 1, openLibrary: async () => (calls.library++, library) });
    await loaded(source);
    const withGazetteer = nextEvent().then(nextEvent); // restored, then rebuilt with the gazetteer
    await source.restore();
    await withGazetteer;
    expect(library.restored).toBe(1);
    expect(source.library).toBe(library);
    const atlas = source.atlas!;
    expect(atlas.localDocument(text.document.id)?.document.id).toBe(text.document.id);
    expect(atlas.passageCount(farVillage.id)).toBe(1);
    await source.remove(text.document.id);
    expect(source.atlas!.localDocument(text.document.id)).toBeNull();
    expect(calls.library).toBe(1);
  });

  it('says so when kept texts cannot be restored, and goes on without them', async () => {
    const { source, log } = sourceWith({ keptTexts: async () => 1, openLibrary: async () => libraryOf([], { restoreFails: true }) });
    await loaded(source);
    await source.restore();
    expect(log.map(([event]) => event)).toEqual(['restoreFailed', 'rebuilt']);
    expect(source.atlas!.localDocuments).toEqual([]);
  });

  it('knows the places the embed can show: the published first view’s', async () => {
    const { source } = sourceWith();
    await loaded(source, farVillage.id);
    expect(source.embeddable.has('dongyang')).toBe(true);
    expect(source.embeddable.has(farVillage.id)).toBe(false);
  });
});

describe('goneLocalTexts', () => {
  const atlas = { localDocument: (id: string) => (id === 'local-kept' ? ({} as never) : null) };

  it('drops links to texts this browser does not have, and only those', () => {
    expect(goneLocalTexts({ ...DEFAULT_STATE, doc: 'local-gone', only: 'local-gone' }, atlas)).toEqual({ ids: ['local-gone'], patch: { doc: null, at: null, only: null } });
    expect(goneLocalTexts({ ...DEFAULT_STATE, doc: 'local-kept', only: 'local-gone' }, atlas)).toEqual({ ids: ['local-gone'], patch: { only: null } });
    expect(goneLocalTexts({ ...DEFAULT_STATE, doc: 'published-doc', only: 'local-kept' }, atlas)).toEqual({ ids: [], patch: null });
  });
});
