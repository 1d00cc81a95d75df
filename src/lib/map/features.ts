import type { FeatureCollection, Geometry } from 'geojson';
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

/** The gazetteer plus the derived properties the map style draws from. */
export function mapFeaturesOf(places: PlaceCollection, passagesByPlace: Record<string, string[]>): MapCollection {
  return {
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
}
