/**
 * The build's geometry checks that scale to real boundaries (issue #18): polygon validity by a sweep over the edges
 * (src/lib/geo/rings.ts) and point-in-area by a banded index (src/lib/geo/area-index.ts). They must answer as Turf's
 * pairwise checks did, on every edge and every point; how fast they are is bench/gazetteer-build.bench.ts's business.
 */
import { booleanPointInPolygon, booleanValid, kinks } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaContains } from '../../src/lib/geo/area-index.ts';
import { polygonFault } from '../../src/lib/geo/rings.ts';
import { builtAtlas } from './built-atlas.ts';

/** Deterministic pseudo-random numbers (Park–Miller). */
function random(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

const areas = () =>
  builtAtlas().places.features.filter((f): f is Feature<Polygon | MultiPolygon> & typeof f => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');

const turfValid = (geometry: Polygon) => booleanValid(geometry) && kinks(geometry).features.length === 0;

describe('polygon validity (rings.ts)', () => {
  it('accepts every boundary of the real gazetteer', () => {
    const faults = areas().flatMap((f) => (polygonFault(f.geometry) ? [f.properties.id] : []));
    expect(faults).toEqual([]);
  });

  it('rejects every small polygon Turf rejects, and accepts every one Turf accepts that has an area', () => {
    const next = random(18);
    for (let trial = 0; trial < 2000; trial++) {
      const ring = Array.from({ length: 3 + Math.floor(next() * 6) }, () => [Math.round(next() * 6), Math.round(next() * 6)]);
      ring.push(ring[0]!);
      const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
      const fault = polygonFault(polygon);
      if (!turfValid(polygon)) expect(fault, JSON.stringify(ring)).not.toBeNull();
      // Turf lets rings with no area through (all on one line, a vertex repeated); they are degenerate here.
      else if (fault) expect(fault.reason, JSON.stringify(ring)).toMatch(/spike|repeated/);
    }
  });

  it('finds one crossing among 40,000 vertices, and says where', () => {
    const circle = Array.from({ length: 40000 }, (_, i) => [120 + Math.cos((i / 40000) * 2 * Math.PI), 29 + Math.sin((i / 40000) * 2 * Math.PI)]);
    expect(polygonFault({ type: 'Polygon', coordinates: [[...circle, circle[0]!]] })).toBeNull();
    // Two neighbouring vertices swapped: the chords on either side of them now cross, next to them.
    const k = 39000;
    const twisted = circle.map((p, i) => (i === k ? circle[k + 1]! : i === k + 1 ? circle[k]! : p));
    const fault = polygonFault({ type: 'Polygon', coordinates: [[...twisted, twisted[0]!]] });
    expect(fault?.reason).toBe('edges cross');
    expect(Math.hypot(fault!.at[0]! - circle[k]![0]!, fault!.at[1]! - circle[k]![1]!)).toBeLessThan(1e-3);
  });

  it('checks holes against the outer ring', () => {
    const outer = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    expect(polygonFault({ type: 'Polygon', coordinates: [outer, [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]] })).toBeNull();
    expect(polygonFault({ type: 'Polygon', coordinates: [outer, [[3, 1], [3, 2], [5, 2], [5, 1], [3, 1]]] })?.reason).toBe('edges cross');
  });
});

describe('point in area (area-index.ts)', () => {
  it('answers as Turf on a grid over every real area, boundary vertices included', () => {
    const next = random(7);
    for (const area of areas()) {
      const [west, south, east, north] = [119, 28.5, 120.8, 29.8];
      const probes: Position[] = Array.from({ length: 300 }, () => [west + next() * (east - west), south + next() * (north - south)]);
      const ring = area.geometry.type === 'Polygon' ? area.geometry.coordinates[0]! : area.geometry.coordinates[0]![0]!;
      probes.push(ring[0]!, ring[Math.floor(ring.length / 2)]!);
      for (const p of probes) expect(areaContains(area.geometry, p), `${area.properties.id} ${p.join(',')}`).toBe(booleanPointInPolygon(p, area.geometry));
    }
  });

  it('excludes a hole', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]] };
    expect([[0.5, 0.5], [2, 2], [1, 2], [5, 2]].map((p) => areaContains(square, p))).toEqual([true, false, true, false]);
  });
});
