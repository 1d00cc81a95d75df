import turfBbox from '@turf/bbox';
import { createCorpusLookup, type DocumentHits } from '../corpus/lookup.ts';
import type { Point } from 'geojson';
import { documentView, shardOfLocal, type DocumentView } from '../corpus/document-view.ts';
import type { CataloguePage, DocumentEntry } from '../corpus/shards.ts';
import type { CorpusAsset, CorpusDocument } from '../corpus/types.ts';
import { isLocated, type GazetteerFeature, type PlaceFeature, type PlaceProperties } from '../geo/types.ts';
import { mapDataOf } from '../map/features.ts';
import type { ToggleKind } from '../map/kinds.ts';
import { countiesOf, namedCounts } from '../places/lists.ts';
import { withinOf } from '../places/within.ts';
import { createSearch } from '../search/search.ts';
import type { AtlasData } from './load.ts';
import { isLocalId } from '../local-docs/ids.ts';
import { own } from '../records.ts';

/**
 * Where the map shows a place: its own geometry, or, for a place no source locates, the nearest area it is known to
 * lie in that has one (its town's seat point, its county's boundary).
 */
export interface StandIn {
  feature: PlaceFeature;
  /** The place itself, or an ancestor standing in for it. */
  own: boolean;
}

export interface PlaceInside {
  place: PlaceProperties;
  passages: number;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The passages naming a place, one page at a time: the published shard's page, texts added in this browser first. */
export interface PlacePassages {
  /** Grouped by document: local texts first (newest added first), then the published ones newest first. */
  groups: DocumentHits[];
  page: number;
  /** Pages of published passages (the local texts' passages all come with page 0). */
  pages: number;
  /** Passages naming the place, over every page and the local texts. */
  total: number;
  /** Every document naming the place with the indexes of its passages that do (page 0 only). */
  perDocument: Map<string, number[]>;
}

/** A place no published document names: nothing to fetch. */
const NO_PAGE = { pages: 1, total: 0, documents: [], sources: [], hits: [] };

/**
 * Everything the explorer asks of the loaded data, indexed once: places by id, their parents and contents, the
 * counts the map and the lists show, and — fetched when asked (./load.ts, src/lib/corpus/store.ts) — documents and
 * the passages that name a place. Texts the user added in this browser (`locals`) are held whole and answered
 * first; a local text whose id a published document has is left out, so it can never stand in for one.
 * Framework-free, so the embed page and the tests use the same answers as the app.
 */
export function createAtlas(data: AtlasData, locals: readonly CorpusAsset[] = []) {
  const { places, summary, shards } = data;
  const byId = new Map<string, GazetteerFeature>(places.features.map((f) => [f.properties.id, f]));
  // The lazily loaded rest of the gazetteer (villages, unlocated places no document names): known, found, never drawn.
  for (const record of data.gazetteer ?? []) {
    if (!byId.has(record.id)) byId.set(record.id, { type: 'Feature', properties: record, geometry: null });
  }
  // A local text is one document with a local id (src/lib/local-docs/ids.ts), which the build refuses for published ones.
  const localDocs = locals.filter((asset) => asset.documents.length === 1 && isLocalId(asset.documents[0]!.id));
  const localViews = new Map(localDocs.map((asset) => [asset.documents[0]!.id, documentView(shardOfLocal(asset))]));
  // The newest added first, as the document list shows them.
  const localLookup = createCorpusLookup([...localDocs].reverse());
  const passageCount = (id: string) => (own(summary.places, id)?.passages ?? 0) + localLookup.countOf(id);
  /** Passages naming a place: in one document when the document filter is on. */
  const passageCountIn = (id: string, only: DocumentView | null) => (only ? only.passagesNaming(id) : passageCount(id));

  const gazetteer = places.features.filter((f) => !f.properties.context && f.properties.kind !== 'prefecture');
  const gazetteerPlaces = gazetteer.map((f) => f.properties);
  const atSamePoint = groupBy(
    gazetteer.filter((f) => f.geometry?.type === 'Point'),
    (f) => (f.geometry as Point).coordinates.join(','),
  );
  const insideOf = groupBy(
    gazetteer.flatMap((f) => withinOf(f.properties).map((areaId) => ({ areaId, place: f.properties }))),
    (entry) => entry.areaId,
  );

  const ancestorsOf = (id: string): GazetteerFeature[] => {
    const chain: GazetteerFeature[] = [];
    for (let p = byId.get(id)?.properties.parent; p && p !== id && !chain.some((c) => c.properties.id === p); p = byId.get(p)?.properties.parent) {
      const parent = byId.get(p);
      if (!parent) break;
      chain.push(parent);
    }
    return chain;
  };
  const standIn = (id: string): StandIn | undefined => {
    const self = byId.get(id);
    if (!self) return undefined;
    if (isLocated(self)) return { feature: self, own: true };
    const ancestor = ancestorsOf(id).find(isLocated);
    return ancestor && { feature: ancestor, own: false };
  };

  /** Places with their passage counts (in one document under the document filter), most often named first. */
  const ranked = (list: PlaceProperties[], only: DocumentView | null = null): PlaceInside[] =>
    list
      .map((place) => ({ place, passages: passageCountIn(place.id, only) }))
      .sort((a, b) => b.passages - a.passages || a.place.name.localeCompare(b.place.name, 'zh'));

  const publishedViews = new WeakMap<object, DocumentView>();
  const localEntries: DocumentEntry[] = [...localViews.values()].map((v) => v.document).reverse();

  return {
    data,
    /** The gazetteer with the properties the map style draws from. */
    mapData: mapDataOf(places, passageCount),
    /** Documents in the corpus, published and local. */
    documentTotal: summary.documents + localViews.size,
    /** The texts added in this browser, the newest first: the document list shows them above the published ones. */
    localDocuments: localEntries,
    /** The documents status statements cite (titles and dates for the status timeline). */
    citedDocuments: summary.cited as readonly CorpusDocument[],
    /** Every place a reader can select, in gazetteer order (no context features). */
    places: gazetteerPlaces,
    feature: (id: string): GazetteerFeature | undefined => byId.get(id),
    /**
     * The extent [w, s, e, n] of the places named that are known (an unlocated one by the area standing in for it),
     * or of the prefecture when none is.
     */
    extentOf(ids: readonly string[]): [number, number, number, number] {
      const named = ids.flatMap((id) => standIn(id)?.feature ?? []);
      const features: PlaceFeature[] = named.length ? named : places.features.filter(isLocated).filter((f) => f.properties.kind === 'prefecture');
      return turfBbox({ type: 'FeatureCollection', features: features.length ? features : places.features.filter(isLocated) }) as [number, number, number, number];
    },
    standIn,
    place: (id: string): PlaceProperties | undefined => byId.get(id)?.properties,
    /** A document (fetched once, or a local text's): rejects with ShardNotFound when the atlas has no such document. */
    document(id: string): Promise<DocumentView> {
      const local = localViews.get(id);
      if (local) return Promise.resolve(local);
      return shards.document(id).then((shard) => {
        let view = publishedViews.get(shard);
        if (!view) publishedViews.set(shard, (view = documentView(shard)));
        return view;
      });
    },
    /** A local text's view, at once (no fetch): null for a published document. */
    localDocument: (id: string): DocumentView | null => localViews.get(id) ?? null,
    /** One page of the documents catalogue (published documents, newest first). */
    catalogue: (page: number): Promise<CataloguePage> => shards.catalogue(page),
    cataloguePages: summary.cataloguePages,
    /** The first and last date of a dated published document. */
    dates: summary.dates,
    passageCount,
    /** Documents naming a place. */
    documentCount: (id: string) => (own(summary.places, id)?.documents ?? 0) + localLookup.documentsNaming(id),
    /** The place's ancestors, outermost first: 金华市 › 东阳市 for 横店镇. */
    parentChain(id: string): PlaceProperties[] {
      return ancestorsOf(id).map((f) => f.properties).reverse();
    },
    /** One page of the passages naming a place; page 0 carries the local texts' passages and the count per document. */
    async placePassages(id: string, page = 0): Promise<PlacePassages> {
      const published = own(summary.places, id) ? await shards.placePage(id, page) : { ...NO_PAGE, page };
      const sources = new Map(published.sources.map((d) => [d.id, d]));
      const local = page === 0 ? localLookup.passagesNaming(id) : [];
      const groups: DocumentHits[] = [...local];
      for (const hit of published.hits) {
        const last = groups.at(-1);
        if (last?.document.id === hit.passage.documentId) last.hits.push(hit);
        else groups.push({ document: sources.get(hit.passage.documentId)!, hits: [hit] });
      }
      const perDocument = new Map<string, number[]>();
      if (page === 0) {
        for (const group of local) perDocument.set(group.document.id, group.hits.map((h) => h.passage.index));
        for (const [documentId, indexes] of published.documents ?? []) perDocument.set(documentId, indexes);
      }
      return { groups, page, pages: published.pages, total: passageCount(id), perDocument };
    },
    /** Fetch a place's first page of passages ahead of a click. */
    prefetch: (id: string) => {
      if (own(summary.places, id)) shards.prefetchPlace(id);
    },
    /**
     * The places within an area (by containment or parentage), most often named first; under the document filter,
     * their passages in that document.
     */
    placesInside(id: string, only: DocumentView | null = null): PlaceInside[] {
      return ranked((insideOf.get(id) ?? []).map((entry) => entry.place), only);
    },
    /** The other places that stand on exactly the same point (the sources locate them no more precisely). */
    alsoHere(id: string): PlaceInside[] {
      const f = byId.get(id);
      if (f?.geometry?.type !== 'Point') return [];
      return ranked((atSamePoint.get(f.geometry.coordinates.join(',')) ?? []).map((other) => other.properties).filter((p) => p.id !== id));
    },
    /**
     * Per kind, how many places the documents name — in one document under the document filter — i.e. places whose
     * panel has passages to read (the legend's counts).
     */
    kindCounts(only: DocumentView | null = null): Record<ToggleKind, number> {
      return namedCounts(gazetteerPlaces, (id) => passageCountIn(id, only));
    },
    passageCountIn,
    /** The counties a place belongs to (itself, its parents', the ones it lies in), for the place list's county filter. */
    countiesOf(id: string): Set<string> {
      const place = byId.get(id)?.properties;
      if (!place) return new Set();
      return countiesOf(place, ancestorsOf(id).map((f) => f.properties), withinOf(place), (other) => byId.get(other)?.properties.kind === 'county');
    },
    /** Whether the lazily loaded rest of the gazetteer is in (search and links find every village once it is). */
    hasGazetteer: data.gazetteer !== undefined,
    /** The same atlas with the rest of the gazetteer (atlas/gazetteer.json) added. */
    withGazetteer: (records: PlaceProperties[]) => createAtlas({ ...data, gazetteer: records }, locals),
    search: createSearch(
      [...byId.values()].map((f) => f.properties),
      localDocs.flatMap((a) => a.passages),
      passageCount,
    ),
  };
}
export type Atlas = ReturnType<typeof createAtlas>;
