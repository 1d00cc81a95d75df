import type { CorpusAsset } from '../corpus/types.ts';
import { findGaps } from '../linker/gaps.ts';

export interface GapEntry {
  /** The place-shaped name no gazetteer place, alias or rule resolved. */
  name: string;
  count: number;
  /** Where it first occurs, with a few characters either side. */
  passageId: string;
  context: string;
}

/**
 * A document's candidate place names the linker did not resolve (src/lib/linker/gaps.ts), each with how often it
 * occurs and where it first does, most frequent first: what the gazetteer lacks for this text. `npm run gaps` prints
 * it for every document; the explorer shows it beside a text the user adds.
 */
export function documentGaps(corpus: CorpusAsset, documentId: string): GapEntry[] {
  const found = new Map<string, GapEntry>();
  for (const passage of corpus.passages) {
    if (passage.documentId !== documentId) continue;
    const covered = (corpus.mentionsByPassage[passage.id] ?? []).map((i) => [corpus.mentions[i]!.start, corpus.mentions[i]!.end] as const);
    for (const gap of findGaps(passage.text, covered)) {
      const entry = found.get(gap.name) ?? {
        name: gap.name,
        count: 0,
        passageId: passage.id,
        context: passage.text.slice(Math.max(0, gap.start - 8), gap.end + 8),
      };
      entry.count++;
      found.set(gap.name, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'));
}
