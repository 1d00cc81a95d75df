/**
 * The boundary import on the real Amap fences (the shared geo-sources folder, as `npm run import:geo` reads it):
 * the topojson simplification keeps every border two divisions share identical, point for point, leaves every
 * ring valid, keeps about the share of vertices it says, and produces exactly the committed geo/ boundaries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanValid, kinks } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBoundaries, KEEP, type Boundaries } from '../../scripts/geo-import/boundaries.ts';
import { COUNTIES, NEIGHBOURS } from '../../scripts/geo-import/boundary-defs.ts';
import { geometryGcjToWgs84 } from '../../scripts/geo-import/crs.ts';
import { GeoSources } from '../../scripts/geo-import/sources.ts';
import type { Area } from '../../scripts/geo-import/topology.ts';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';

const SOURCES = resolve('../shared/geo-sources');
const rings = (geometry: Area): Position[][] => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());
const segmentKeys = (feature: PlaceFeature): string[] =>
  rings(feature.geometry as Area).flatMap((ring) =>
    ring.slice(1).map((b, i) => [ring[i]!.join(','), b.join(',')].sort().join(' ')),
  );

let boundaries: Boundaries;
let sources: GeoSources;
beforeAll(() => {
  if (!existsSync(SOURCES)) throw new Error(`this test reads the real fences from ${SOURCES} (the shared folder beside the clone)`);
  sources = new GeoSources(SOURCES);
  boundaries = importBoundaries(sources);
}, 180_000);

describe('boundary simplification on the real fences', () => {
  it('keeps every county border identical on both sides: each segment of a county is a segment of exactly one neighbouring division', () => {
    const all = [...boundaries.counties, ...boundaries.neighbours];
    const owners = new Map<string, string[]>();
    for (const f of all) for (const key of segmentKeys(f)) owners.set(key, [...(owners.get(key) ?? []), f.properties.id]);
    // Jinhua is inland and its five neighbours enclose it, so no county segment is on the outside.
    const unshared = boundaries.counties.flatMap((c) => segmentKeys(c).filter((key) => owners.get(key)!.length !== 2).map((key) => `${c.properties.id}: ${key}`));
    expect(unshared).toEqual([]);
  });

  it('leaves every ring valid: closed, at least three corners, no self-intersection, no crossing of another ring', () => {
    for (const f of [boundaries.province, boundaries.prefecture, ...boundaries.counties, ...boundaries.neighbours]) {
      for (const ring of rings(f.geometry as Area)) {
        expect(ring[0], f.properties.id).toEqual(ring.at(-1));
        expect(new Set(ring.map(String)).size, f.properties.id).toBeGreaterThanOrEqual(3);
      }
      expect(kinks(f as Feature<Area>).features, f.properties.id).toEqual([]);
      expect(booleanValid(f), f.properties.id).toBe(true);
    }
  });

  it(`keeps about ${KEEP * 100}% of the fences' vertices (crossing repairs add a few back)`, () => {
    const count = (geometries: Area[]) => geometries.reduce((n, g) => n + rings(g).reduce((m, r) => m + r.length, 0), 0);
    const source = count([...COUNTIES, ...NEIGHBOURS].map((def) => geometryGcjToWgs84(JSON.parse(sources.read(`amap-vonng-adcode/fences/${def.adcode}.json`)) as Area)));
    const kept = count([...boundaries.counties, ...boundaries.neighbours].map((f) => f.geometry as Area)) / source;
    expect(kept).toBeGreaterThan(KEEP * 0.8);
    expect(kept).toBeLessThan(KEEP * 1.5);
  });

  it('is what geo/ holds: the committed counties and outlines are this import’s output', () => {
    const committed = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { features: PlaceFeature[] }).features;
    const geometryById = new Map([...committed('geo/counties.geojson'), ...committed('geo/context.geojson')].map((f) => [f.properties.id, f.geometry]));
    for (const f of [boundaries.province, boundaries.prefecture, ...boundaries.counties, ...boundaries.neighbours]) {
      expect(geometryById.get(f.properties.id), f.properties.id).toEqual(f.geometry);
    }
  });
});
