/**
 * Point in area for many points against one large area: Turf's booleanPointInPolygon walks every edge for every
 * point (8,000 villages against a 40,000-vertex county boundary: 3 × 10⁸ edge tests). The area's edges are sorted
 * once into horizontal bands; a point is then tested only against the edges of its band. Same answer as Turf
 * (boundary counts as inside; holes and the polygons of a MultiPolygon by even–odd crossing, which is what they mean
 * for a valid geometry, and the build checks validity before containment).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Edge = readonly [ax: number, ay: number, bx: number, by: number];

class AreaIndex {
  private readonly minY: number;
  private readonly bandHeight: number;
  private readonly bands: Edge[][];

  constructor(area: Polygon | MultiPolygon) {
    const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
    const edges: Edge[] = rings.flatMap((ring) => ring.slice(1).map((b, i): Edge => [ring[i]![0]!, ring[i]![1]!, b[0]!, b[1]!]));
    let [minY, maxY] = [Infinity, -Infinity];
    for (const [, ay, , by] of edges) [minY, maxY] = [Math.min(minY, ay, by), Math.max(maxY, ay, by)];
    this.minY = minY;
    const span = maxY - minY;
    // About √n bands: a band holds about √n edges, and an edge long in latitude is listed in few bands.
    const count = Math.max(1, Math.ceil(Math.sqrt(edges.length)));
    this.bandHeight = span / count || 1;
    this.bands = Array.from({ length: count }, () => []);
    for (const edge of edges) {
      const [from, to] = [this.band(Math.min(edge[1], edge[3])), this.band(Math.max(edge[1], edge[3]))];
      for (let b = from; b <= to; b++) this.bands[b]!.push(edge);
    }
  }

  private band(y: number): number {
    return Math.min(this.bands.length - 1, Math.max(0, Math.floor((y - this.minY) / this.bandHeight)));
  }

  contains([x, y]: Position): boolean {
    if (y! < this.minY || y! > this.minY + this.bandHeight * this.bands.length) return false;
    let inside = false;
    for (const [ax, ay, bx, by] of this.bands[this.band(y!)]!) {
      if (y! < Math.min(ay, by) || y! > Math.max(ay, by)) continue;
      const side = (bx - ax) * (y! - ay) - (by - ay) * (x! - ax);
      if (side === 0 && x! >= Math.min(ax, bx) && x! <= Math.max(ax, bx)) return true; // on the boundary
      if (ay > y! !== by > y! && x! < ax + ((y! - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
    return inside;
  }
}

const indexes = new WeakMap<Polygon | MultiPolygon, AreaIndex>();

/** Whether the position is inside the area or on its boundary; the area's index is built on the first question. */
export function areaContains(area: Polygon | MultiPolygon, position: Position): boolean {
  let index = indexes.get(area);
  if (!index) indexes.set(area, (index = new AreaIndex(area)));
  return index.contains(position);
}
