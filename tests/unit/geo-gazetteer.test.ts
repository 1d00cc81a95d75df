/**
 * The committed gazetteer (geo/) as a reader and the app rely on it: valid RFC 7946, unique ids and names,
 * every place inside the prefecture and inside its parent, honest geometry quality (a place no source locates is
 * unlocated, never stacked on another's point), every official township and village, generated pinyin, status
 * quotes that are really in the documents, a size fit for the web, and a README that documents the record format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { getIssues } from '@placemarkio/check-geojson';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_BUDGET_BYTES } from '../../scripts/atlas-pipeline.ts';
import { LAYERS } from '../../scripts/geo-import/layers.ts';
import { MAX_PLACES_PER_POINT, withinArea } from '../../src/lib/geo/gazetteer.ts';
import { pinyinOf } from '../../src/lib/geo/names.ts';
import { firstViewPlaces } from '../../src/lib/pipeline/gazetteer-asset.ts';
import { corpusShards } from '../../src/lib/pipeline/corpus-shards.ts';
import { shardPath } from '../../src/lib/corpus/shards.ts';
import { builtAtlas } from './built-atlas.ts';
import type { GazetteerFeature, PlaceFeature } from '../../src/lib/geo/types.ts';

const geojsonFiles = readdirSync('geo').filter((name) => name.endsWith('.geojson'));
const layerFiles = LAYERS.map(({ file }) => ({ file: `geo/${file}`, text: readFileSync(`geo/${file}`, 'utf8') }));
const features = layerFiles.flatMap(({ text }) => (JSON.parse(text) as { features: PlaceFeature[] }).features);
const byId = new Map(features.map((f) => [f.properties.id, f]));
const prefecture = byId.get('jinhua')!.geometry as Polygon | MultiPolygon;
const counties = features.filter((f) => f.properties.kind === 'county');
/** The build of the whole gazetteer (about a second): once for the tests that need it. */
const built = builtAtlas();
/** Checking 5,000 records (check-geojson on a 2.5 MB file) takes seconds on a loaded machine. */
const WHOLE_GAZETTEER_MS = 60_000;

const documents = readdirSync('data/documents')
  .filter((name) => name.endsWith('.meta.json'))
  .map((name) => ({
    id: (JSON.parse(readFileSync(`data/documents/${name}`, 'utf8')) as { id: string }).id,
    text: readFileSync(`data/documents/${name.replace('.meta.json', '.txt')}`, 'utf8'),
  }));
const allText = documents.map((d) => d.text).join('\n');

function positions(feature: GazetteerFeature): Position[] {
  const flat = (c: unknown): Position[] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as Position] : (c as unknown[]).flatMap(flat));
  if (!feature.geometry) return []; // unlocated
  return feature.geometry.type === 'GeometryCollection' ? [] : flat(feature.geometry.coordinates);
}
const gz = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

