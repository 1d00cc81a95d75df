/**
 * The nearest towns around a view that shows almost none: zoomed into a place with the offline map (on a phone
 * especially), a reader can see one town seat on a flat fill and nothing to say where it lies. Then the nearest
 * town seats beyond the view are named at its edge, each pointing towards it with its distance.
 */
import { edgeHint, type EdgeHint } from './edge-hint.ts';

/** A town seat where the map has put it: `x`, `y` on screen (CSS px), `km` from the view's centre. */
export interface Seat {
  id: string;
  x: number;
  y: number;
  km: number;
}

export type NeighbourHint = EdgeHint & { id: string; km: number };

/** From this zoom on (closer in) a view can show too few towns to say where it is. */
export const NEIGHBOUR_ZOOM = 10;
/** With this many town seats in view or more, the view says where it is by itself. */
export const ENOUGH_IN_VIEW = 2;
/** At most this many hints, and none for a town further than NEAR_KM. */
export const MAX_HINTS = 3;
export const NEAR_KM = 25;
/** Hints on two edges closer than this (at a corner) would overlap: the nearer town keeps its place. */
const MIN_APART = 110;

/** How far in from each edge of the view the hints stay, clear of what the map puts there (buttons, scale). */
export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function neighbourHints(seats: readonly Seat[], width: number, height: number, inset: Inset): NeighbourHint[] {
  const inView = (s: Seat) => s.x >= 0 && s.x <= width && s.y >= 0 && s.y <= height;
  if (seats.filter(inView).length >= ENOUGH_IN_VIEW) return [];
  const [boxWidth, boxHeight] = [width - inset.left - inset.right, height - inset.top - inset.bottom];
  const hints: Array<NeighbourHint & { side: string }> = [];
  for (const seat of [...seats].filter((s) => !inView(s) && s.km <= NEAR_KM).sort((a, b) => a.km - b.km)) {
    // On the edge of the inset box, on the line from its centre to the town.
    const [x, y] = [seat.x - inset.left, seat.y - inset.top];
    const onEdge = edgeHint([x, y, x, y], boxWidth, boxHeight, 0)!;
    const hint = { ...onEdge, x: onEdge.x + inset.left, y: onEdge.y + inset.top };
    // One town per edge (names side by side along an edge would run into each other), none crowding a corner.
    const side = Math.abs(x - boxWidth / 2) * boxHeight > Math.abs(y - boxHeight / 2) * boxWidth ? (x > boxWidth / 2 ? 'right' : 'left') : y > boxHeight / 2 ? 'bottom' : 'top';
    if (hints.some((h) => h.side === side || Math.hypot(h.x - hint.x, h.y - hint.y) < MIN_APART)) continue;
    hints.push({ ...hint, id: seat.id, km: seat.km, side });
    if (hints.length === MAX_HINTS) break;
  }
  return hints.map(({ side: _, ...hint }) => hint);
}

/** Great-circle distance in km between two [lng, lat] positions (a sphere of the Earth's mean radius). */
export function kmBetween([lng1, lat1]: readonly [number, number], [lng2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
