/**
 * Every place the documents name (by the shapes place names take: src/lib/linker/gaps.ts, the detector the gaps
 * report and the add-text panel use) is in the gazetteer or in the short, reasoned list of names not mapped
 * (geo/not-places.json "unmapped") — and the check itself notices a missing place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { parseNotPlaces } from '../../src/lib/linker/index.ts';
import { buildCorpus, gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';
import { accountedNames, documentGaps } from '../../src/lib/pipeline/gaps-report.ts';
import type { CorpusAsset } from '../../src/lib/corpus/types.ts';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';
import { builtAtlas } from './built-atlas.ts';

const inputs = readInputs('.');
const features = inputs.geo.flatMap((file) => (JSON.parse(file.content) as { features: PlaceFeature[] }).features);
const surfacesOf = (places: PlaceFeature[]) => places.flatMap((f) => [f.properties.name, ...f.properties.aliases]);
const documents = readdirSync('data/documents')
  .filter((name) => /\.(txt|md)$/.test(name))
  .map((name) => readFileSync(`data/documents/${name}`, 'utf8'));
/** geo/not-places.json: names deliberately not mapped, and phrases that are no place (one list each, no overlap). */
const notPlaces = parseNotPlaces(inputs.notPlaces!.content);
const { unmapped: EXCLUSIONS, phrases: NON_PLACE_PHRASES } = notPlaces;
const accounted = accountedNames(notPlaces, features.map((f) => f.properties));

/**
 * What the detector reports in these five documents that is read and found to be no place: it over-reports on
 * purpose (a person reads its list), and these are that person's verdicts, with the reason. Each must still be
 * reported (no stale verdict), and nothing else may be.
 */
const REVIEWED_NOT_NAMES: Array<{ why: string; names: string[] }> = [
  { why: 'roads and ways as figures of speech (走“开放路”, 特色发展路子, 勇闯新路, 进展一路提速)', names: ['开放路', '特色发展路', '展一路', '勇闯新路', '四好农村路'] },
  { why: 'programmes, slogans and titles, not sites (两江两镇 创建, 六无五美村, 世界名村, 十佳村, 水零直排区, 普惠县)', names: ['两江两镇', '六无五美村', '世界名村', '十佳村', '水零直排区', '普惠县', '美丽河', '续婺之望县', '中心实现市'] },
  { why: 'a place type named generically, with the words before it (现代产业园, 中型灌区, 森林公园为主体)', names: ['主要产业园', '现代产业园', '影视产业园', '先行先试区', '中型灌区', '北部水库', '森林公园', '乡村博物馆', '国际陆港', '流科创湖区', '整个新区'] },
  { why: 'the offices of a county, not the county (历届县委县政府)', names: ['历届县委县'] },
  { why: 'a verb or an idiom before 市/区/山/高速 (深化市场, 支持市县, 拓市场, 激扬新区精神, 望远山而力行, 光通信高速传输, 深化城区 “the urban area”)', names: ['深化市', '支持市', '联盟拓市', '激扬新区', '望远山', '量光通信高速', '加大城区', '聚焦城区', '深化城区', '提升城区', '优化城区'] },
];
const reviewed = new Set(REVIEWED_NOT_NAMES.flatMap((g) => g.names));

/** "document: name" for each place-shaped name the linker left unresolved (the gaps report, as `npm run gaps` prints it). */
function gapsIn(corpus: CorpusAsset): string[] {
  return corpus.documents.flatMap((d) => documentGaps(corpus, d.id, accounted).map((gap) => `${d.id}: ${gap.name}`));
}
const unreviewed = (gaps: string[]) => gaps.filter((g) => !reviewed.has(g.slice(g.indexOf(': ') + 2)));

/** The documents linked against the gazetteer without the places `drop` picks (each geo file rewritten without them). */
function corpusWithout(drop: (f: PlaceFeature) => boolean) {
  const geo = inputs.geo.map((file) => {
    const collection = JSON.parse(file.content) as { features: PlaceFeature[] };
    return { ...file, content: JSON.stringify({ ...collection, features: collection.features.filter((f) => !drop(f)) }) };
  });
  return buildCorpus(inputs.documents, gazetteerLinker({ geo, notPlaces: inputs.notPlaces }).linker);
}

describe('gazetteer coverage of the documents', () => {
  const gaps = gapsIn(builtAtlas().corpus);

  it('knows every place-like name in the five documents, or excludes it with a reason', () => {
    expect(unreviewed(gaps)).toEqual([]);
  });

  it('keeps its verdicts honest: each is still reported, and none is a gazetteer name', () => {
    const reported = new Set(gaps.map((g) => g.slice(g.indexOf(': ') + 2)));
    const names = new Set(surfacesOf(features));
    for (const name of reviewed) {
      expect(reported.has(name), `${name} is no longer reported`).toBe(true);
      expect(names.has(name), `${name} is a gazetteer name`).toBe(false);
    }
  });

  it('fails when a place the documents name is missing from the gazetteer', () => {
    // 官桥村 by name: the official list has another 官桥村 (in 南马镇), which would account for the name too.
    const missing = unreviewed(gapsIn(corpusWithout((f) => f.properties.id === 'trn-hengdian-airport' || f.properties.name === '官桥村')));
    expect(missing).toContainEqual(expect.stringMatching(/: 横店通用机场$/));
    expect(missing).toContainEqual(expect.stringMatching(/: 官桥村$/));
  });

  it('keeps the exclusion list honest: each entry has a reason, occurs in a document and is no gazetteer name', () => {
    const all = documents.join('\n');
    const names = new Set(surfacesOf(features));
    for (const e of EXCLUSIONS) {
      expect(e.reason.length, e.surface).toBeGreaterThanOrEqual(10);
      expect(all.includes(e.surface), `${e.surface} is in no document`).toBe(true);
      expect(names.has(e.surface), `${e.surface} is also a gazetteer name`).toBe(false);
    }
    expect(EXCLUSIONS.length).toBeLessThanOrEqual(20);
    const phrases = new Set(NON_PLACE_PHRASES.map((p) => p.phrase));
    expect(EXCLUSIONS.filter((e) => phrases.has(e.surface)).map((e) => e.surface), 'listed by the linker already').toEqual([]);
  });
});
