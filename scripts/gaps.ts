/**
 * Lists, per document, candidate place names the linker did not resolve (src/lib/linker/gaps.ts), with how often
 * each occurs and where it first does, so whoever adds a document sees what the gazetteer lacks (what
 * geo/not-places.json accounts for is not listed):
 *   npm run gaps
 */
import { resolve } from 'node:path';
import { readInputs } from './atlas-pipeline.ts';
import { findGaps } from '../src/lib/linker/gaps.ts';
import { buildCorpus, gazetteerLinker } from '../src/lib/pipeline/build-atlas.ts';

const inputs = readInputs(resolve(import.meta.dirname, '..'));
const { linker, notPlaces } = gazetteerLinker(inputs);
const corpus = buildCorpus(inputs.documents, linker);
/** What geo/not-places.json already accounts for (names deliberately not mapped, phrases that are no place). */
const accounted = [...notPlaces.unmapped.map((u) => u.surface), ...notPlaces.phrases.map((p) => p.phrase)];
function occurrences(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  for (const s of accounted) for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) ranges.push([at, at + s.length]);
  return ranges;
}
let total = 0;
for (const document of corpus.documents) {
  const found = new Map<string, { count: number; context: string; passageId: string }>();
  for (const passage of corpus.passages.filter((p) => p.documentId === document.id)) {
    const covered = [
      ...(corpus.mentionsByPassage[passage.id] ?? []).map((i) => [corpus.mentions[i]!.start, corpus.mentions[i]!.end] as const),
      ...occurrences(passage.text),
    ];
    for (const gap of findGaps(passage.text, covered)) {
      const entry = found.get(gap.name) ?? { count: 0, context: passage.text.slice(Math.max(0, gap.start - 8), gap.end + 8), passageId: passage.id };
      entry.count++;
      found.set(gap.name, entry);
    }
  }
  total += found.size;
  console.log(`\n${document.id}  (${document.file}): ${found.size} candidate${found.size === 1 ? '' : 's'}`);
  for (const [name, { count, context, passageId }] of [...found].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'zh'))) {
    console.log(`  ${name.padEnd(10, '　')} ×${count}  ${passageId}  …${context.replace(/\s+/g, ' ')}…`);
  }
}
console.log(`\n${total} candidate names in ${corpus.documents.length} documents that no gazetteer place, alias or rule resolved.`);
