/**
 * A scale bar for a Web Mercator map: how many metres a pixel spans at a latitude and zoom (MapLibre's 512 px
 * tiles), and a bar of a round length (1, 2 or 5 × 10ⁿ m) no longer than the room given.
 */

/** Equatorial circumference of the WGS84 ellipsoid, as Web Mercator uses it. */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;
const TILE_SIZE = 512;

export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleBar {
  /** Length of the bar in CSS pixels. */
  px: number;
  metres: number;
  /** e.g. "10 km", "500 m" */
  label: string;
}

/** The longest round length that fits in `maxPx` pixels; null when not even a metre does. */
export function scaleBar(metresPerPx: number, maxPx: number, units: { km: string; m: string }): ScaleBar | null {
  const room = metresPerPx * maxPx;
  if (!(room >= 1)) return null;
  const decade = 10 ** Math.floor(Math.log10(room));
  const metres = [5, 2, 1].map((f) => f * decade).find((m) => m <= room)!;
  const label = metres >= 1000 ? `${metres / 1000} ${units.km}` : `${metres} ${units.m}`;
  return { px: metres / metresPerPx, metres, label };
}
