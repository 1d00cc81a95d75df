/**
 * Polygon validity in O(n log n) for real boundaries: Turf's `kinks` and `booleanValid` compare every edge with every
 * other (a 40,000-vertex boundary took minutes). Same rules as the two together: every ring has ≥ 4 positions and
 * is closed; no edge touches or crosses another (of the same ring or any other ring of the geometry) except its
 * neighbours at their shared vertex; neighbours do not fold back on each other (a spike); no edge has length zero.
 *
 * Edges are swept in order of their least longitude, each compared only with the edges still open at that longitude
 * whose latitude ranges overlap. On a boundary a vertical line meets few edges, so this is near linear; a ring that
 * zigzags across one longitude many times degrades towards the pairwise comparison, never beyond it. Every edge is
 * checked: nothing is sampled.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

interface Edge {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  ring: number;
  index: number;
  /** Edges in the edge's ring: the last and the first are neighbours. */
  ringEdges: number;
}

/** Where a polygon's rings break the rules above, or null when they hold. */
export function polygonFault(geometry: Polygon | MultiPolygon): { reason: string; at: Position } | null {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const edges: Edge[] = [];
  for (const [ring, positions] of rings.entries()) {
    if (positions.length < 4) return { reason: `a ring has ${positions.length} positions (at least 4)`, at: positions[0] ?? [] };
    const first = positions[0]!;
    const last = positions.at(-1)!;
    if (first[0] !== last[0] || first[1] !== last[1]) return { reason: 'a ring is not closed', at: first };
    for (let i = 0; i < positions.length - 1; i++) {
      const [ax, ay] = positions[i]! as [number, number];
      const [bx, by] = positions[i + 1]! as [number, number];
      if (ax === bx && ay === by) return { reason: 'a vertex is repeated', at: [ax, ay] };
      edges.push({ ax, ay, bx, by, minX: Math.min(ax, bx), maxX: Math.max(ax, bx), minY: Math.min(ay, by), maxY: Math.max(ay, by), ring, index: i, ringEdges: positions.length - 1 });
    }
  }
  edges.sort((e, f) => e.minX - f.minX);
  let open: Edge[] = [];
  for (const edge of edges) {
    open = open.filter((o) => o.maxX >= edge.minX);
    for (const other of open) {
      if (other.maxY < edge.minY || other.minY > edge.maxY) continue;
      const fault = neighbours(edge, other) ? foldsBack(edge, other) : touches(edge, other);
      if (fault) return fault;
    }
    open.push(edge);
  }
  return null;
}

function neighbours(e: Edge, f: Edge): boolean {
  if (e.ring !== f.ring) return false;
  const gap = Math.abs(e.index - f.index);
  return gap === 1 || gap === e.ringEdges - 1;
}

const cross = (ox: number, oy: number, ax: number, ay: number, bx: number, by: number) => (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);

/** Neighbouring edges share one vertex; they are a spike when they lie on one line and go back over each other. */
function foldsBack(e: Edge, f: Edge): { reason: string; at: Position } | null {
  const [shared, ex, ey, fx, fy] =
    e.ax === f.bx && e.ay === f.by ? [[e.ax, e.ay], e.bx, e.by, f.ax, f.ay] : [[e.bx, e.by], e.ax, e.ay, f.bx, f.by];
  const [sx, sy] = shared as [number, number];
  if (cross(sx, sy, ex, ey, fx, fy) !== 0) return null;
  const dot = (ex - sx) * (fx - sx) + (ey - sy) * (fy - sy);
  return dot > 0 ? { reason: 'two edges fold back on each other (a spike)', at: shared } : null;
}

const within = (a: number, b: number, c: number) => Math.min(a, b) <= c && c <= Math.max(a, b);

/** Whether (px, py), known to lie on the line through a and b, is on the edge between them. */
const onEdge = (ax: number, ay: number, bx: number, by: number, px: number, py: number) => within(ax, bx, px) && within(ay, by, py);

/** Edges that are not neighbours must not meet at all: crossing, touching and overlapping are all faults. */
function touches(e: Edge, f: Edge): { reason: string; at: Position } | null {
  const d1 = cross(f.ax, f.ay, f.bx, f.by, e.ax, e.ay);
  const d2 = cross(f.ax, f.ay, f.bx, f.by, e.bx, e.by);
  const d3 = cross(e.ax, e.ay, e.bx, e.by, f.ax, f.ay);
  const d4 = cross(e.ax, e.ay, e.bx, e.by, f.bx, f.by);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return { reason: 'edges cross', at: [e.ax + t * (e.bx - e.ax), e.ay + t * (e.by - e.ay)] };
  }
  const touching: Position | undefined =
    d1 === 0 && onEdge(f.ax, f.ay, f.bx, f.by, e.ax, e.ay) ? [e.ax, e.ay]
    : d2 === 0 && onEdge(f.ax, f.ay, f.bx, f.by, e.bx, e.by) ? [e.bx, e.by]
    : d3 === 0 && onEdge(e.ax, e.ay, e.bx, e.by, f.ax, f.ay) ? [f.ax, f.ay]
    : d4 === 0 && onEdge(e.ax, e.ay, e.bx, e.by, f.bx, f.by) ? [f.bx, f.by]
    : undefined;
  return touching ? { reason: 'edges touch', at: touching } : null;
}
