/**
 * Which Amap fences the boundary import reads and what it calls them: read from the boundary records in geo/
 * (counties.geojson, context.geojson), so a county's name or English name is edited there like any other place.
 * The records are matched to their fence by `adcode`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceFeature, PlaceKind } from '../../src/lib/geo/types.ts';

export interface BoundaryDef {
  adcode: string;
  id: string;
  name: string;
  name_en: string;
}

const GEO_DIR = join(import.meta.dirname, '..', '..', 'geo');
const records = ['context.geojson', 'counties.geojson'].flatMap(
  (file) => (JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as { features: PlaceFeature[] }).features,
);
const defs = (kind: PlaceKind): BoundaryDef[] =>
  records
    .filter((f) => f.properties.kind === kind)
    .map(({ properties: p }) => {
      if (!p.adcode) throw new Error(`geo/: boundary record "${p.id}" has no adcode, so no fence can be found for it`);
      return { adcode: p.adcode, id: p.id, name: p.name, name_en: p.name_en };
    });
const one = (kind: PlaceKind): BoundaryDef => {
  const [def, ...more] = defs(kind);
  if (!def || more.length) throw new Error(`geo/: expected exactly one ${kind} record`);
  return def;
};

export const PROVINCE = one('province');
export const PREFECTURE = one('prefecture');
export const COUNTIES = defs('county');
export const NEIGHBOURS = defs('neighbour');

/** The short forms the documents use for the province, prefecture and county-level names (浙江, 东阳, 义乌 …). */
export function shortName(name: string): string {
  return name.length > 2 ? name.replace(/[省市县区]$/, '') : name;
}
