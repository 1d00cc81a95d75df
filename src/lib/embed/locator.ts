/**
 * The locator inset: a small map of a whole the reader knows (金华市, or 浙江省 when the map shows most of the
 * prefecture) with the area the map shows marked on it. Pure geometry in Web Mercator, scaled to fit the inset.
 */
import type { Position } from 'geojson';
import type { Inset } from './png.ts';
import type { Pt } from './map-labels.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

const mercY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;

/** Polygons' outer rings (GeoJSON Polygon or MultiPolygon coordinates, as lists of rings). */
export type Rings = Position[][];

function boundsOf(rings: Rings): Bounds {
  const all = rings.flat();
  return [Math.min(...all.map((p) => p[0]!)), Math.min(...all.map((p) => p[1]!)), Math.max(...all.map((p) => p[0]!)), Math.max(...all.map((p) => p[1]!))];
}

/** How much of the whole's extent the shown area covers (0–1, in Mercator area). */
export function coverage(whole: Rings, shown: Bounds): number {
  const [w, s, e, n] = boundsOf(whole);
  const ix = Math.max(0, Math.min(e, shown[2]) - Math.max(w, shown[0]));
  const iy = Math.max(0, mercY(Math.min(n, shown[3])) - mercY(Math.max(s, shown[1])));
  return (ix * iy) / ((e - w) * (mercY(n) - mercY(s)));
}

/** Draws `whole` into a box `width` wide (height follows its shape, at most `maxHeight`), with `shown` marked. */
export function locatorInset(whole: Rings, shown: Bounds, width: number, maxHeight: number, pad = 5): Inset {
  const [w, s, e, n] = boundsOf(whole);
  const spanX = e - w;
  const spanY = mercY(n) - mercY(s);
  const k = Math.min((width - 2 * pad) / spanX, (maxHeight - 2 * pad) / spanY);
  const height = Math.round(spanY * k + 2 * pad);
  const offX = (width - spanX * k) / 2;
  const project = ([lng, lat]: Position): Pt => [offX + (lng! - w) * k, pad + (mercY(n) - mercY(lat!)) * k];
  // The shown area, cut to the whole's extent so a wide view does not spill out of the inset.
  const cw = Math.max(w, shown[0]);
  const cs = Math.max(s, shown[1]);
  const ce = Math.min(e, shown[2]);
  const cn = Math.min(n, shown[3]);
  const shownRing = [project([cw, cn]), project([ce, cn]), project([ce, cs]), project([cw, cs])];
  return { outline: whole.map((ring) => ring.map(project)), shown: shownRing, width, height };
}

/**
 * Picks the whole for an inset: the prefecture, unless the map shows most of it; then the province, unless it shows
 * most of that too (then an inset tells nothing and there is none).
 */
export function chooseLocator(prefecture: Rings | null, province: Rings | null, shown: Bounds): Rings | null {
  for (const whole of [prefecture, province]) if (whole && coverage(whole, shown) < 0.45) return whole;
  return null;
}
