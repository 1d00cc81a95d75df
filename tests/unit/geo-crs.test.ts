import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { gcjToWgs84 } from '../../scripts/geo-import/crs.ts';

/**
 * A known point pair from two independent sources: 绣湖站 of the 金义东 line as Amap/GCJ-02 (E-Rail/Just-Go
 * @2bf946c, Resources/MetroNetworks/3307.json, as quoted in geo-sources/places-scouted.geojson) and as WGS84
 * (zh.wikipedia 绣湖站 infobox: 29°18′29″N 120°03′30″E, i.e. to the arc-second, ±30 m).
 */
const XIUHU_GCJ02: [number, number] = [120.062947, 29.305625];
const XIUHU_WGS84: [number, number] = [120 + 3 / 60 + 30 / 3600, 29 + 18 / 60 + 29 / 3600];
const metres = (a: number[], b: number[]) => distance(a, b, { units: 'meters' });

describe('GCJ-02 → WGS84 at import (gcoord)', () => {
  it('lands a known GCJ-02 point within the precision of its independent WGS84 position', () => {
    expect(metres(gcjToWgs84(XIUHU_GCJ02), XIUHU_WGS84)).toBeLessThan(30);
  });

  it('moves the point by the GCJ-02 offset here (~0.5 km), so an unconverted or doubly converted point would fail', () => {
    expect(metres(XIUHU_GCJ02, XIUHU_WGS84)).toBeGreaterThan(400);
    expect(metres(gcjToWgs84(gcjToWgs84(XIUHU_GCJ02)), XIUHU_WGS84)).toBeGreaterThan(400);
  });

  it('rounds to 6 decimals, the precision every geo/ file uses', () => {
    for (const value of gcjToWgs84(XIUHU_GCJ02)) expect(Math.round(value * 1e6) / 1e6).toBe(value);
  });
});
