import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { GeometryQuality, PlaceCollection, PlaceProperties } from '../geo/types.ts';
import { furthestStatus } from '../places/status.ts';
import { transportModeOf, type TransportMode } from '../places/transport.ts';

export type GeometryClass = 'point' | 'line' | 'area';

/** What the style reads besides the gazetteer properties; computed once when the data loads. */
export interface MapProperties extends PlaceProperties {
  geom: GeometryClass;
  /** Passages that name the place. */
  mentions: number;
  /** The furthest status the documents state, or '' when they state none. */
  status: string;
  mode: TransportMode | '';
  /** The geometry stands in for something the sources do not locate precisely. */
  schematic: boolean;
}

export type MapCollection = FeatureCollection<Geometry, MapProperties>;

/** What the map draws: the places, and one label point per area (see pipeline/label-points.ts). */
export interface MapData {
  places: MapCollection;
  areaLabels: FeatureCollection<Point, MapProperties>;
}

const SCHEMATIC: GeometryQuality[] = ['approximate', 'station-chain', 'endpoints-only'];

export function geometryClassOf(geometry: Geometry): GeometryClass {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 'point';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Polygon':
    case 'MultiPolygon':
      return 'area';
    case 'GeometryCollection':
      return geometry.geometries[0] ? geometryClassOf(geometry.geometries[0]) : 'point';
  }
}

const isPosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/** The gazetteer plus the derived properties the map style draws from, and the areas' label points. */
export function mapDataOf(places: PlaceCollection, passagesByPlace: Record<string, string[]>): MapData {
  const mapped: MapCollection = {
    type: 'FeatureCollection',
    features: places.features.map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        geom: geometryClassOf(f.geometry),
        mentions: passagesByPlace[f.properties.id]?.length ?? 0,
        status: furthestStatus(f.properties) ?? '',
        mode: f.properties.kind === 'transport' ? transportModeOf(f.properties) : '',
        schematic: SCHEMATIC.includes(f.properties.geometry_quality),
      },
    })),
  };
  const areaLabels: MapData['areaLabels'] = {
    type: 'FeatureCollection',
    features: mapped.features.flatMap((f) => {
      const at = f.properties['label_point'];
      return f.properties.geom === 'area' && isPosition(at) ? [{ type: 'Feature' as const, properties: f.properties, geometry: { type: 'Point' as const, coordinates: at } }] : [];
    }),
  };
  return { places: mapped, areaLabels };
}
