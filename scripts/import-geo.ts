/**
 * Regenerates the committed boundary layers in geo/ from the shared geo-sources, so the import is repeatable:
 *   npm run import:geo            (reads ../shared/geo-sources by default, see package.json)
 *
 * Source: Amap district fences via Vonng/adcode (GCJ-02, fine detail). Converted to WGS84 with gcoord, then
 * simplified as ONE topology with mapshaper (shared arcs, intersections repaired, every shape kept) so neighbouring
 * counties keep identical shared borders, and the prefecture outline is the dissolve of its nine counties rather
 * than a separately drawn line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import gcoord from 'gcoord';
import { area, polygon } from '@turf/turf';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { pinyinOf } from '../src/lib/geo/names.ts';
import type { PlaceFeature, PlaceProperties } from '../src/lib/geo/types.ts';

const sourcesDir = resolve(process.argv[2] ?? '../shared/geo-sources');
const geoDir = resolve(import.meta.dirname, '..', 'geo');

const FENCES_SOURCE = 'Vonng/adcode@b755d6e4abca8e0d309728abc9ad4b100dacc685:data/fences (Amap, 2016, CC BY 4.0)';
/** Share of removable vertices kept (mapshaper -simplify percentage): enough for zoom ≤ 12 at a fraction of the bytes. */
const KEEP_PERCENT = '8%';

interface BoundaryDef {
  adcode: string;
  id: string;
  name: string;
  name_en: string;
}

const COUNTIES: BoundaryDef[] = [
  { adcode: '330702', id: 'wucheng', name: '婺城区', name_en: 'Wucheng District' },
  { adcode: '330703', id: 'jindong', name: '金东区', name_en: 'Jindong District' },
  { adcode: '330723', id: 'wuyi', name: '武义县', name_en: 'Wuyi County' },
  { adcode: '330726', id: 'pujiang', name: '浦江县', name_en: 'Pujiang County' },
  { adcode: '330727', id: 'panan', name: '磐安县', name_en: "Pan'an County" },
  { adcode: '330781', id: 'lanxi', name: '兰溪市', name_en: 'Lanxi' },
  { adcode: '330782', id: 'yiwu', name: '义乌市', name_en: 'Yiwu' },
  { adcode: '330783', id: 'dongyang', name: '东阳市', name_en: 'Dongyang' },
  { adcode: '330784', id: 'yongkang', name: '永康市', name_en: 'Yongkang' },
];

const NEIGHBOURS: BoundaryDef[] = [
  { adcode: '330100', id: 'hangzhou', name: '杭州市', name_en: 'Hangzhou' },
  { adcode: '330600', id: 'shaoxing', name: '绍兴市', name_en: 'Shaoxing' },
  { adcode: '331000', id: 'taizhou', name: '台州市', name_en: 'Taizhou' },
  { adcode: '331100', id: 'lishui', name: '丽水市', name_en: 'Lishui' },
  { adcode: '330800', id: 'quzhou', name: '衢州市', name_en: 'Quzhou' },
];

const PREFECTURE = { adcode: '330700', id: 'jinhua', name: '金华市', name_en: 'Jinhua' };

/** 东阳市 → 东阳: the short form the documents use for a county-level name. */
export function shortName(name: string): string {
  return name.length > 2 ? name.replace(/[市县区]$/, '') : name;
}

function readFenceAsWgs84(adcode: string): Polygon | MultiPolygon {
  const gcj = JSON.parse(readFileSync(join(sourcesDir, 'amap-vonng-adcode/fences', `${adcode}.json`), 'utf8'));
  return gcoord.transform(gcj, gcoord.GCJ02, gcoord.WGS84) as Polygon | MultiPolygon;
}

/**
 * Rounds to 6 decimals (~0.1 m, the topology quantisation) and drops rings that simplification collapsed to no area (small coastal islands
 * of the neighbours). Shared borders stay identical: both sides come from the same arcs and round alike.
 */
function tidy(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const r = (p: Position): Position => [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
  const hasArea = (ring: Position[]) => area(polygon([ring])) > 1;
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((poly) => poly.map((ring) => ring.map(r)).filter(hasArea))
    .filter((poly) => poly.length > 0 && hasArea(poly[0]!));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

function properties(def: BoundaryDef, kind: PlaceProperties['kind'], parent: string | null, context: boolean): PlaceProperties {
  const short = shortName(def.name);
  return {
    id: def.id,
    kind,
    name: def.name,
    name_en: def.name_en,
    pinyin: pinyinOf(def.name),
    aliases: short !== def.name ? [short] : [],
    parent,
    geometry_quality: 'boundary',
    source: `${FENCES_SOURCE}, fences/${def.adcode}.json; GCJ-02→WGS84 with gcoord; topology-preserving simplification`,
    adcode: def.adcode,
    ...(context ? { context: true } : {}),
  };
}

async function mapshaperRun(commands: string, input: FeatureCollection): Promise<FeatureCollection<Polygon | MultiPolygon>> {
  const out = await mapshaper.applyCommands(`-i in.json ${commands} -o out.json format=geojson geojson-type=FeatureCollection precision=0.000001`, {
    'in.json': JSON.stringify(input),
  });
  return JSON.parse(String(out['out.json'])) as FeatureCollection<Polygon | MultiPolygon>;
}

async function main(): Promise<void> {
  const all = [...COUNTIES, ...NEIGHBOURS];
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: all.map((def) => ({ type: 'Feature', properties: { adcode: def.adcode }, geometry: readFenceAsWgs84(def.adcode) })),
  };
  const simplified = await mapshaperRun(`-simplify ${KEEP_PERCENT} keep-shapes`, input);
  const byAdcode = new Map(simplified.features.map((f) => [f.properties!.adcode as string, f]));
  const place = (def: BoundaryDef, kind: PlaceProperties['kind'], parent: string | null, context: boolean): PlaceFeature => ({
    type: 'Feature',
    properties: properties(def, kind, parent, context),
    geometry: tidy(byAdcode.get(def.adcode)!.geometry),
  });

  const counties = simplified.features.filter((f) => COUNTIES.some((c) => c.adcode === f.properties!.adcode));
  const [outline] = (await mapshaperRun('-dissolve', { type: 'FeatureCollection', features: counties })).features;
  const prefecture: PlaceFeature = {
    type: 'Feature',
    properties: {
      ...properties(PREFECTURE, 'prefecture', null, false),
      source: `${FENCES_SOURCE}: the dissolve of its nine county fences (so it matches them exactly); GCJ-02→WGS84 with gcoord`,
    },
    geometry: tidy(outline!.geometry),
  };

  write('counties.geojson', COUNTIES.map((def) => place(def, 'county', PREFECTURE.id, false)));
  write('context.geojson', [prefecture, ...NEIGHBOURS.map((def) => place(def, 'neighbour', null, true))]);
}

function write(file: string, features: Feature[]): void {
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  writeFileSync(join(geoDir, file), text);
  console.log(`geo/${file}: ${features.length} features, ${(text.length / 1024).toFixed(0)} KB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
