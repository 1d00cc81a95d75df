import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { PlaceCollection } from '../geo/types.ts';

/** Source ids; the data is split by role so each layer reads only what it draws. */
export const SOURCES = { context: 'context', counties: 'counties' } as const;

/**
 * The one z-order of the map, bottom to top. Every layer the app adds is listed here; buildStyle emits
 * them in exactly this order.
 */
export const LAYER_ORDER = [
  'background',
  'neighbour-fill',
  'county-fill',
  'neighbour-outline',
  'county-outline',
  'prefecture-outline',
  'county-selected-outline',
  'neighbour-label',
  'county-label',
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/** Layers whose features open the passage panel when clicked. */
export const CLICKABLE_LAYERS: LayerId[] = ['county-fill'];

export const PALETTE = {
  land: '#f4f1ea',
  water: '#dfe9f0',
  neighbour: '#ebe7de',
  county: '#fbf8f1',
  countyHover: '#f3dfc1',
  countySelected: '#e9b872',
  outline: '#8a7f6e',
  prefecture: '#5b4e3a',
  label: '#3b3226',
  labelHalo: '#fffdf8',
  contextLabel: '#8d8576',
} as const;

const isNeighbour: FilterSpecification = ['==', ['get', 'kind'], 'neighbour'];
const isPrefecture: FilterSpecification = ['==', ['get', 'kind'], 'prefecture'];
const stateIs = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

function layers(): Record<LayerId, LayerSpecification> {
  return {
    background: { id: 'background', type: 'background', paint: { 'background-color': PALETTE.water } },
    'neighbour-fill': {
      id: 'neighbour-fill',
      type: 'fill',
      source: SOURCES.context,
      filter: isNeighbour,
      paint: { 'fill-color': PALETTE.neighbour },
    },
    'county-fill': {
      id: 'county-fill',
      type: 'fill',
      source: SOURCES.counties,
      paint: {
        'fill-color': [
          'case',
          stateIs('selected'),
          PALETTE.countySelected,
          stateIs('hover'),
          PALETTE.countyHover,
          PALETTE.county,
        ],
      },
    },
    'neighbour-outline': {
      id: 'neighbour-outline',
      type: 'line',
      source: SOURCES.context,
      filter: isNeighbour,
      paint: { 'line-color': PALETTE.contextLabel, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    'county-outline': {
      id: 'county-outline',
      type: 'line',
      source: SOURCES.counties,
      paint: { 'line-color': PALETTE.outline, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2] },
    },
    'prefecture-outline': {
      id: 'prefecture-outline',
      type: 'line',
      source: SOURCES.context,
      filter: isPrefecture,
      paint: { 'line-color': PALETTE.prefecture, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.6, 12, 3.5] },
    },
    'county-selected-outline': {
      id: 'county-selected-outline',
      type: 'line',
      source: SOURCES.counties,
      paint: {
        'line-color': PALETTE.prefecture,
        'line-width': 2.5,
        'line-opacity': ['case', stateIs('selected'), 1, 0],
      },
    },
    'neighbour-label': {
      id: 'neighbour-label',
      type: 'symbol',
      source: SOURCES.context,
      filter: isNeighbour,
      layout: { 'text-field': ['get', 'name'], 'text-size': 13 },
      paint: { 'text-color': PALETTE.contextLabel, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.2 },
    },
    'county-label': {
      id: 'county-label',
      type: 'symbol',
      source: SOURCES.counties,
      layout: { 'text-field': ['get', 'name'], 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 17] },
      paint: { 'text-color': PALETTE.label, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.5 },
    },
  };
}

export interface StyleData {
  places: PlaceCollection;
}

/**
 * The whole map style as data. No `glyphs` (labels render from local fonts) and no remote sources, so the map
 * works with no network. Counties use promoteId so feature-state can be addressed by place id.
 */
export function buildStyle({ places }: StyleData): StyleSpecification {
  const byKind = (keep: (kind: string) => boolean): PlaceCollection => ({
    type: 'FeatureCollection',
    features: places.features.filter((f) => keep(f.properties.kind)),
  });
  const all = layers();
  return {
    version: 8,
    name: 'Jinhua Atlas (offline)',
    sources: {
      [SOURCES.context]: { type: 'geojson', data: byKind((k) => k === 'neighbour' || k === 'prefecture'), promoteId: 'id' },
      [SOURCES.counties]: { type: 'geojson', data: byKind((k) => k === 'county'), promoteId: 'id' },
    },
    layers: LAYER_ORDER.map((id) => all[id]),
  };
}
