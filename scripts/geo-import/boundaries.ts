/**
 * County, prefecture and neighbour boundaries from the Amap district fences (Vonng/adcode, GCJ-02, fine detail).
 * Converted to WGS84 with gcoord, then simplified as ONE topology (topology.ts: shared borders are single arcs),
 * so neighbouring counties keep identical shared borders; the prefecture outline is the dissolve of its nine
 * counties rather than a separately drawn line.
 */
import { area, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { pinyinOf } from '../../src/lib/geo/names.ts';
import type { PlaceFeature, PlaceProperties } from '../../src/lib/geo/types.ts';
import { COUNTIES, NEIGHBOURS, PREFECTURE, PROVINCE, shortName, type BoundaryDef } from './boundary-defs.ts';
import { geometryGcjToWgs84, round6 } from './crs.ts';
import { ADCODE_REPO, type GeoSources } from './sources.ts';
import { dissolve, unionAndSimplify, simplifyShared, type Area } from './topology.ts';

const FENCES_SOURCE = `${ADCODE_REPO}:data/fences (Amap, 2016, CC BY 4.0)`;
const PROVINCE_FILE = 'datav-areas-v3/330000_full.json';
const PROVINCE_SOURCE =
  'anzhou99/GeoJsons@ae3304715838d7d37de1e682434d146614237f11:330000_full.json (Aliyun DataV areas_v3, Amap-derived, 2021; no licence stated)';
/** The province is context drawn at small scale only; its outline needs far fewer vertices than the counties. */
const PROVINCE_KEEP = 0.2;
/** Share of removable vertices kept: enough for zoom ≤ 12 at a fraction of the bytes. */
export const KEEP = 0.08;
const percent = (share: number) => `${Math.round(share * 100)}%`;
/** How the county and neighbour boundaries were simplified, as their `source` says. */
const SIMPLIFICATION = `topology-preserving simplification (topojson-simplify, Visvalingam, ${percent(KEEP)} of removable vertices kept)`;

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
    source: `${FENCES_SOURCE}, fences/${def.adcode}.json; GCJ-02→WGS84 with gcoord; ${SIMPLIFICATION}`,
    adcode: def.adcode,
    ...(context ? { context: true } : {}),
  };
}

export function importBoundaries(sources: GeoSources): Boundaries {
  const fence = (adcode: string) => geometryGcjToWgs84(JSON.parse(sources.read(`amap-vonng-adcode/fences/${adcode}.json`)) as Area);
  const defs = [...COUNTIES, ...NEIGHBOURS];
  const simplified = simplifyShared(
    defs.map((def): Feature<Area, string> => ({ type: 'Feature', properties: def.adcode, geometry: fence(def.adcode) })),
    KEEP,
  );
  const byAdcode = new Map(simplified.map((f) => [f.properties, f]));
  const shapeOf = (def: BoundaryDef) => {
    const shape = byAdcode.get(def.adcode)!;
    if (!shape.geometry) throw new Error(`fences/${def.adcode}.json (${def.name}): nothing is left after simplification`);
    return shape as Feature<Area, string>;
  };
  const place = (def: BoundaryDef, kind: PlaceProperties['kind'], parent: string | null, context: boolean): PlaceFeature => ({
    type: 'Feature',
    properties: properties(def, kind, parent, context),
    geometry: tidy(shapeOf(def).geometry),
  });

  // Zhejiang: the only outline in the sources is DataV's 11 prefectures, dissolved (a different source from the
  // fences, so its border with them is not shared; it is context, drawn beneath them).
  const datav = JSON.parse(sources.read(PROVINCE_FILE)) as FeatureCollection<Area>;
  const province = unionAndSimplify(
    datav.features.map((f) => ({ type: 'Feature', properties: null, geometry: geometryGcjToWgs84(f.geometry) })),
    PROVINCE_KEEP,
  );
  const outline = dissolve(COUNTIES.map(shapeOf));
  return {
    province: {
      type: 'Feature',
      properties: {
        ...properties(PROVINCE, 'province', null, true),
        source: `${PROVINCE_SOURCE}: the union of its 11 prefectures; GCJ-02→WGS84 with gcoord; topojson-simplify, ${percent(PROVINCE_KEEP)} of removable vertices kept; via geo-sources/${PROVINCE_FILE}`,
      },
      geometry: tidy(province),
    },
    prefecture: {
      type: 'Feature',
      properties: {
        ...properties(PREFECTURE, 'prefecture', null, false),
        source: `${FENCES_SOURCE}: the dissolve of its nine county fences (so it matches them exactly); GCJ-02→WGS84 with gcoord`,
      },
      geometry: tidy(outline),
    },
    counties: COUNTIES.map((def) => place(def, 'county', PREFECTURE.id, false)),
    neighbours: NEIGHBOURS.map((def) => place(def, 'neighbour', null, true)),
  };
}
