import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/lib/corpus/types.ts';
import type { PlaceCollection, PlaceProperties } from '../../src/lib/geo/types.ts';
import { furthestStatus, isUnbuilt, statusClaim, statusStatementsOf, statusTimeline } from '../../src/lib/places/status.ts';
import { SUBKIND_MODES, transportModeOf } from '../../src/lib/places/transport.ts';

const doc = (id: string, date?: string): CorpusDocument => ({ id, title: `《${id}》`, file: `${id}.txt`, encoding: 'utf-8', ...(date ? { date } : {}) });
const documents = [doc('undated-a'), doc('plan-2021', '2021-01-15'), doc('undated-b'), doc('news-2023', '2023-06')];
const line = (statements: unknown): PlaceProperties => ({
  id: 'line',
  kind: 'transport',
  name: '杭温高速铁路',
  name_en: 'Hangzhou–Wenzhou HSR',
  pinyin: '',
  aliases: [],
  parent: null,
  geometry_quality: 'station-chain',
  source: 'test',
  status_statements: statements as PlaceProperties["status_statements"], // deliberately unchecked: malformed input is part of the test
});

describe('status statements', () => {
  const place = line([
    { document: 'undated-b', quote: '确保建成', status: 'under-construction' },
    { document: 'news-2023', quote: '已开通运营', status: 'in-operation' },
    { document: 'plan-2021', quote: '加快建设', status: 'planned' },
    { document: 'undated-a', quote: '谋划', status: 'proposed' },
  ]);

  it('orders the dated statements by date, and keeps the undated apart in corpus order', () => {
    const { dated, undated } = statusTimeline(place, documents);
    expect(dated.map((e) => [e.document, e.date])).toEqual([
      ['plan-2021', '2021-01-15'],
      ['news-2023', '2023-06'],
    ]);
    expect(undated.map((e) => [e.document, e.date])).toEqual([
      ['undated-a', null],
      ['undated-b', null],
    ]);
    expect(dated[0]).toMatchObject({ quote: '加快建设', documentTitle: '《plan-2021》' });
  });

  it('puts the stages one document states in order (横店通用机场: 规划 before 运营, not as listed)', () => {
    const airport = line([
      { document: 'undated-b', quote: '改扩建工程完工', status: 'under-construction' },
      { document: 'plan-2021', quote: '依托横店通用机场平台', status: 'in-operation' },
      { document: 'plan-2021', quote: '加快横店通用机场转型升级', status: 'planned' },
    ]);
    const { dated, undated } = statusTimeline(airport, documents);
    expect(dated.map((e) => e.status)).toEqual(['planned', 'in-operation']);
    expect(undated.map((e) => e.status)).toEqual(['under-construction']);
  });

  it('claims the latest dated document\'s furthest stage, with its year; an undated one only when no dated one states any', () => {
    expect(statusClaim(place, documents)).toEqual({ status: 'in-operation', year: '2023' });
    const onlyPlan = line([
      { document: 'undated-b', quote: '确保建成', status: 'completed' },
      { document: 'plan-2021', quote: '加快建设', status: 'under-construction' },
    ]);
    expect(statusClaim(onlyPlan, documents)).toEqual({ status: 'under-construction', year: '2021' });
    const undatedOnly = line([
      { document: 'undated-a', quote: '谋划', status: 'proposed' },
      { document: 'undated-b', quote: '加快建设', status: 'under-construction' },
    ]);
    expect(statusClaim(undatedOnly, documents)).toEqual({ status: 'under-construction', year: null });
  });

  it('claims no status the quotes do not state', () => {
    expect(statusClaim(line([{ document: 'plan-2021', quote: '鑫泰特钢项目盘活', status: 'unknown' }]), documents)).toBeNull();
    expect(statusClaim(line([
      { document: 'news-2023', quote: '列入名单', status: 'unknown' },
      { document: 'plan-2021', quote: '加快建设', status: 'under-construction' },
    ]), documents)).toEqual({ status: 'under-construction', year: '2021' });
    expect(statusClaim(line(undefined), documents)).toBeNull();
  });

  it('reads the furthest stated status as the current one', () => {
    expect(furthestStatus(place)).toBe('in-operation');
    expect(furthestStatus(line([{ document: 'undated-a', quote: '谋划', status: 'proposed' }]))).toBe('proposed');
    expect(furthestStatus(line(undefined))).toBeNull();
  });

  it('leaves out malformed statements instead of showing them wrongly', () => {
    expect(statusStatementsOf(line([{ document: 'a', quote: 'q', status: 'built-ish' }, { document: 'a', status: 'planned' }, null]))).toEqual([]);
    expect(statusStatementsOf(line('planned'))).toEqual([]);
  });

  it('dashes what is proposed, planned or under construction, and only that', () => {
    expect(['proposed', 'planned', 'under-construction'].every((s) => isUnbuilt(s as never))).toBe(true);
    expect([null, 'unknown', 'completed', 'in-operation'].some((s) => isUnbuilt(s as never))).toBe(false);
  });
});

describe('transport modes', () => {
  const mode = (name: string, subkind?: string) => transportModeOf({ name, ...(subkind ? { subkind } : {}) });
  it('tells railways, expressways and roads apart by subkind, then by name', () => {
    expect(mode('杭温高速铁路', 'high-speed-railway')).toBe('rail');
    expect(mode('杭温高铁')).toBe('rail'); // 高速 in a railway's name is not an expressway
    expect(mode('金义东市域轨道交通', 'metro / light rail (市域轨道)')).toBe('rail');
    expect(mode('义东高速公路', 'expressway (S45 per toll-station source)')).toBe('expressway');
    expect(mode('甬金衢上高速')).toBe('expressway');
    expect(mode('351国道', 'national-road')).toBe('road');
    expect(mode('金义中央大道', 'road')).toBe('road');
    expect(mode('横店站', 'station')).toBe('rail');
    expect(mode('人民路站', 'metro-station')).toBe('rail');
    expect(mode('横店通用机场', 'airport')).toBe('other');
    expect(mode('义乌国际陆港', 'inland port / logistics hub')).toBe('other');
  });

  it('takes the mode the subkind states over what the name suggests, and reads the name only where it states none', () => {
    expect(mode('铁路大道', 'road')).toBe('road');
    expect(mode('铁路大道')).toBe('rail');
    expect(mode('高铁新城交通枢纽', 'hub')).toBe('rail');
    expect(mode('东阳无水港', 'logistics')).toBe('other');
    expect(mode('constructor', 'constructor')).toBe('other'); // a subkind is looked up among the table's own keys
  });

  it('knows every transport subkind in the gazetteer: each states a mode, or names a facility', () => {
    const FACILITIES = ['hub', 'logistics', 'corridor'];
    const records = (JSON.parse(readFileSync('geo/transport.geojson', 'utf8')) as PlaceCollection).features.map((f) => f.properties);
    const unknown = records.filter((p) => !Object.hasOwn(SUBKIND_MODES, p.subkind ?? '') && !FACILITIES.includes(p.subkind ?? ''));
    expect(unknown.map((p) => `${p.id}: ${p.subkind}`)).toEqual([]);
  });
});
