import { describe, expect, it } from 'vitest';
import { createCorpusLookup } from '../../src/lib/corpus/lookup.ts';
import { clipText, firstHits, nextAutomaticLimit, PASSAGE_PAGING, TEXT_PAGE } from '../../src/lib/corpus/paging.ts';
import type { CorpusAsset, Mention } from '../../src/lib/corpus/types.ts';

/** A corpus of `documents` documents, each with `perDocument` passages naming 'p'. */
function corpusOf(documents: number, perDocument: number): CorpusAsset {
  const docs = Array.from({ length: documents }, (_, d) => ({ id: `d${d}`, title: `文献${d}`, file: `d${d}.txt` }));
  const passages = docs.flatMap((doc) => Array.from({ length: perDocument }, (_, i) => ({ id: `${doc.id}:${i}`, documentId: doc.id, index: i, kind: 'paragraph', text: `横店${i}` })));
  const mentions = passages.map((p) => ({ passageId: p.id, start: 0, end: 2, surface: '横店', placeId: 'p' }));
  return { documents: docs, passages, mentions, passagesByPlace: { p: passages.map((p) => p.id) } } as unknown as CorpusAsset;
}

describe('passagesNaming at archive scale', () => {
  it('groups thousands of passages over thousands of documents by document, in corpus order, each with its mentions', () => {
    const lookup = createCorpusLookup(corpusOf(5000, 3));
    const groups = lookup.passagesNaming('p');
    expect(groups).toHaveLength(5000);
    expect(groups[4321]!.document.id).toBe('d4321');
    expect(groups[4321]!.hits.map((h) => h.passage.id)).toEqual(['d4321:0', 'd4321:1', 'd4321:2']);
    expect(groups[4321]!.hits[2]!.mentions).toEqual([{ passageId: 'd4321:2', start: 0, end: 2, surface: '横店', placeId: 'p' }]);
    expect(lookup.passagesNaming('nowhere')).toEqual([]);
  });
});

describe('the place panel, a page at a time', () => {
  const groups = createCorpusLookup(corpusOf(4, 5)).passagesNaming('p');

  it('shows the first passages still grouped by document, cutting the last group short', () => {
    const shown = firstHits(groups, 7);
    expect(shown.map((g) => [g.document.id, g.hits.length])).toEqual([
      ['d0', 5],
      ['d1', 2],
    ]);
    expect(firstHits(groups, 0)).toEqual([]);
    expect(firstHits(groups, 1000)).toEqual(groups);
  });

  it('grows by steps after each paint up to a cap, then waits for the reader', () => {
    expect(nextAutomaticLimit(PASSAGE_PAGING.first, 66)).toBe(PASSAGE_PAGING.first + PASSAGE_PAGING.step);
    expect(nextAutomaticLimit(48, 66)).toBe(66);
    expect(nextAutomaticLimit(66, 66)).toBeNull();
    const steps: number[] = [];
    for (let n: number | null = PASSAGE_PAGING.first; n !== null; n = nextAutomaticLimit(n, 16_000)) steps.push(n);
    expect(steps.at(-1)).toBe(PASSAGE_PAGING.automatic); // 16,000 passages: a few hundred in the DOM until asked
    expect(PASSAGE_PAGING.automatic).toBeLessThanOrEqual(300);
  });
});

describe('a huge passage, a piece at a time', () => {
  const mention = (start: number, end: number): Mention => ({ passageId: 'x', start, end, surface: 'x', placeId: 'p' });

  it('leaves a passage within the limit whole', () => {
    expect(clipText('东阳横店', [mention(2, 4)], 10)).toEqual({ text: '东阳横店', mentions: [mention(2, 4)], rest: 0 });
  });

  it('shows the start of a 5 MB line, the mentions in it, and how much is left', () => {
    const text = '东阳'.repeat(2_500_000);
    const clipped = clipText(text, [mention(0, 2), mention(TEXT_PAGE + 10, TEXT_PAGE + 12)], TEXT_PAGE);
    expect(clipped.text).toBe(text.slice(0, TEXT_PAGE));
    expect(clipped.mentions).toEqual([mention(0, 2)]);
    expect(clipped.rest).toBe(text.length - TEXT_PAGE);
  });

  it('never cuts through a mention or a character beyond the BMP', () => {
    expect(clipText('金华东阳横店影视城', [mention(3, 6)], 4)).toEqual({ text: '金华东阳横店', mentions: [mention(3, 6)], rest: 3 });
    const astral = '𠀀𠀀𠀀'; // three characters, six UTF-16 units
    expect(clipText(astral, [], 3)).toEqual({ text: '𠀀𠀀', mentions: [], rest: 2 });
  });
});
