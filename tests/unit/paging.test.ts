import { describe, expect, it } from 'vitest';
import type { PassageHit } from '../../src/lib/corpus/lookup.ts';
import { clipText, joinedGroups, PAGES_SHOWN, TEXT_PAGE, withNextPage, withPreviousPage } from '../../src/lib/corpus/paging.ts';
import { PLACE_PAGE_SIZE, shardPath, type PlacePage } from '../../src/lib/corpus/shards.ts';
import type { CorpusAsset, CorpusDocument, Mention } from '../../src/lib/corpus/types.ts';
import { corpusShards } from '../../src/lib/pipeline/corpus-shards.ts';

/** A corpus of `documents` documents, each with `perDocument` passages naming 'p'. */
function corpusOf(documents: number, perDocument: number): CorpusAsset {
  const docs = Array.from({ length: documents }, (_, d) => ({ id: `d${d}`, title: `文献${d}`, file: `d${d}.txt` }));
  const passages = docs.flatMap((doc) => Array.from({ length: perDocument }, (_, i) => ({ id: `${doc.id}:${i}`, documentId: doc.id, index: i, kind: 'paragraph', text: `横店${i}` })));
  const mentions = passages.map((p) => ({ passageId: p.id, start: 0, end: 2, surface: '横店', placeId: 'p' }));
  return { documents: docs, passages, mentions, passagesByPlace: { p: passages.map((p) => p.id) } } as unknown as CorpusAsset;
}

describe('a place named in thousands of passages, a page at a time', () => {
  it('builds pages of the passages naming a place, newest document first, each passage once, and the index of every document on page 0', () => {
    const corpus = corpusOf(120, 3);
    corpus.documents[7]!.date = '2024-05';
    corpus.documents[3]!.date = '2025-01-02';
    const files = corpusShards(corpus, { type: 'FeatureCollection', features: [] });
    const first = JSON.parse(files.get(shardPath.placePage('p', 0))!) as PlacePage;
    expect(first.total).toBe(360);
    expect(first.pages).toBe(Math.ceil(360 / PLACE_PAGE_SIZE));
    expect(first.hits).toHaveLength(PLACE_PAGE_SIZE);
    // Dated documents newest first, then the undated in corpus order.
    expect(first.documents!.slice(0, 4).map(([id]) => id)).toEqual(['d3', 'd7', 'd0', 'd1']);
    expect(first.documents!.every(([, indexes]) => indexes.length === 3)).toBe(true);
    const pages = Array.from({ length: first.pages }, (_, i) => JSON.parse(files.get(shardPath.placePage('p', i))!) as PlacePage);
    const ids = pages.flatMap((page) => page.hits.map((h) => h.passage.id));
    expect(new Set(ids).size).toBe(360);
    expect(pages.slice(1).every((page) => page.documents === undefined)).toBe(true);
    // Each page carries the documents its passages come from, and each passage its mentions.
    for (const page of pages) for (const hit of page.hits) expect(page.sources.some((d) => d.id === hit.passage.documentId)).toBe(true);
    expect(first.hits[0]!.mentions).toEqual([{ passageId: 'd3:0', start: 0, end: 2, surface: '横店', placeId: 'p' }]);
    expect(files.has(shardPath.placePage('p', first.pages))).toBe(false);
  });

  it('keeps a window of a few pages in the panel, letting the earliest or the latest go', () => {
    let shown: number[] = [0];
    for (let page = 1; page < 10; page++) shown = withNextPage(shown, page);
    expect(shown).toEqual([6, 7, 8, 9]);
    expect(PAGES_SHOWN * PLACE_PAGE_SIZE).toBeLessThanOrEqual(300);
    expect(withPreviousPage(shown, 5)).toEqual([5, 6, 7, 8]);
  });

  it('joins a document whose passages run over two pages into one group', () => {
    const doc = (id: string) => ({ id, title: id, file: `${id}.txt`, encoding: 'utf-8' }) as CorpusDocument;
    const hit = (id: string) => ({ passage: { id, documentId: id.split(':')[0]!, index: 0, kind: 'paragraph', text: '', spans: [] }, mentions: [] }) as PassageHit;
    const joined = joinedGroups([
      { groups: [{ document: doc('a'), hits: [hit('a:0')] }, { document: doc('b'), hits: [hit('b:0')] }] },
      { groups: [{ document: doc('b'), hits: [hit('b:1')] }, { document: doc('c'), hits: [hit('c:0')] }] },
    ]);
    expect(joined.map((g) => [g.document.id, g.hits.length])).toEqual([['a', 1], ['b', 2], ['c', 1]]);
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
