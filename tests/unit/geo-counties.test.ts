/**
 * The nine counties are one topology: after simplification no two overlap and no gap opens between them, and
 * the prefecture outline is exactly their union.
 */
import { readFileSync } from 'node:fs';
import { area, featureCollection, intersect, polygon, transformTranslate, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';

type Area = Feature<Polygon | MultiPolygon, PlaceFeature['properties']>;
const read = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { features: Area[] }).features;
const counties = read('geo/counties.geojson');
const prefecture = read('geo/context.geojson').find((f) => f.properties.kind === 'prefecture')!;

/** Below this many square metres an overlap or a hole is rounding, not a topology error. */
const TOLERANCE_M2 = 1000;

function topologyProblems(shapes: Area[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const overlap = intersect(featureCollection([shapes[i]!, shapes[j]!]));
      if (overlap && area(overlap) > TOLERANCE_M2) problems.push(`${shapes[i]!.properties.id} overlaps ${shapes[j]!.properties.id} by ${area(overlap).toFixed(0)} m²`);
    }
  }
  const whole = union(featureCollection(shapes))!;
  const parts = whole.geometry.type === 'Polygon' ? [whole.geometry.coordinates] : whole.geometry.coordinates;
  if (parts.length > 1) problems.push(`the counties fall apart into ${parts.length} pieces`);
  for (const hole of parts.flatMap((rings) => rings.slice(1))) {
    if (area(polygon([hole])) > TOLERANCE_M2) problems.push(`a gap of ${area(polygon([hole])).toFixed(0)} m² opens between counties near [${hole[0]!.join(', ')}]`);
  }
  return problems;
}

describe('county topology', () => {
  it('has the nine counties, each a boundary from the Amap fences', () => {
    expect(counties.map((c) => c.properties.id).sort()).toEqual(['dongyang', 'jindong', 'lanxi', 'panan', 'pujiang', 'wucheng', 'wuyi', 'yiwu', 'yongkang']);
    for (const c of counties) expect(c.properties.geometry_quality).toBe('boundary');
  });

  it('has no overlap and no gap between counties after simplification', () => {
    expect(topologyProblems(counties)).toEqual([]);
  });

  it('would notice a county shifted off its shared borders (the check is not vacuous)', () => {
    const shifted = counties.map((c) => (c.properties.id === 'dongyang' ? transformTranslate(c, 0.3, 90, { units: 'kilometers' }) : c));
    const problems = topologyProblems(shifted);
    expect(problems).toContainEqual(expect.stringMatching(/^panan overlaps dongyang by \d+ m²$/));
    expect(problems).toContainEqual(expect.stringMatching(/^a gap of \d+ m² opens between counties near/));
  });

  it('has a prefecture outline equal to the union of its counties', () => {
    const whole = union(featureCollection(counties))!;
    expect(Math.abs(area(whole) - area(prefecture)) / area(prefecture)).toBeLessThan(1e-6);
    const outside = union(featureCollection([whole, prefecture]))!;
    expect(area(outside) - area(prefecture)).toBeLessThan(TOLERANCE_M2);
  });
});
