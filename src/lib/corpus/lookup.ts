import type { CorpusAsset, CorpusDocument, Mention, Passage } from './types.ts';
import { own } from '../records.ts';

export interface PassageHit {
  passage: Passage;
  mentions: Mention[];
}

export interface DocumentHits {
  document: CorpusDocument;
  hits: PassageHit[];
}

/** Indexes a loaded corpus for the panel: the passages that name a place, grouped by document. */
export function createCorpusLookup(corpus: CorpusAsset) {
  const passageById = new Map(corpus.passages.map((p) => [p.id, p]));
  // By id, not a `find` per passage: a place named in thousands of passages over thousands of documents was quadratic.
  const documentById = new Map(corpus.documents.map((d) => [d.id, d]));
  const mentionsByPassage = new Map<string, Mention[]>();
  for (const m of corpus.mentions) {
    const list = mentionsByPassage.get(m.passageId);
    if (list) list.push(m);
    else mentionsByPassage.set(m.passageId, [m]);
  }
  return {
    passagesNaming(placeId: string): DocumentHits[] {
      const groups = new Map<string, DocumentHits>();
      for (const passageId of own(corpus.passagesByPlace, placeId) ?? []) {
        const passage = passageById.get(passageId)!;
        const document = documentById.get(passage.documentId)!;
        const group = groups.get(document.id) ?? { document, hits: [] };
        groups.set(document.id, group);
        group.hits.push({ passage, mentions: mentionsByPassage.get(passageId) ?? [] });
      }
      return [...groups.values()];
    },
  };
}
