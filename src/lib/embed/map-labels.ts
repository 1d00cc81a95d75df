/**
 * Labels for the marked places of an exported map, placed by us rather than by MapLibre, so that every marked place
 * and line is named, a line along the line, and no label is cut by the frame. Input is in screen pixels (the map
 * projected), so this is plain geometry and runs in Node.
 */
import type { MeasureText } from './png.ts';

export type Pt = [x: number, y: number];

export interface MarkedShape {
  id: string;
  text: string;
  /** point: one or more positions (a road known by its toll stations); line: polylines; area: its label point. */
  geom: 'point' | 'line' | 'area';
  parts: Pt[][];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Centre of the text. */
  x: number;
  y: number;
  /** Radians, clockwise; 0 for horizontal text. */
  angle: number;
  font: string;
  /** The corners of the text's box, halo included. */
  corners: Pt[];
}

export interface LabelStyle {
  font: string;
  /** Height of the text's box in CSS px (the font size plus a little). */
  height: number;
  /** Space kept between a label and the frame or another label. */
  margin: number;
}

const boxOf = (corners: Pt[]): Box => ({
  x0: Math.min(...corners.map((c) => c[0])),
  y0: Math.min(...corners.map((c) => c[1])),
  x1: Math.max(...corners.map((c) => c[0])),
  y1: Math.max(...corners.map((c) => c[1])),
});

export const labelBox = (label: Pick<PlacedLabel, 'corners'>): Box => boxOf(label.corners);

const inside = (b: Box, frame: { width: number; height: number }, margin: number) =>
  b.x0 >= margin && b.y0 >= margin && b.x1 <= frame.width - margin && b.y1 <= frame.height - margin;

export const overlaps = (a: Box, b: Box, gap = 0) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

function rotatedCorners(cx: number, cy: number, w: number, h: number, angle: number): Pt[] {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ].map(([dx, dy]) => [cx + dx! * cos - dy! * sin, cy + dx! * sin + dy! * cos] as Pt);
}

interface Candidate {
  x: number;
  y: number;
  angle: number;
  corners: Pt[];
}

/** Beside a point: right, left, above, below, then the diagonals (the order map makers use). */
function pointCandidates([px, py]: Pt, w: number, h: number, offset: number): Candidate[] {
  const dx = w / 2 + offset;
  const dy = h / 2 + offset * 0.6;
  const spots: Pt[] = [
    [px + dx, py],
    [px - dx, py],
    [px, py - dy],
    [px, py + dy],
    [px + dx, py - dy],
    [px - dx, py - dy],
    [px + dx, py + dy],
    [px - dx, py + dy],
  ];
  return spots.map(([x, y]) => ({ x, y, angle: 0, corners: rotatedCorners(x, y, w, h, 0) }));
}

const distance = (a: Pt, b: Pt) => Math.hypot(b[0] - a[0], b[1] - a[1]);

function distanceToChord(p: Pt, a: Pt, b: Pt): number {
  const len = distance(a, b);
  if (len === 0) return distance(p, a);
  return Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / len;
}

/**
 * Along a line: a stretch of the line inside the frame, straight enough (every vertex within a few pixels of its
 * chord) and as long as the text, with the text beside it, turned to run along it and kept upright. Stretches near
 * the middle of the visible line come first.
 */
function lineCandidates(parts: Pt[][], w: number, h: number, frame: { width: number; height: number }, margin: number): Candidate[] {
  const found: Array<Candidate & { score: number }> = [];
  for (const part of parts) {
    const visible = part.filter(([x, y]) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height);
    if (visible.length < 2) continue;
    const centre = visible[Math.floor(visible.length / 2)]!;
    for (let i = 0; i < part.length - 1; i++) {
      let j = i + 1;
      while (j < part.length && distance(part[i]!, part[j]!) < w + 2 * margin) j++;
      if (j >= part.length) break;
      const a = part[i]!;
      const b = part[j]!;
      if (part.slice(i + 1, j).some((p) => distanceToChord(p, a, b) > 3)) continue;
      let angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
      if (angle > Math.PI / 2) angle -= Math.PI;
      if (angle <= -Math.PI / 2) angle += Math.PI;
      const mid: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      // Beside the line, on its upper side, so the line stays visible under the text.
      const off = h / 2 + 2;
      for (const side of [1, -1]) {
        const x = mid[0] + side * off * Math.sin(angle);
        const y = mid[1] - side * off * Math.cos(angle);
        found.push({ x, y, angle, corners: rotatedCorners(x, y, w, h, angle), score: distance(mid, centre) });
      }
    }
  }
  return found.sort((p, q) => p.score - q.score);
}

/**
 * Places one label per marked shape, in the order given (the first marked wins a contested spot), each wholly
 * inside the frame and, where the frame leaves room, clear of the labels placed before it and of `keepClear`.
 * A shape with nothing in the frame gets no label; a label with no free spot takes the first spot inside the frame.
 */
export function placeMarkedLabels(
  frame: { width: number; height: number },
  shapes: MarkedShape[],
  style: LabelStyle,
  measure: MeasureText,
  keepClear: Box[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken = [...keepClear];
  for (const shape of shapes) {
    const w = measure(shape.text, style.font) + 4;
    const h = style.height;
    const points = shape.parts.flat().filter(([x, y]) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height);
    if (!points.length) continue;
    let candidates: Candidate[] = [];
    if (shape.geom === 'line') candidates = lineCandidates(shape.parts, w, h, frame, style.margin);
    if (shape.geom === 'area') candidates = [{ x: points[0]![0], y: points[0]![1], angle: 0, corners: rotatedCorners(points[0]![0], points[0]![1], w, h, 0) }];
    // A point, a line with no straight stretch long enough, or an area whose label point is too near the edge.
    const nearest = [...points].sort((p, q) => distance(p, [frame.width / 2, frame.height / 2]) - distance(q, [frame.width / 2, frame.height / 2]))[0]!;
    candidates = [...candidates, ...pointCandidates(nearest, w, h, 6)];
    const fits = candidates.filter((c) => inside(boxOf(c.corners), frame, style.margin));
    const best = fits.find((c) => !taken.some((t) => overlaps(boxOf(c.corners), t, style.margin))) ?? fits[0] ?? clampInto(candidates[0]!, frame, style.margin);
    const label: PlacedLabel = { id: shape.id, text: shape.text, x: best.x, y: best.y, angle: best.angle, font: style.font, corners: best.corners };
    placed.push(label);
    taken.push(boxOf(label.corners));
  }
  return placed;
}

/** Slides a candidate into the frame (for a label wider than any free spot near its place). */
function clampInto(c: Candidate, frame: { width: number; height: number }, margin: number): Candidate {
  const b = boxOf(c.corners);
  const dx = Math.max(margin - b.x0, 0) - Math.max(b.x1 - (frame.width - margin), 0);
  const dy = Math.max(margin - b.y0, 0) - Math.max(b.y1 - (frame.height - margin), 0);
  return { x: c.x + dx, y: c.y + dy, angle: c.angle, corners: c.corners.map(([x, y]) => [x + dx, y + dy] as Pt) };
}
