import { describe, expect, it } from 'vitest';
import { mentionStops, segmentsOf } from '../../src/lib/corpus/highlight.ts';
import type { Mention } from '../../src/lib/corpus/types.ts';

/** The mentions of `surface`s in `text`, each of the place given, in text order. */
function mentionsIn(text: string, places: Record<string, string>): Mention[] {
  return Object.entries(places)
    .flatMap(([surface, placeId]) => [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({ passageId: 'doc:0', start: m.index, end: m.index + surface.length, surface, placeId })))
    .sort((a, b) => a.start - b.start);
}

describe('mentionStops: a passage in the panel of the place it names', () => {
  const text = '东阳横店镇与东阳南马镇相邻，横店影视城在东阳。';
  const segments = segmentsOf(text, mentionsIn(text, { 东阳: 'dongyang', 横店镇: 'twn-hengdian', 南马镇: 'twn-nanma', 横店影视城: 'prk-studios' }));
  const stops = mentionStops(segments, 'twn-hengdian');

  it('marks the place itself, links each other place once as a Tab stop and its repeats as links Tab skips', () => {
    const drawn = segments.flatMap((s, i) => (s.mention ? [`${s.text}:${stops[i]}`] : []));
    expect(drawn).toEqual(['东阳:stop', '横店镇:marked', '东阳:repeat', '南马镇:stop', '横店影视城:stop', '东阳:repeat']);
  });

  it('leaves plain text plain, one entry per segment', () => {
    expect(stops).toHaveLength(segments.length);
    expect(segments.filter((s, i) => (stops[i] === null) !== (s.mention === null))).toEqual([]);
  });
});
