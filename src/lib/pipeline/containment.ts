import { area, booleanIntersects, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areaContains } from '../geo/area-index.ts';
import type { GazetteerFeature, PlaceCollection, PlaceFeature } from '../geo/types.ts';

type AreaFeature = Feature<Polygon | MultiPolygon> & { properties: GazetteerFeature['properties'] };

const isArea = (f: GazetteerFeature): f is AreaFeature => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

function points(feature: PlaceFeature): Position[] {
  const g = feature.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return [];
}

/**
 * Adds `within` to every place outside the context: the ids of the areas it lies in, so counties and towns can
 * list "places inside". A point is inside an area that contains it; a line, inside every area it crosses; an
 * area, inside a larger one that contains its interior point. The chain of `parent` ids is added too, which
 * places a village the gazetteer does not locate (no geometry) inside its town and county.
 */
export function withContainment(places: PlaceCollection): PlaceCollection {
  const byId = new Map(places.features.map((f) => [f.properties.id, f]));
  const areas = places.features.filter((f): f is AreaFeature => isArea(f) && !f.properties.context).map((f) => ({ feature: f, size: area(f) }));
  const containers = (feature: GazetteerFeature): string[] => {
    if (!feature.geometry) return []; // unlocated: inside its parents only
    const g = feature.geometry.type;
    const candidates = areas.filter((a) => a.feature.properties.id !== feature.properties.id);
    if (g === 'Point' || g === 'MultiPoint') {
      return candidates.filter((a) => points(feature as PlaceFeature).some((p) => areaContains(a.feature.geometry, p))).map((a) => a.feature.properties.id);
    }
    if (g === 'LineString' || g === 'MultiLineString') {
      return candidates.filter((a) => booleanIntersects(feature, a.feature)).map((a) => a.feature.properties.id);
    }
    if (isArea(feature)) {
      const size = area(feature);
      const inner = pointOnFeature(feature);
      return candidates.filter((a) => a.size > size && areaContains(a.feature.geometry, inner.geometry.coordinates)).map((a) => a.feature.properties.id);
    }
    return [];
  };
  const ancestors = (feature: GazetteerFeature): string[] => {
    const chain: string[] = [];
    for (let id = feature.properties.parent; id && !chain.includes(id) && id !== feature.properties.id; id = byId.get(id)?.properties.parent ?? null) {
      chain.push(id);
    }
    return chain;
  };
  return {
    ...places,
    features: places.features.map((f) =>
      f.properties.context ? f : { ...f, properties: { ...f.properties, within: [...new Set([...containers(f), ...ancestors(f)])].sort() } },
    ),
  };
}
