/**
 * data/documents/*.meta.json against its schema (src/lib/corpus/meta.ts), through the build: every error names the
 * file and the field (issue #18: a number as byline crashed the build without naming the file; an object as source
 * was shown as "[object Object]").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDocumentDate, readDocumentMeta } from '../../src/lib/corpus/meta.ts';
import { buildCorpus, gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';

const DIR = 'tests/fixtures/geo/mini';
const { linker } = gazetteerLinker({ geo: readdirSync(DIR).map((name) => ({ file: `geo/${name}`, content: readFileSync(`${DIR}/${name}`, 'utf8') })) });
const META = 'data/documents/a.meta.json';
const build = (meta: string) => () =>
  buildCorpus([{ file: 'data/documents/a.txt', content: new TextEncoder().encode('标题\n东镇子在东县。\n'), meta: { file: META, content: meta } }], linker);
const withFields = (fields: object) => build(JSON.stringify({ id: 'a', title: '标题', ...fields }));

describe('document metadata schema', () => {
  it('accepts every .meta.json in data/documents', () => {
    const files = readdirSync('data/documents').filter((name) => name.endsWith('.meta.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(() => readDocumentMeta(readFileSync(`data/documents/${name}`, 'utf8'), name)).not.toThrow();
  });

  it('names the file and the field of a value of the wrong type', () => {
    expect(withFields({ byline: 42 })).toThrow(`${META}: bad document metadata: field "byline" must be a string, not a number (42)`);
    expect(withFields({ source: { outlet: 'x' } })).toThrow(`${META}: bad document metadata: field "source" must be a string, not an object ({"outlet":"x"})`);
    expect(withFields({ series: ['a'] })).toThrow(`${META}: bad document metadata: field "series" must be a string, not a list`);
    expect(withFields({ banner: null })).toThrow(`${META}: bad document metadata: field "banner" must be a string, not null`);
    expect(build(JSON.stringify({ id: 'a', title: 7 }))).toThrow(`${META}: bad document metadata: field "title" must be a string, not a number (7)`);
  });

  it('names a missing or empty required field, an unknown field, and a file that is not an object', () => {
    expect(build(JSON.stringify({ id: 'a' }))).toThrow(`${META}: bad document metadata: field "title" is missing`);
    expect(build(JSON.stringify({ id: 'a', title: '  ' }))).toThrow(`${META}: bad document metadata: field "title" is empty`);
    expect(withFields({ autor: 'x' })).toThrow(`${META}: bad document metadata: unknown field "autor"`);
    expect(build('[1]')).toThrow(`${META}: bad document metadata: expected an object, got a list`);
    expect(build('{"id": "a",')).toThrow(`${META}: bad document metadata: not valid JSON`);
  });

  it('accepts a date that exists, as YYYY-MM-DD or YYYY-MM, with its evidence', () => {
    expect(withFields({ date: '2021-01-15', date_evidence: '“2021年1月15日”' })).not.toThrow();
    expect(withFields({ date: '2024-02', date_evidence: '“2024年2月”' })).not.toThrow();
    for (const date of ['2021-13-01', '2021-02-30', '15/01/2021', '2021', '2021-1-5', '']) {
      expect(withFields({ date, date_evidence: 'x' }), date).toThrow(`${META}: bad document metadata: field "date": "${date}" is not a date of the form YYYY-MM-DD or YYYY-MM`);
    }
    expect(withFields({ date: '2021-01-15' })).toThrow(`${META}: bad document metadata: field "date" needs "date_evidence"`);
    expect(isDocumentDate('2024-02-29')).toBe(true);
    expect(isDocumentDate('2023-02-29')).toBe(false);
  });

  it('keeps every string field of a valid file as it is', () => {
    const corpus = withFields({ byline: '胡鼎', source: 'a newspaper', origin: 'shared/corpus/x.txt' })();
    expect(corpus.documents[0]).toMatchObject({ id: 'a', title: '标题', byline: '胡鼎', source: 'a newspaper', origin: 'shared/corpus/x.txt' });
  });
});
