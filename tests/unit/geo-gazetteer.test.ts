/**
 * The committed gazetteer (geo/) as a reader and the app rely on it: valid RFC 7946, unique ids and names,
 * every place inside the prefecture and inside its parent, honest geometry quality, generated pinyin, status
 * quotes that are really in the documents, a size fit for the web, and a README that lists what is there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { getIssues } from '@placemarkio/check-geojson';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_ALIASES } from '../../scripts/geo-import/catalogue.ts';
import { EXCLUSIONS } from '../../scripts/geo-import/exclusions.ts';
import { FIRST_VIEW_BUDGET_BYTES, LAYERS } from '../../scripts/geo-import/layers.ts';
import { renderReadme } from '../../scripts/geo-import/readme.ts';
import { withinArea } from '../../src/lib/geo/gazetteer.ts';
import { pinyinOf } from '../../src/lib/geo/names.ts';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';
import { builtAtlas } from './built-atlas.ts';

const geojsonFiles = readdirSync('geo').filter((name) => name.endsWith('.geojson'));
const layerFiles = LAYERS.map(({ file }) => ({ file: `geo/${file}`, text: readFileSync(`geo/${file}`, 'utf8') }));
const features = layerFiles.flatMap(({ text }) => (JSON.parse(text) as { features: PlaceFeature[] }).features);
const byId = new Map(features.map((f) => [f.properties.id, f]));
const prefecture = byId.get('jinhua')!.geometry as Polygon | MultiPolygon;
const counties = features.filter((f) => f.properties.kind === 'county');

const documents = readdirSync('data/documents')
  .filter((name) => name.endsWith('.meta.json'))
  .map((name) => ({
    id: (JSON.parse(readFileSync(`data/documents/${name}`, 'utf8')) as { id: string }).id,
    text: readFileSync(`data/documents/${name.replace('.meta.json', '.txt')}`, 'utf8'),
  }));
const allText = documents.map((d) => d.text).join('\n');

function positions(feature: PlaceFeature): Position[] {
  const flat = (c: unknown): Position[] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as Position] : (c as unknown[]).flatMap(flat));
  return feature.geometry.type === 'GeometryCollection' ? [] : flat(feature.geometry.coordinates);
}
const gz = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

describe('the committed gazetteer', () => {
  it('is exactly the layers the importer writes', () => {
    expect(geojsonFiles.sort()).toEqual(LAYERS.map((l) => l.file).sort());
  });

  it('is valid RFC 7946 GeoJSON, file by file and feature by feature (check-geojson)', () => {
    for (const { file, text } of layerFiles) expect(getIssues(text), file).toEqual([]);
  });

  it('passes the build’s own gazetteer checks and reaches the app whole', () => {
    const { places } = builtAtlas();
    expect(places.features.map((f) => f.properties.id).sort()).toEqual([...byId.keys()].sort());
  });

  it('has unique, URL-safe ids and unique official names', () => {
    expect(byId.size).toBe(features.length);
    for (const id of byId.keys()) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = features.map((f) => f.properties.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('covers the prefecture, its nine counties, the province and five neighbours (as context) and the places the documents name', () => {
    const kinds = (kind: string) => features.filter((f) => f.properties.kind === kind).map((f) => f.properties.id).sort();
    expect(kinds('prefecture')).toEqual(['jinhua']);
    expect(kinds('neighbour')).toEqual(['hangzhou', 'lishui', 'quzhou', 'shaoxing', 'taizhou']);
    expect(kinds('province')).toEqual(['zhejiang']);
    for (const id of [...kinds('neighbour'), 'zhejiang']) expect(byId.get(id)!.properties.context).toBe(true);
    const named = ['横店镇', '南马镇', '歌山镇', '巍山镇', '千祥镇', '三单乡', '马宅镇', '城东街道', '六石街道', '南市街道', '吴宁街道', '白云街道', '江北街道', '澧浦镇', '孝顺镇', '花园村', '官桥村', '蔡卢村', '后陈村', '金义新区', '南山国家森林公园', '东阳江省级湿地公园', '东江源省级自然保护区', '东白山', '大斗山飞行营地', '金义湖', '卢宅', '义乌国际商贸城', '义乌国际博览中心', '杭温高速铁路', '甬金铁路', '甬金铁路货运专用线', '金义东市域轨道交通', '金台铁路', '沪绍金高铁', '杭丽高铁', '义东高速公路', '甬金衢上高速公路', '351国道', '横店通用机场', '金义中央大道', '东阳国际陆港物流园', '义乌国际陆港', '金义综合保税区', '华东联运新城', '高铁新城', '东阳经济开发区', '东阳科技城', '林栖三十六院', '孝顺胡思零碳产业园', '润优高纯石英项目', '润马光能项目', '金义都市区', '浙中科创走廊', '义甬舟开放大通道', '寀卢村共享田园'];
    const names = new Set(features.map((f) => f.properties.name));
    expect(named.filter((n) => !names.has(n))).toEqual([]);
  });

  it('has every place that is not context inside the prefecture', () => {
    const outside = features
      .filter((f) => !f.properties.context && f.properties.kind !== 'county' && f.properties.kind !== 'prefecture')
      .filter((f) => positions(f).some((p) => !withinArea(p, prefecture)))
      .map((f) => f.properties.id);
    expect(outside).toEqual([]);
  });

  it('puts every town and village with an official code in the county that code names, by point-in-polygon', () => {
    const coded = features.filter((f) => (f.properties.kind === 'town' || f.properties.kind === 'village') && f.properties.adcode);
    expect(coded.length).toBeGreaterThan(15);
    for (const f of coded) {
      const county = counties.find((c) => c.properties.adcode === f.properties.adcode!.slice(0, 6))!;
      expect(booleanPointInPolygon((f.geometry as Point).coordinates, county.geometry as Polygon), f.properties.id).toBe(true);
    }
  });

  it('has every parent chain end at the prefecture, through places that exist', () => {
    for (const f of features.filter((g) => !g.properties.context && g.properties.kind !== 'prefecture')) {
      const chain = [f.properties.id];
      let at = f;
      while (at.properties.parent) {
        at = byId.get(at.properties.parent)!;
        expect(at, `${chain.join(' → ')} → ${f.properties.parent}`).toBeDefined();
        chain.push(at.properties.id);
      }
      expect(chain.at(-1), chain.join(' → ')).toBe('jinhua');
    }
  });

  it('says what every non-boundary geometry stands for, and names its source', () => {
    for (const f of features) {
      expect(f.properties.source, f.properties.id).toMatch(/\S{10,}/);
      if (f.properties.geometry_quality !== 'boundary') expect(f.properties.quality_note, f.properties.id).toMatch(/\S{10,}/);
      if (f.properties.geometry_quality === 'approximate') expect(f.properties.quality_note, f.properties.id).toMatch(/^Approximate: (stands at|its ends stand at|its own point, from a source of low confidence\.) /);
      if (f.properties.geometry_quality === 'seat-point') expect(f.properties.quality_note, f.properties.id).toMatch(/^Seat point: /);
    }
  });

  it('has pinyin generated from the official name (pinyin-pro), never typed', () => {
    for (const f of features) expect(f.properties.pinyin, f.properties.id).toBe(pinyinOf(f.properties.name));
  });

  it('draws the station chains through its own station features, in order, cut only at the prefecture border', () => {
    const stations = features.filter((f) => f.properties.subkind === 'station');
    for (const line of features.filter((f) => f.properties.geometry_quality === 'station-chain')) {
      const through = positions(line).flatMap((p) => stations.filter((s) => (s.geometry as Point).coordinates.join() === p.join()).map((s) => s.properties.id));
      expect(through, line.properties.id).toEqual(line.properties.stations);
      expect(through.length, line.properties.id).toBeGreaterThanOrEqual(2);
      for (const p of positions(line)) {
        const station = stations.find((s) => (s.geometry as Point).coordinates.join() === p.join());
        if (station) expect(station.properties.lines, `${station.properties.id} on ${line.properties.id}`).toContain(line.properties.id);
        else expect(Math.abs(pointToPolygonDistance(p, prefecture, { units: 'meters' })), `[${p.join(', ')}] on ${line.properties.id}`).toBeLessThan(1);
      }
    }
  });

  it('quotes each status verbatim from the document it names', () => {
    const stated = features.flatMap((f) => (f.properties.status_statements ?? []).map((s) => ({ id: f.properties.id, ...s })));
    expect(stated.length).toBeGreaterThan(50);
    for (const s of stated) {
      const doc = documents.find((d) => d.id === s.document);
      expect(doc, `${s.id}: unknown document ${s.document}`).toBeDefined();
      expect(doc!.text.includes(s.quote), `${s.id}: "${s.quote}" is not in ${s.document}`).toBe(true);
    }
  });

  it('gives every transport line and project the documents name the status they state', () => {
    const named = features.filter(
      (f) => (f.properties.kind === 'project' || f.properties.kind === 'transport') && [f.properties.name, ...f.properties.aliases].some((s) => allText.includes(s)),
    );
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((f) => !f.properties.status_statements?.length).map((f) => f.properties.id)).toEqual([]);
  });

  it('uses, as aliases, only surface forms the documents contain (plus the official spelling variants it documents)', () => {
    const documented = new Set(['寀卢村']);
    const unused = features
      .filter((f) => !f.properties.context && f.properties.kind !== 'county' && f.properties.kind !== 'prefecture')
      .flatMap((f) => f.properties.aliases.filter((a) => !allText.includes(a) && !documented.has(a)).map((a) => `${f.properties.id}: ${a}`));
    expect(unused).toEqual([]);
  });

  it('fits the web: the first view (every layer, and the built places asset) is within 300 KB gzipped', () => {
    const layers = layerFiles.reduce((sum, l) => sum + gz(l.text), 0);
    expect(layers).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
    const { places } = builtAtlas();
    expect(gz(JSON.stringify(places))).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
  });

  it('has a README that tables every feature as the layers are now, and the ambiguity table the catalogue defines', () => {
    const readme = readFileSync('geo/README.md', 'utf8');
    expect(readme).toBe(renderReadme(layerFiles, EXCLUSIONS));
    for (const id of byId.keys()) expect(readme).toContain(`| \`${id}\` |`);
    expect(JSON.parse(readFileSync('geo/ambiguous-aliases.json', 'utf8'))).toEqual(AMBIGUOUS_ALIASES);
  });

  it('keeps coordinates out of the hand-curated catalogue (every position comes from a source row)', () => {
    for (const file of ['scripts/geo-import/catalogue.ts', 'scripts/geo-import/exclusions.ts']) {
      expect(readFileSync(file, 'utf8').match(/\b1[12]\d\.\d{3,}|\b[23]\d\.\d{4,}/g), file).toBeNull();
    }
  });
});
