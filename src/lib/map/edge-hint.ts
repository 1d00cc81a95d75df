/** A box on screen in CSS px: left, top, right, bottom. */
export type ScreenBox = [number, number, number, number];

export interface EdgeHint {
  /** Where the hint sits, inside the view, `margin` px from its edge. */
  x: number;
  y: number;
  /** The direction from the hint to the place, in degrees clockwise from "east" (0 = right, 90 = down). */
  angle: number;
}

/**
 * Where to point at a place that is off screen: the point on the view's inner edge (inset by `margin`) on the line
 * from the view's centre to the place's centre. Null when any part of the place is in view (nothing to point at).
 */
export function edgeHint(place: ScreenBox, width: number, height: number, margin: number): EdgeHint | null {
  const [left, top, right, bottom] = place;
  if (right >= 0 && left <= width && bottom >= 0 && top <= height) return null;
  const cx = width / 2;
  const cy = height / 2;
  const dx = (left + right) / 2 - cx;
  const dy = (top + bottom) / 2 - cy;
  // Scale the direction until it meets the inset edge, whichever (vertical or horizontal) it meets first.
  const halfW = Math.max(0, cx - margin);
  const halfH = Math.max(0, cy - margin);
  const scale = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  return { x: cx + dx * scale, y: cy + dy * scale, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}
