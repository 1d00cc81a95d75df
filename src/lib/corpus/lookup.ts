import type { PassageWithMentions } from './shards.ts';
import type { CorpusAsset, CorpusDocument, Mention } from './types.ts';
import { own } from '../records.ts';

/** A passage naming a place, with every mention in it (its place names are links). */
export type PassageHit = PassageWithMentions;

export interface DocumentHits {
  document: CorpusDocument;
  hits: PassageHit[];
}

/**
 * The passages naming a place in texts held whole in memory (texts added in this browser), grouped by document in
 * the order given. Published passages come in pages from the shards instead (src/lib/corpus/store.ts).
 */
export function createCorpusLookup(assets: readonly CorpusAsset[]) {
  const indexed = assets.map((asset) => {
    const passageById = new Map(asset.passages.map((p) => [p.id, p]));
    const mentionsByPassage = new Map<string, Mention[]>();
    for (const m of asset.mentions) {
      const list = mentionsByPassage.get(m.passageId);
      if (list) list.push(m);
      else mentionsByPassage.set(m.passageId, [m]);
    }
    return { asset, passageById, mentionsByPassage };
  });
  return {
    passagesNaming(placeId: string): DocumentHits[] {
      return indexed.flatMap(({ asset, passageById, mentionsByPassage }) => {
        const ids = own(asset.passagesByPlace, placeId) ?? [];
        if (!ids.length) return [];
        const hits = ids.map((id) => ({ passage: passageById.get(id)!, mentions: mentionsByPassage.get(id) ?? [] }));
        return [{ document: asset.documents[0]!, hits }];
      });
    },
    /** Passages naming the place. */
    countOf: (placeId: string) => assets.reduce((n, asset) => n + (own(asset.passagesByPlace, placeId)?.length ?? 0), 0),
    /** Documents naming the place. */
    documentsNaming: (placeId: string) => assets.filter((asset) => own(asset.passagesByPlace, placeId)?.length).length,
  };
}
