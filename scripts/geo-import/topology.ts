/**
 * Shared-border simplification and dissolve for boundary polygons, with topojson (server → simplify → client):
 * the polygons become one topology whose shared borders are single arcs, the arcs are simplified (Visvalingam,
 * by triangle area), and the polygons are read back from the same arcs, so two neighbours' common border stays
 * identical point for point. A dissolve merges polygons along their shared arcs, so it matches them exactly.
 */
import { featureCollection, kinks, union } from '@turf/turf';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

export type Area = Polygon | MultiPolygon;

/** A ring needs three distinct corners; fewer is what simplification leaves of a tiny island. */
function hasCorners(ring: Position[]): boolean {
  return new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3;
}

function polygonsOf(geometry: Area): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Drops rings left without corners (an outer ring takes its holes with it); null when nothing is left. */
function withoutCollapsedRings(geometry: Area): Area | null {
  const polygons = polygonsOf(geometry)
    .filter((rings) => rings.length > 0 && hasCorners(rings[0]!))
    .map((rings) => rings.filter(hasCorners));
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** The shapes as one topology, in one geometry collection `shapes`, in their order (properties stay with the caller). */
function toTopology(features: Feature<Area, unknown>[]): Topology<{ shapes: GeometryCollection }> {
  const collection: FeatureCollection<Area> = { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) };
  return topology({ shapes: collection }) as Topology<{ shapes: GeometryCollection }>;
}

/**
 * Simplifies the polygons together, keeping `keep` (0–1) of the vertices that simplification may remove (arc
 * ends, where three or more polygons meet, always stay). Same order and properties as the input.
 */
export function simplifyShared<P>(features: Feature<Area, P>[], keep: number): Feature<Area | null, P>[] {
  const topo = presimplify(toTopology(features));
  const simplified = simplifyWithoutCrossings(topo, quantile(topo, keep));
  return simplified.objects.shapes.geometries.map((geometry, i) => {
    const shape = feature(simplified, geometry) as Feature<Area | null>;
    return { ...features[i]!, geometry: shape.geometry && withoutCollapsedRings(shape.geometry) };
  });
}

/** Is p on the segment a–b (up to rounding)? */
function onSegment(p: Position, a: Position, b: Position): boolean {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  const length = Math.hypot(bx - ax, by - ay);
  if (Math.abs(cross) > 1e-9 * Math.max(length, 1e-12)) return false;
  return px >= Math.min(ax, bx) - 1e-9 && px <= Math.max(ax, bx) + 1e-9 && py >= Math.min(ay, by) - 1e-9 && py <= Math.max(ay, by) + 1e-9;
}

/**
 * Simplifies, then repairs: where a simplified ring crosses itself or another ring of its polygon, the vertices
 * removed from the crossing segments are put back, until nothing crosses. Arcs are shared, so a repair applies to
 * both sides of a border alike.
 */
function simplifyWithoutCrossings(topo: Topology<{ shapes: GeometryCollection }>, minWeight: number): Topology<{ shapes: GeometryCollection }> {
  const MAX_ROUNDS = 100;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const simplified = simplify(topo, minWeight);
    const crossings = simplified.objects.shapes.geometries.flatMap((geometry) => {
      const shape = feature(simplified, geometry) as Feature<Area | null>;
      return shape.geometry ? kinks(shape as Feature<Area>).features.map((k) => k.geometry.coordinates) : [];
    });
    if (crossings.length === 0) return simplified;
    simplified.arcs.forEach((arc, i) => {
      const original = topo.arcs[i]!;
      for (let j = 1; j < arc.length; j++) {
        if (!crossings.some((p) => onSegment(p, arc[j - 1]!, arc[j]!))) continue;
        // The kept ends of this segment are the first points of the original arc at those positions, in order.
        const from = original.findIndex((q) => q[0] === arc[j - 1]![0] && q[1] === arc[j - 1]![1]);
        const to = original.findIndex((q, k) => k > from && q[0] === arc[j]![0] && q[1] === arc[j]![1]);
        for (let k = from + 1; k < to; k++) original[k]![2] = Infinity;
      }
    });
  }
  throw new Error(`simplification still leaves crossing rings after ${MAX_ROUNDS} rounds of repair`);
}

/** The union of polygons that share borders exactly (as simplifyShared leaves them), merged along those borders. */
export function dissolve(features: Feature<Area, unknown>[]): Area {
  const topo = toTopology(features);
  const merged = merge(topo, topo.objects.shapes.geometries as Array<TopoPolygon | TopoMultiPolygon>);
  return withoutCollapsedRings(merged) ?? merged;
}

/**
 * The union of polygons that need not share borders exactly (and may overlap, as some source islands do), by
 * polygon clipping, then simplified alone: for an outline drawn as context, not shared with anything.
 */
export function unionAndSimplify(features: Feature<Area, unknown>[], keep: number): Area {
  const outline = union(featureCollection(features as Feature<Area>[]))!;
  return simplifyShared([outline], keep)[0]!.geometry!;
}