describe('the committed gazetteer', () => {
  it('is exactly the layers the importer writes', () => {
    expect(geojsonFiles.sort()).toEqual(LAYERS.map((l) => l.file).sort());
  });

  it('is valid RFC 7946 GeoJSON, file by file and feature by feature (check-geojson)', () => {
    for (const { file, text } of layerFiles) expect(getIssues(text), file).toEqual([]);
  }, WHOLE_GAZETTEER_MS);

  it('passes the build’s own gazetteer checks and reaches the app whole', () => {
    expect(built.places.features.map((f) => f.properties.id).sort()).toEqual([...byId.keys()].sort());
  });

  it('has unique, URL-safe ids, and official names unique except among townships and villages', () => {
    expect(byId.size).toBe(features.length);
    for (const id of byId.keys()) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = features.filter((f) => f.properties.kind !== 'town' && f.properties.kind !== 'village').map((f) => f.properties.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const admin = new Set(features.filter((f) => f.properties.kind === 'town' || f.properties.kind === 'village').map((f) => f.properties.name));
    expect(names.filter((n) => admin.has(n))).toEqual([]);
  });

  it('has every township of the official list (152: 142 with their seat point, 10 without), named as in 2023', () => {
    const towns = features.filter((f) => f.properties.kind === 'town');
    expect(towns).toHaveLength(152);
    expect(new Set(towns.map((t) => t.properties.adcode)).size).toBe(152);
    expect(towns.filter((t) => t.geometry).length).toBe(142);
    for (const t of towns) {
      expect(t.properties.geometry_from, t.properties.id).toEqual({ source: 'amap-adcode', row: t.properties.adcode });
      expect(t.properties.parent, t.properties.id).toBe(counties.find((c) => c.properties.adcode === t.properties.adcode!.slice(0, 6))!.properties.id);
      expect(t.properties.geometry_quality, t.properties.id).toBe(t.geometry ? 'seat-point' : 'unlocated');
    }
    // 2023 names (AreaCity): two 镇 of 磐安 became 街道; the 2016 name stays an alias, and the record says so.
    for (const [name, old] of [['安文街道', '安文镇'], ['新渥街道', '新渥镇']]) {
      const t = towns.find((f) => f.properties.name === name)!;
      expect(t.properties.aliases).toContain(old);
      expect(t.properties['name_note']).toMatch(new RegExp(`^Renamed: ${old}`));
    }
    for (const id of ['twn-hengdian', 'twn-nanma', 'twn-chengdong', 'twn-jiangbei', 'twn-lipu', 'twn-xiaoshun']) expect(byId.get(id)?.properties.kind, id).toBe('town');
  });

  it('has every village and community of the official list under its township (4,847 rows, 275 with a point)', () => {
    const rows = features.filter((f) => f.properties.kind === 'village' && f.properties.geometry_from?.source === 'amap-adcode');
    expect(rows).toHaveLength(4847);
    expect(new Set(rows.map((v) => v.properties.adcode)).size).toBe(4847);
    expect(rows.filter((v) => v.geometry).length).toBe(275);
    const townByCode = new Map(features.filter((f) => f.properties.kind === 'town').map((t) => [t.properties.adcode, t.properties.id]));
    for (const v of rows) {
      expect(v.properties.parent, v.properties.id).toBe(townByCode.get(`${v.properties.adcode!.slice(0, 9)}000`));
      // A village without a source point is not drawn anywhere: it is unlocated, part of its township.
      if (!v.geometry) expect(v.properties.geometry_quality, v.properties.id).toBe('unlocated');
      else expect(v.geometry.type, v.properties.id).toBe('Point');
    }
    // Records made before the import added the official rows keep their ids and are matched to their rows.
    expect(byId.get('vil-huayuan')!.properties.geometry_from).toEqual({ source: 'amap-adcode', row: '330783118307' });
    expect(byId.get('vil-houchen')!.properties.parent).toBe('twn-baiyang');
  });

  it('puts no more than five places at any one point, and leaves unlocated what no source locates', () => {
    const at = new Map<string, string[]>();
    for (const f of features.filter((g) => !g.properties.context && (g.geometry?.type === 'Point' || g.geometry?.type === 'MultiPoint'))) {
      for (const p of new Set(positions(f).map((c) => c.join()))) at.set(p, [...(at.get(p) ?? []), f.properties.id]);
    }
    expect([...at.values()].filter((ids) => ids.length > MAX_PLACES_PER_POINT)).toEqual([]);
    for (const f of features.filter((g) => g.properties.geometry_quality === 'unlocated')) {
      expect(f.geometry, f.properties.id).toBeNull();
      expect(byId.has(f.properties.parent!), f.properties.id).toBe(true);
      expect(f.properties.quality_note, f.properties.id).toMatch(/^Unlocated: \S/);
    }
    // What stood at 东阳市's seat (reservoirs, hospitals, railways not yet built) is now part of 东阳, unlocated.
    for (const id of ['wtr-dayuan-reservoir', 'lmk-dy-peoples-hospital', 'prk-dongjiangyuan-nr', 'trn-hangli-hsr', 'prj-dy-edz']) {
      expect(byId.get(id)!.properties.geometry_quality, id).toBe('unlocated');
      expect(byId.get(id)!.properties.parent, id).toBe('dongyang');
    }
    // A place with its own point, even of low confidence, keeps it.
    expect(byId.get('prk-dongbaishan')!.geometry?.type).toBe('Point');
  });

  it('takes the geometry of every located place from a named source row (boundaries: from the fence of their adcode)', () => {
    const sources = new Set(['amap-adcode', 'scouted', 'ourairports', 'toll-stations', 'scouted-chain', 'scouted-track', 'osm-rail', 'gshhg-rivers']);
    for (const f of features.filter((g) => g.geometry && g.properties.geometry_quality !== 'boundary')) {
      expect(sources.has(f.properties.geometry_from?.source ?? ''), f.properties.id).toBe(true);
    }
    for (const f of features.filter((g) => g.properties.geometry_quality === 'boundary')) expect(f.properties.adcode, f.properties.id).toMatch(/^\d{6}$/);
  });

  it('draws 杭温 and 沪昆 as OSM-derived track, credited, and says it is simplified', () => {
    for (const id of ['trn-hangwen-hsr', 'trn-hukun-hsr']) {
      const p = byId.get(id)!.properties;
      expect(p.geometry_quality, id).toBe('track');
      expect(p.geometry_from?.source, id).toBe('osm-rail');
      expect(p.credit, id).toBe('© OpenStreetMap contributors (ODbL)');
      expect(p.quality_note, id).toMatch(/^Simplified OSM-derived track .*0\.3–5 km apart.*straight gap-fills/);
      expect(byId.get(id)!.geometry.type, id).toBe('LineString');
    }
    expect(byId.get('stn-yiwu')!.properties.lines).toEqual(expect.arrayContaining(['trn-hangwen-hsr', 'trn-hukun-hsr']));
  });

  it('draws the rivers the documents and readers name as GSHHG lines, with how sure the identification is', () => {
    const rivers = features.filter((f) => f.properties.geometry_from?.source === 'gshhg-rivers');
    expect(rivers.map((r) => r.properties.name).sort()).toEqual(['东阳江', '义乌江', '兰江', '武义江', '永康江', '衢江', '金华江'].sort());
    for (const r of rivers) {
      expect(r.properties.credit, r.properties.id).toBe('GSHHG/WDBII rivers (Wessel & Smith), LGPL');
      expect(r.properties.quality_note, r.properties.id).toMatch(/^Generalised course .*identified as .*(high|medium) confidence/);
      expect(['LineString', 'MultiLineString'], r.properties.id).toContain(r.geometry.type);
    }
    expect(byId.get('wtr-jinhuajiang')!.properties.aliases).toContain('婺江');
    expect(byId.get('wtr-dongyangjiang')!.properties.geometry_quality).toBe('track');
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

  it('puts every town and village with an official code and a point in the county that code names, by point-in-polygon', () => {
    const coded = features.filter((f) => (f.properties.kind === 'town' || f.properties.kind === 'village') && f.properties.adcode && f.geometry);
    expect(coded.length).toBe(142 + 275);
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

  it('uses, as aliases, only surface forms the documents contain, the documented variants, and the township rule’s forms', () => {
    // Official spelling variants and the names these places commonly go by (geo/README.md).
    const documented = new Set(['寀卢村', '沪昆高铁', '婺江']);
    // geo/README.md, townships: the short form of a 镇 or 乡, and the 2016 name of a renamed unit.
    const byRule = (f: PlaceFeature, alias: string) =>
      f.properties.kind === 'town' &&
      ((/(畲族)?[镇乡]$/.test(f.properties.name) && f.properties.name.replace(/(畲族)?[镇乡]$/, '') === alias) || String(f.properties['name_note'] ?? '').startsWith(`Renamed: ${alias} `));
    // A generated village record may carry the other name a public list gives it, when its name_note names that
    // alias and the page (诸葛村: 诸葛八卦村); a hand-made record, the names of the public page it cites.
    const sourcedNote = (f: PlaceFeature, alias: string) => {
      const note = String(f.properties['name_note'] ?? '');
      return note.startsWith('Also known as ') && note.includes(alias) && /https?:\/\//.test(note);
    };
    const isGenerated = (f: PlaceFeature) => /^(vil-\d{12}|twn-)/.test(f.properties.id);
    const citesPage = (f: PlaceFeature) => !isGenerated(f) && /https?:\/\//.test(`${f.properties.source} ${f.properties.quality_note ?? ''}`);
    const unused = features
      .filter((f) => !f.properties.context && f.properties.kind !== 'county' && f.properties.kind !== 'prefecture')
      .flatMap((f) =>
        f.properties.aliases
          .filter((a) => !allText.includes(a) && !documented.has(a) && !byRule(f, a) && !sourcedNote(f, a) && !citesPage(f))
          .map((a) => `${f.properties.id}: ${a}`),
      );
    expect(unused).toEqual([]);
    // Villages: no suffix-less short forms by rule (the linker derives those); a generated village has an alias only
    // where its name_note gives the source of that name.
    expect(
      features
        .filter((f) => f.properties.kind === 'village' && /^vil-\d{12}$/.test(f.properties.id) && f.properties.aliases.some((a) => !sourcedNote(f, a)))
        .map((f) => f.properties.id),
    ).toEqual([]);
  });

  it('fits the web: what the first view loads (the built places and the corpus summary) is within 300 KB gzipped', () => {
    const summary = corpusShards(built.corpus, built.places).get(shardPath.summary)!;
    const firstView = gz(JSON.stringify(firstViewPlaces(built.places, built.corpus))) + gz(summary);
    expect(firstView).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
  }, WHOLE_GAZETTEER_MS);

  it('has a hand-written README that documents every source, geometry quality and field the records use', () => {
    const readme = readFileSync('geo/README.md', 'utf8');
    const used = (get: (f: PlaceFeature) => unknown) => [...new Set(features.map(get).filter((v): v is string => typeof v === 'string'))];
    for (const source of used((f) => f.properties.geometry_from?.source)) expect(readme, source).toContain(`\`${source}\``);
    for (const quality of used((f) => f.properties.geometry_quality)) expect(readme, quality).toContain(`\`${quality}\``);
    for (const field of new Set(features.flatMap((f) => Object.keys(f.properties)))) expect(readme, field).toContain(`\`${field}\``);
  });

  it('keeps coordinates out of geo/not-places.json (every position comes from a source row)', () => {
    expect(readFileSync('geo/not-places.json', 'utf8').match(/\b1[12]\d\.\d{3,}|\b[23]\d\.\d{4,}/g)).toBeNull();
  });
});
