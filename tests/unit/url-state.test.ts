import { describe, expect, it } from 'vitest';
import { clipped, ECHO_MAX, strings } from '../../src/lib/i18n/strings.ts';
import { embedStrings } from '../../src/lib/embed/strings.ts';
import { DEFAULT_STATE, linksFrom, parseUrlState, searchOf, withKnownIds, type AppState } from '../../src/lib/url/state.ts';

const full: AppState = {
  place: 'dongyang',
  doc: 'wuyi-duibiao-bipin',
  at: 12,
  only: 'jinyi-xinqu-gan',
  county: 'yiwu',
  hidden: ['village', 'landmark'],
  view: { center: [120.25, 29.2], zoom: 10.5 },
  lang: 'en',
};

describe('URL state', () => {
  it('round-trips every part of the state through the query string', () => {
    const search = searchOf(full);
    expect(search).toBe(
      '?place=dongyang&doc=wuyi-duibiao-bipin&at=12&only=jinyi-xinqu-gan&county=yiwu&layers=county,district,town,park,water,transport,project&map=10.5/29.2/120.25&lang=en',
    );
    expect(parseUrlState(search)).toEqual({ state: full, problems: [] });
  });

  it('writes nothing for the default view, and reads nothing into it', () => {
    expect(searchOf(DEFAULT_STATE)).toBe('');
    expect(parseUrlState('')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it('keeps "every layer hidden" distinct from "every layer shown"', () => {
    const none = parseUrlState('?layers=none').state;
    expect(none.hidden).toHaveLength(9);
    expect(parseUrlState(searchOf(none)).state.hidden).toEqual(none.hidden);
  });

  it('drops malformed values, reports each, and keeps the rest', () => {
    const { state, problems } = parseUrlState('?place=东阳<script>&map=12/999/120&layers=county,bogus&lang=fr&doc=dongyang-duibiao-yiwu&at=x');
    expect(state).toEqual({ ...DEFAULT_STATE, doc: 'dongyang-duibiao-yiwu' });
    expect(problems.map((p) => p.param)).toEqual(['place', 'at', 'lang', 'layers', 'map']);
    expect(problems.every((p) => p.problem === 'malformed')).toBe(true);
  });

  it('ignores a passage index without a document', () => {
    expect(parseUrlState('?at=3').state.at).toBeNull();
  });

  it('drops ids the atlas does not know, naming them', () => {
    const known = { place: (id: string) => id === 'dongyang', document: (id: string) => id === 'wuyi-duibiao-bipin', county: (id: string) => id === 'yiwu' };
    const { state, problems } = withKnownIds({ ...full, place: 'atlantis', only: 'no-such-doc', county: 'twn-hengdian' }, known);
    expect(state).toEqual({ ...full, place: null, only: null, county: null });
    expect(problems).toEqual([
      { param: 'place', value: 'atlantis', problem: 'unknown' },
      { param: 'only', value: 'no-such-doc', problem: 'unknown' },
      { param: 'county', value: 'twn-hengdian', problem: 'unknown' },
    ]);
    expect(withKnownIds(full, { ...known, document: () => false }).state).toMatchObject({ doc: null, at: null });
  });

  it('opens a document at its start, saying so, when the link names a passage it does not have', () => {
    const known = { place: () => true, document: () => true, passage: (doc: string, index: number) => doc === full.doc && index < 40 };
    expect(withKnownIds(full, known)).toEqual({ state: full, problems: [] });
    const { state, problems } = withKnownIds({ ...full, at: 999 }, known);
    expect(state).toEqual({ ...full, at: null });
    expect(problems).toEqual([{ param: 'at', value: '999', problem: 'unknown' }]);
  });
});

describe('links', () => {
  it('writes each link exactly as the state it leads to would be written', () => {
    const states: AppState[] = [DEFAULT_STATE, full, { ...full, place: null, doc: null, at: null }, { ...DEFAULT_STATE, lang: 'en', hidden: ['county'] }];
    for (const state of states) {
      const links = linksFrom(state);
      expect(links.place('yiwu')).toBe(searchOf({ ...state, place: 'yiwu' }));
      expect(links.passage('jinyi-xinqu-gan', 4)).toBe(searchOf({ ...state, doc: 'jinyi-xinqu-gan', at: 4 }));
      expect(links.document('jinyi-xinqu-gan')).toBe(searchOf({ ...state, doc: 'jinyi-xinqu-gan', at: null }));
    }
  });
});

describe('values echoed in messages', () => {
  const huge = 'x'.repeat(100_000);

  it('quotes at most ECHO_MAX characters of a value, whole code points, and marks the cut', () => {
    expect(clipped('dongyang')).toBe('dongyang');
    expect(clipped(huge)).toBe(`${'x'.repeat(ECHO_MAX)}…`);
    const astral = '𠀀'.repeat(ECHO_MAX + 1); // one code point, two UTF-16 units each
    expect(clipped(astral)).toBe(`${'𠀀'.repeat(ECHO_MAX)}…`);
  });

  it('keeps every notice that quotes a link or attribute value short, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const messages = [strings(lang).unknownPlace(huge), strings(lang).unknownDocument(huge), embedStrings(lang).badParam('place', huge), embedStrings(lang).unknownId('doc', huge)];
      for (const message of messages) expect(message.length).toBeLessThan(ECHO_MAX + 80);
    }
  });
});
