import type { CorpusAsset } from '../corpus/types.ts';
import { findGaps } from '../linker/gaps.ts';
import type { PlaceProperties } from '../geo/types.ts';
import type { NotPlaces } from '../linker/index.ts';

export interface GapEntry {
  /** The place-shaped name no gazetteer place, alias or rule resolved. */
  name: string;
  count: number;
  /** Where it first occurs, with a few characters either side. */
  passageId: string;
  context: string;
}

/**
 * Names the gazetteer accounts for without linking them, so no gap: the names deliberately not mapped and the
 * phrases that are no place (geo/not-places.json), and the names of the places drawn for orientation only (the
 * province, the neighbouring prefectures).
 */
export function accountedNames(notPlaces: Pick<NotPlaces, 'unmapped' | 'phrases'>, places: ReadonlyArray<Pick<PlaceProperties, 'name' | 'aliases' | 'context'>>): string[] {
  return [
    ...notPlaces.unmapped.map((u) => u.surface),
    ...notPlaces.phrases.map((p) => p.phrase),
    ...places.filter((p) => p.context).flatMap((p) => [p.name, ...p.aliases]),
  ];
}

/**
 * A document's candidate place names the linker did not resolve (src/lib/linker/gaps.ts), each with how often it
 * occurs and where it first does, most frequent first: what the gazetteer lacks for this text. `npm run gaps` prints
 * it for every document; the explorer shows it beside a text the user adds. What `accounted` names (accountedNames)
 * is not listed.
 */
export function documentGaps(corpus: CorpusAsset, documentId: string, accounted: readonly string[] = []): GapEntry[] {
  const found = new Map<string, GapEntry>();
  const linked = new Map<string, Array<readonly [number, number]>>();
  for (const m of corpus.mentions) if (m.passageId.startsWith(`${documentId}:`)) linked.set(m.passageId, [...(linked.get(m.passageId) ?? []), [m.start, m.end]]);
  for (const passage of corpus.passages) {
    if (passage.documentId !== documentId) continue;
    const covered = [
      ...(linked.get(passage.id) ?? []),
      ...occurrences(passage.text, accounted),
    ];
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

/** Every [start, end) range where one of `surfaces` occurs in `text` (overlaps included). */
export function occurrences(text: string, surfaces: readonly string[]): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  for (const s of surfaces) for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) ranges.push([at, at + s.length]);
  return ranges;
}
