/**
 * The built corpus → the static files the app fetches (layout and types in src/lib/corpus/shards.ts): the summary
 * the first view loads, and the shards read on demand. Pure: the Vite plugin writes the files, tests read the map.
 */
import {
  CATALOGUE_PAGE_SIZE,
  newestFirst,
  PLACE_PAGE_SIZE,
  shardPath,
  type CataloguePage,
  type CorpusSummary,
  type DocumentEntry,
  type DocumentShard,
  type PassageWithMentions,
  type PlacePage,
} from '../corpus/shards.ts';
import type { CorpusAsset, Mention, Passage } from '../corpus/types.ts';
import type { PlaceCollection } from '../geo/types.ts';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const pagesOf = <T>(items: readonly T[], size: number): T[][] => {
  const pages: T[][] = [];
  for (let at = 0; at < items.length; at += size) pages.push(items.slice(at, at + size));
  return pages.length ? pages : [[]];
};

export function corpusShards(corpus: CorpusAsset, places: PlaceCollection): Map<string, string> {
  const files = new Map<string, string>();
  const put = (path: string, value: unknown) => files.set(path, JSON.stringify(value));

  const passagesByDocument = new Map<string, Passage[]>();
  for (const p of corpus.passages) pushTo(passagesByDocument, p.documentId, p);
  const mentionsByPassage = new Map<string, Mention[]>();
  for (const m of corpus.mentions) pushTo(mentionsByPassage, m.passageId, m);
  const passageById = new Map(corpus.passages.map((p) => [p.id, p]));

  const entries: DocumentEntry[] = corpus.documents.map((document) => {
    const passages = passagesByDocument.get(document.id) ?? [];
    const placeIds = new Set(passages.flatMap((p) => (mentionsByPassage.get(p.id) ?? []).map((m) => m.placeId)));
    return { ...document, passageCount: passages.length, placeCount: placeIds.size };
  });
  const ordered = newestFirst(entries);
  const rank = new Map(ordered.map((d, i) => [d.id, i]));
  const documentById = new Map(corpus.documents.map((d) => [d.id, d]));

  for (const document of entries) {
    const passages = passagesByDocument.get(document.id) ?? [];
    const shard: DocumentShard = { document, passages, mentions: passages.flatMap((p) => mentionsByPassage.get(p.id) ?? []) };
    put(shardPath.document(document.id), shard);
  }

  const catalogue = pagesOf(ordered, CATALOGUE_PAGE_SIZE);
  catalogue.forEach((documents, page) => put(shardPath.catalogue(page), { page, pages: catalogue.length, documents } satisfies CataloguePage));

  const summary: CorpusSummary = {
    documents: corpus.documents.length,
    passages: corpus.passages.length,
    places: {},
    cited: [],
    cataloguePages: catalogue.length,
    dates: null,
  };
  for (const [placeId, passageIds] of Object.entries(corpus.passagesByPlace)) {
    // Newest document first, text order within one (the build lists them in corpus order).
    const passages = passageIds.map((id) => passageById.get(id)!);
    passages.sort((a, b) => rank.get(a.documentId)! - rank.get(b.documentId)! || a.index - b.index);
    const perDocument = new Map<string, number[]>();
    for (const p of passages) pushTo(perDocument, p.documentId, p.index);
    summary.places[placeId] = { passages: passages.length, documents: perDocument.size };
    const pages = pagesOf(passages, PLACE_PAGE_SIZE);
    pages.forEach((chunk, page) => {
      const hits: PassageWithMentions[] = chunk.map((passage) => ({ passage, mentions: mentionsByPassage.get(passage.id) ?? [] }));
      const sources = [...new Set(chunk.map((p) => p.documentId))].map((id) => documentById.get(id)!);
      put(shardPath.placePage(placeId, page), {
        place: placeId,
        page,
        pages: pages.length,
        total: passages.length,
        ...(page === 0 ? { documents: [...perDocument] } : {}),
        sources,
        hits,
      } satisfies PlacePage);
    });
  }

  const citedIds = new Set(places.features.flatMap((f) => (f.properties.status_statements ?? []).map((s) => s.document)));
  summary.cited = corpus.documents.filter((d) => citedIds.has(d.id));
  const dates = corpus.documents.flatMap((d) => d.date ?? []).sort();
  summary.dates = dates.length ? { first: dates[0]!, last: dates.at(-1)! } : null;
  put(shardPath.summary, summary);
  return files;
}
