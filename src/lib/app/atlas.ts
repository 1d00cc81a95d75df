import turfBbox from '@turf/bbox';
import { createCorpusLookup } from '../corpus/lookup.ts';
import type { Point } from 'geojson';
import type { CorpusAsset, CorpusDocument, Mention, Passage } from '../corpus/types.ts';
import { isLocated, type GazetteerFeature, type PlaceFeature, type PlaceProperties } from '../geo/types.ts';
import { mapDataOf } from '../map/features.ts';
import type { ToggleKind } from '../map/kinds.ts';
import { countiesOf, namedCounts } from '../places/lists.ts';
import { withinOf } from '../places/within.ts';
import { createSearch } from '../search/search.ts';
import type { AtlasData } from './load.ts';
import { own, record } from '../records.ts';

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

/**
 * The published corpus with texts the user added in this browser joined to it: their documents, passages and
 * mentions appended, and every index and count that depends on them (place → passages and mentions, counts per
 * document) recounted. Adding or removing a text is `createAtlas(withDocuments(published, locals))`, so every answer
 * (map shading, lists, panels, search, "only this document") follows from one place. A document whose id is already
 * in the corpus is left out, so a local text can never stand in for a published one.
 */
export function withDocuments(data: AtlasData, extra: readonly CorpusAsset[]): AtlasData {
  if (!extra.length) return data;
  const base = data.corpus;
  const ids = new Set(base.documents.map((d) => d.id));
  const corpus: CorpusAsset = {
    documents: [...base.documents],
    passages: [...base.passages],
    mentions: [...base.mentions],
    passagesByPlace: record(base.passagesByPlace),
    mentionsByPlace: record(base.mentionsByPlace),
    mentionsByPassage: record(base.mentionsByPassage),
    countsByPlace: record(base.countsByPlace),
  };
  for (const add of extra) {
    if (add.documents.some((d) => ids.has(d.id))) continue;
    for (const d of add.documents) ids.add(d.id);
    const offset = corpus.mentions.length;
    corpus.documents.push(...add.documents);
    corpus.passages.push(...add.passages);
    corpus.mentions.push(...add.mentions);
    for (const [place, passages] of Object.entries(add.passagesByPlace)) corpus.passagesByPlace[place] = [...(own(corpus.passagesByPlace, place) ?? []), ...passages];
    for (const [place, mentions] of Object.entries(add.mentionsByPlace)) {
      corpus.mentionsByPlace[place] = [...(own(corpus.mentionsByPlace, place) ?? []), ...mentions.map((i) => i + offset)];
    }
    for (const [passage, mentions] of Object.entries(add.mentionsByPassage)) corpus.mentionsByPassage[passage] = mentions.map((i) => i + offset);
    for (const [place, counts] of Object.entries(add.countsByPlace)) corpus.countsByPlace[place] = record({ ...own(corpus.countsByPlace, place), ...counts });
  }
  return { ...data, corpus };
}

/**
 * Everything the explorer asks of the loaded data, indexed once: places by id, their parents and contents,
 * the passages that name them, documents and their passages, and search. Framework-free, so the embed page and
 * the tests use the same answers as the app.
 */
