/**
 * One document's passages and mentions, indexed for the reader and the document filter: what it names, how often,
 * and a passage's neighbours. Built from a fetched shard or from a text added in the browser alike.
 */
import type { DocumentHits } from './lookup.ts';
import type { DocumentShard } from './shards.ts';
import type { CorpusAsset, Mention, Passage } from './types.ts';

export function documentView(shard: DocumentShard) {
  const mentionsByPassage = new Map<string, Mention[]>();
  for (const m of shard.mentions) {
    const list = mentionsByPassage.get(m.passageId);
    if (list) list.push(m);
    else mentionsByPassage.set(m.passageId, [m]);
  }
  /** place id → passages of this document that name it. */
  const passagesNaming = new Map<string, number>();
  for (const mentions of mentionsByPassage.values()) {
    for (const placeId of new Set(mentions.map((m) => m.placeId))) passagesNaming.set(placeId, (passagesNaming.get(placeId) ?? 0) + 1);
  }
  const byIndex = new Map(shard.passages.map((p, at) => [p.index, at]));
  return {
    document: shard.document,
    passages: shard.passages,
    mentionCount: shard.mentions.length,
    mentionsIn: (passageId: string): Mention[] => mentionsByPassage.get(passageId) ?? [],
    /** The places the document names. */
    places: new Set(passagesNaming.keys()) as ReadonlySet<string>,
    /** How many of its passages name a place. */
    passagesNaming: (placeId: string): number => passagesNaming.get(placeId) ?? 0,
    hasPassage: (index: number): boolean => byIndex.has(index),
    /** The document's passages naming a place, as the place panel groups them. */
    hitsNaming(placeId: string): DocumentHits[] {
      const hits = shard.passages.flatMap((passage) => {
        const mentions = mentionsByPassage.get(passage.id) ?? [];
        return mentions.some((m) => m.placeId === placeId) ? [{ passage, mentions }] : [];
      });
      return hits.length ? [{ document: shard.document, hits }] : [];
    },
    /** The passages just before and after one, for reading a mention in context. */
    around(passage: Passage, radius = 1): { before: Passage[]; after: Passage[] } {
      const at = byIndex.get(passage.index);
      if (at === undefined) return { before: [], after: [] };
      return { before: shard.passages.slice(Math.max(0, at - radius), at), after: shard.passages.slice(at + 1, at + 1 + radius) };
    },
  };
}
export type DocumentView = ReturnType<typeof documentView>;

/** A text added in the browser (one document, linked in the worker) as the shard a published document would be. */
export function shardOfLocal(corpus: CorpusAsset): DocumentShard {
  const document = corpus.documents[0]!;
  return {
    document: { ...document, passageCount: corpus.passages.length, placeCount: Object.keys(corpus.passagesByPlace).length },
    passages: corpus.passages,
    mentions: corpus.mentions,
  };
}
