/** Coordinate handling at import: GCJ-02 (Amap, DataV) → WGS84 with gcoord, and the 6-decimal rounding every geo/ file uses. */
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

/** 6 decimals ≈ 0.1 m: finer than any source here, and the precision the topology was quantised to. */
export function round6(p: Position): [number, number] {
  return [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
}

/** One GCJ-02 position → WGS84 (gcoord's iterative inverse), rounded to 6 decimals. */
export function gcjToWgs84(position: Position): [number, number] {
  return round6(gcoord.transform([position[0]!, position[1]!] as [number, number], gcoord.GCJ02, gcoord.WGS84));
}

/** A whole GCJ-02 geometry → WGS84 (not rounded: the topology step quantises it). */
export function geometryGcjToWgs84<G extends Geometry>(geometry: G): G {
  return gcoord.transform(geometry as never, gcoord.GCJ02, gcoord.WGS84) as unknown as G;
}