export function createAtlas(data: AtlasData) {
  const { places, corpus } = data;
  const byId = new Map<string, GazetteerFeature>(places.features.map((f) => [f.properties.id, f]));
  // The lazily loaded rest of the gazetteer (villages, unlocated places no document names): known, found, never drawn.
  for (const record of data.gazetteer ?? []) {
    if (!byId.has(record.id)) byId.set(record.id, { type: 'Feature', properties: record, geometry: null });
  }
  const lookup = createCorpusLookup(corpus);
  const passageCount = (id: string) => own(corpus.passagesByPlace, id)?.length ?? 0;
  /** Passages naming a place, only those of one document when the document filter is on. */
  const passageCountIn = (id: string, documentId: string | null) => {
    if (documentId === null) return passageCount(id);
    let n = 0;
    for (const passageId of own(corpus.passagesByPlace, id) ?? []) if (passageById.get(passageId)?.documentId === documentId) n++;
    return n;
  };
  const mentionsByPassage = groupBy(corpus.mentions, (m) => m.passageId);
  const passagesByDocument = groupBy(corpus.passages, (p) => p.documentId);
  for (const list of passagesByDocument.values()) list.sort((a, b) => a.index - b.index);
  const passageById = new Map(corpus.passages.map((p) => [p.id, p]));
  const placesByDocument = new Map<string, Set<string>>();
  for (const m of corpus.mentions) {
    const docId = passageById.get(m.passageId)?.documentId;
    if (!docId) continue;
    const set = placesByDocument.get(docId) ?? new Set<string>();
    set.add(m.placeId);
    placesByDocument.set(docId, set);
  }
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

  const documentById = new Map(corpus.documents.map((d) => [d.id, d]));
  /** Places with their passage counts (in one document under the document filter), most often named first. */
  const ranked = (list: PlaceProperties[], documentId: string | null = null): PlaceInside[] =>
    list
      .map((place) => ({ place, passages: passageCountIn(place.id, documentId) }))
      .sort((a, b) => b.passages - a.passages || a.place.name.localeCompare(b.place.name, 'zh'));

  return {
    data,
    /** The gazetteer with the properties the map style draws from. */
    mapData: mapDataOf(places, corpus.passagesByPlace),
    documents: corpus.documents,
    /** The document list's order: texts added in this browser first, the newest first, then the published ones. */
    listedDocuments: [...corpus.documents.filter((d) => d.local).reverse(), ...corpus.documents.filter((d) => !d.local)],
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
    document: (id: string): CorpusDocument | undefined => documentById.get(id),
    passageCount,
    /** The place's ancestors, outermost first: 金华市 › 东阳市 for 横店镇. */
    parentChain(id: string): PlaceProperties[] {
      return ancestorsOf(id).map((f) => f.properties).reverse();
    },
    passagesNaming: lookup.passagesNaming,
    /**
     * The places within an area (by containment or parentage), most often named first; under the document filter,
     * their passages in that document.
     */
    placesInside(id: string, documentId: string | null = null): PlaceInside[] {
      return ranked((insideOf.get(id) ?? []).map((entry) => entry.place), documentId);
    },
    /** The other places that stand on exactly the same point (the sources locate them no more precisely). */
    alsoHere(id: string): PlaceInside[] {
      const f = byId.get(id);
      if (f?.geometry?.type !== 'Point') return [];
      return ranked((atSamePoint.get(f.geometry.coordinates.join(',')) ?? []).map((other) => other.properties).filter((p) => p.id !== id));
    },
    passagesOf: (documentId: string): Passage[] => passagesByDocument.get(documentId) ?? [],
    /** Whether a document has a passage of that index (a link's `at` may name one it does not). */
    hasPassage: (documentId: string, index: number): boolean => passageById.has(`${documentId}:${index}`),
    passage: (id: string): Passage | undefined => passageById.get(id),
    mentionsIn: (passageId: string): Mention[] => mentionsByPassage.get(passageId) ?? [],
    placesNamedIn: (documentId: string): ReadonlySet<string> => placesByDocument.get(documentId) ?? new Set(),
    /** The passages just before and after one, in its document, for reading a mention in context. */
    around(passage: Passage, radius = 1): { before: Passage[]; after: Passage[] } {
      const all = passagesByDocument.get(passage.documentId) ?? [];
      const at = all.findIndex((p) => p.id === passage.id);
      return { before: all.slice(Math.max(0, at - radius), at), after: all.slice(at + 1, at + 1 + radius) };
    },
    /**
     * Per kind, how many places the documents name — in one document when `documentId` is given (the document
     * filter) — i.e. places whose panel has passages to read (the legend's counts).
     */
    kindCounts(documentId: string | null = null): Record<ToggleKind, number> {
      return namedCounts(gazetteerPlaces, (id) => passageCountIn(id, documentId));
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
    withGazetteer: (records: PlaceProperties[]) => createAtlas({ ...data, gazetteer: records }),
    search: createSearch(
      [...byId.values()].map((f) => f.properties),
      corpus.passages,
      passageCount,
    ),
  };
}
export type Atlas = ReturnType<typeof createAtlas>;
