import { area, polygon } from '@turf/turf';
import polylabel from 'polylabel';
import type { PlaceCollection } from '../geo/types.ts';

/** About 100 m: finer than any label needs. */
const PRECISION_DEGREES = 0.001;

/**
 * Adds `label_point` ([lon, lat]) to every area: the point deepest inside its largest polygon (polylabel). The
 * map labels areas there once, instead of once per tile the polygon is cut into, and never outside a concave shape.
 */
export function withLabelPoints(places: PlaceCollection): PlaceCollection {
  return {
    ...places,
    features: places.features.map((f) => {
      const g = f.geometry;
      const rings = !g ? null : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
      if (!rings) return f;
      const largest = rings.reduce((best, r) => (area(polygon(r)) > area(polygon(best)) ? r : best));
      const [lon, lat] = polylabel(largest, PRECISION_DEGREES);
      return { ...f, properties: { ...f.properties, label_point: [round(lon!), round(lat!)] } };
    }),
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
