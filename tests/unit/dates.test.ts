import { describe, expect, it } from 'vitest';
import { ANY_TIME, inYears, mayHoldMore, yearsOf } from '../../src/lib/corpus/dates.ts';

describe('reading an archive by years', () => {
  it('keeps the documents dated within the range, by year, bounds included; an undated one only when there is no bound', () => {
    const range = { from: 2019, to: 2021 };
    expect(inYears({ date: '2019-01' }, range)).toBe(true);
    expect(inYears({ date: '2021-12-31' }, range)).toBe(true);
    expect(inYears({ date: '2018-12-31' }, range)).toBe(false);
    expect(inYears({ date: '2022-01' }, range)).toBe(false);
    expect(inYears({}, range)).toBe(false);
    expect(inYears({}, ANY_TIME)).toBe(true);
    expect(inYears({ date: '2010' }, { from: null, to: 2012 })).toBe(true);
  });

  it('offers the corpus’s years newest first, none for an undated corpus', () => {
    expect(yearsOf({ first: '2019-05', last: '2021-01-15' })).toEqual([2021, 2020, 2019]);
    expect(yearsOf(null)).toEqual([]);
  });

  it('reads a newest-first catalogue until it is past the range', () => {
    const range = { from: 2020, to: null };
    expect(mayHoldMore([{ date: '2024-01' }, { date: '2020-03' }], range)).toBe(true);
    expect(mayHoldMore([{ date: '2024-01' }, { date: '2019-12' }], range)).toBe(false);
    expect(mayHoldMore([{ date: '2024-01' }, {}], range)).toBe(false);
    expect(mayHoldMore([{}], ANY_TIME)).toBe(true);
    expect(mayHoldMore([], range)).toBe(true);
  });
});
