/**
 * What the explorer's screen shows (src/lib/app/screen.ts): the documents shown once they arrive, the map's and
 * search's filters, and the room fitted views leave for the layer panel.
 */
import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { documentsShown, fitPadding, layersOpen, mapFilterOf, searchFilterOf } from '../../src/lib/app/screen.ts';
import type { DocumentView } from '../../src/lib/corpus/document-view.ts';
import { maxCountyMentions } from '../../src/lib/map/style.ts';
import { DEFAULT_STATE } from '../../src/lib/url/state.ts';
import { builtAtlasData } from './built-atlas.ts';

const atlas = createAtlas(builtAtlasData());
const [village, otherVillage] = atlas.places.filter((p) => p.kind === 'village');
/** A document as far as the screen reads it: its id and the places it names. */
const view = (id: string, places: string[]) => ({ document: { id }, places: new Set(places) }) as unknown as DocumentView;

describe('documentsShown', () => {
  const open = view('doc-a', []);
  const filter = view('doc-b', []);

  it('shows the documents the state names once they have arrived', () => {
    expect(documentsShown(atlas, { ...DEFAULT_STATE, doc: 'doc-a', only: 'doc-b' }, open, filter)).toEqual({ openDoc: open, only: filter, fetching: false });
  });

  it('is busy, showing neither, while a named document is on its way (the last one fetched is for another id)', () => {
    expect(documentsShown(atlas, { ...DEFAULT_STATE, doc: 'doc-c', only: 'doc-d' }, open, filter)).toEqual({ openDoc: null, only: null, fetching: true });
    expect(documentsShown(atlas, { ...DEFAULT_STATE, doc: 'doc-a', only: 'doc-d' }, open, filter).fetching).toBe(true);
  });

  it('is not busy before the atlas is loaded, nor when no document is named', () => {
    expect(documentsShown(null, { ...DEFAULT_STATE, doc: 'doc-a' }, open, null)).toEqual({ openDoc: null, only: null, fetching: false });
    expect(documentsShown(atlas, DEFAULT_STATE, open, filter)).toEqual({ openDoc: null, only: null, fetching: false });
  });
});

describe('mapFilterOf and searchFilterOf', () => {
  it('hide the kinds hidden, and narrow to the filter document’s places when it is on', () => {
    const filter = view('doc-b', ['dongyang', 'twn-hengdian']);
    const mapFilter = mapFilterOf(atlas, { ...DEFAULT_STATE, hidden: ['village'] }, null, filter);
    expect(mapFilter).toEqual({ hiddenKinds: ['village'], onlyIds: ['dongyang', 'twn-hengdian'], namedIds: [] });
    expect(searchFilterOf(mapFilter, filter)).toEqual({ ...mapFilter, documentId: 'doc-b' });
    expect(searchFilterOf(mapFilterOf(atlas, DEFAULT_STATE, null, null), null)).toEqual({ hiddenKinds: [], onlyIds: null, namedIds: [], documentId: null });
  });

  it('draw at any zoom the villages the open document and the selection name, sorted, once each', () => {
    const open = view('doc-a', [otherVillage!.id, 'dongyang', village!.id]);
    const state = { ...DEFAULT_STATE, doc: 'doc-a', place: village!.id };
    expect(mapFilterOf(atlas, state, open, null).namedIds).toEqual([village!.id, otherVillage!.id].sort());
    expect(mapFilterOf(atlas, { ...state, doc: null }, open, null).namedIds).toEqual([village!.id]);
    expect(mapFilterOf(null, state, open, null).namedIds).toEqual([]);
  });
});

describe('the layer panel', () => {
  it('is open on a wide map and closed on a narrow one until the reader chooses', () => {
    expect([layersOpen(null, 720), layersOpen(null, 719)]).toEqual([true, false]);
    expect([layersOpen(false, 1200), layersOpen(true, 400)]).toEqual([false, true]);
  });

  it('has fitted views leave room for it only when it is open over a wide map', () => {
    expect(fitPadding(true, 1200)).toEqual({ top: 24, right: 24, bottom: 24, left: 270 });
    expect(fitPadding(true, 500).left).toBe(24); // on a narrow map it covers the map: nothing can be beside it
    expect(fitPadding(false, 1200).left).toBe(24);
  });

  it('shows the top of the county shading’s scale the map draws with: the most passages naming one county', () => {
    const counties = atlas.places.filter((p) => p.kind === 'county');
    expect(counties.length).toBeGreaterThan(1);
    expect(maxCountyMentions(atlas.mapData)).toBe(Math.max(...counties.map((p) => atlas.passageCount(p.id))));
  });
});
