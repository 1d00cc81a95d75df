/**
 * County, prefecture and neighbour boundaries from the Amap district fences (Vonng/adcode, GCJ-02, fine detail).
 * Converted to WGS84 with gcoord, then simplified as ONE topology with mapshaper (shared arcs, intersections
 * repaired, every shape kept), so neighbouring counties keep identical shared borders; the prefecture outline is
 * the dissolve of its nine counties rather than a separately drawn line.
 */
import { area, polygon } from '@turf/turf';
import mapshaper from 'mapshaper';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { pinyinOf } from '../../src/lib/geo/names.ts';
import type { PlaceFeature, PlaceProperties } from '../../src/lib/geo/types.ts';
import { COUNTIES, NEIGHBOURS, PREFECTURE, PROVINCE, shortName, type BoundaryDef } from './boundary-defs.ts';
import { geometryGcjToWgs84, round6 } from './crs.ts';
import { ADCODE_REPO, type GeoSources } from './sources.ts';

const FENCES_SOURCE = `${ADCODE_REPO}:data/fences (Amap, 2016, CC BY 4.0)`;
const PROVINCE_FILE = 'datav-areas-v3/330000_full.json';
const PROVINCE_SOURCE =
  'anzhou99/GeoJsons@ae3304715838d7d37de1e682434d146614237f11:330000_full.json (Aliyun DataV areas_v3, Amap-derived, 2021; no licence stated)';
/** The province is context drawn at small scale only; its outline needs far fewer vertices than the counties. */
const PROVINCE_KEEP_PERCENT = '20%';
/** Share of removable vertices kept (mapshaper -simplify percentage): enough for zoom ≤ 12 at a fraction of the bytes. */
const KEEP_PERCENT = '8%';

export interface Boundaries {
  province: PlaceFeature;
  prefecture: PlaceFeature;
  counties: PlaceFeature[];
  neighbours: PlaceFeature[];
}

/**
 * Drops rings that simplification collapsed to no area (small coastal islands of the neighbours). Shared borders
 * stay identical: both sides come from the same arcs and round alike.
 */
function tidy(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const hasArea = (ring: Position[]) => area(polygon([ring])) > 1;
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((poly) => poly.map((ring) => ring.map(round6)).filter(hasArea))
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
    source: `${FENCES_SOURCE}, fences/${def.adcode}.json; GCJ-02→WGS84 with gcoord; topology-preserving simplification (mapshaper -simplify ${KEEP_PERCENT} keep-shapes)`,
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

export async function importBoundaries(sources: GeoSources): Promise<Boundaries> {
  const fence = (adcode: string) => geometryGcjToWgs84(JSON.parse(sources.read(`amap-vonng-adcode/fences/${adcode}.json`)) as Polygon | MultiPolygon);
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...COUNTIES, ...NEIGHBOURS].map((def) => ({ type: 'Feature', properties: { adcode: def.adcode }, geometry: fence(def.adcode) })),
  };
  const simplified = await mapshaperRun(`-simplify ${KEEP_PERCENT} keep-shapes`, input);
  const byAdcode = new Map(simplified.features.map((f) => [f.properties!.adcode as string, f]));
  const place = (def: BoundaryDef, kind: PlaceProperties['kind'], parent: string | null, context: boolean): PlaceFeature => ({
    type: 'Feature',
    properties: properties(def, kind, parent, context),
    geometry: tidy(byAdcode.get(def.adcode)!.geometry),
  });

  // Zhejiang: the only outline in the sources is DataV's 11 prefectures, dissolved (a different source from the
  // fences, so its border with them is not shared; it is context, drawn beneath them).
  const datav = JSON.parse(sources.read(PROVINCE_FILE)) as FeatureCollection<Polygon | MultiPolygon>;
  const [province] = (
    await mapshaperRun(`-dissolve -simplify ${PROVINCE_KEEP_PERCENT} keep-shapes`, {
      type: 'FeatureCollection',
      features: datav.features.map((f) => ({ type: 'Feature', properties: {}, geometry: geometryGcjToWgs84(f.geometry) })),
    })
  ).features;

  const countyShapes = simplified.features.filter((f) => COUNTIES.some((c) => c.adcode === f.properties!.adcode));
  const [outline] = (await mapshaperRun('-dissolve', { type: 'FeatureCollection', features: countyShapes })).features;
  return {
    province: {
      type: 'Feature',
      properties: {
        ...properties(PROVINCE, 'province', null, true),
        source: `${PROVINCE_SOURCE}: the dissolve of its 11 prefectures; GCJ-02→WGS84 with gcoord; mapshaper -simplify ${PROVINCE_KEEP_PERCENT} keep-shapes; via geo-sources/${PROVINCE_FILE}`,
      },
      geometry: tidy(province!.geometry),
    },
    prefecture: {
      type: 'Feature',
      properties: {
        ...properties(PREFECTURE, 'prefecture', null, false),
        source: `${FENCES_SOURCE}: the dissolve of its nine county fences (so it matches them exactly); GCJ-02→WGS84 with gcoord`,
      },
      geometry: tidy(outline!.geometry),
    },
    counties: COUNTIES.map((def) => place(def, 'county', PREFECTURE.id, false)),
    neighbours: NEIGHBOURS.map((def) => place(def, 'neighbour', null, true)),
  };
}
