import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { PlaceKind } from '../geo/types.ts';
import type { Lang } from '../i18n/strings.ts';
import type { Basemap } from './basemaps.ts';
import { stacksOf, type MapData } from './features.ts';
import type { MapFilter } from './filter.ts';

/** The GeoJSON source of every place, with `id` promoted so feature-state is addressed by place id. */
export const SOURCE = 'atlas';
/** One label point per place that is not a line (see features.ts labelPointOf). */
export const LABEL_SOURCE = 'atlas-labels';
/** One point per spot where several shown places stand on the same point; rebuilt when the filter changes. */
export const STACK_SOURCE = 'atlas-stacks';

/**
 * The one z-order of the map, bottom to top. Every layer the app adds is listed here; buildStyle emits them in
 * exactly this order. An online basemap's layers go between 'background' and the first overlay layer.
 * Symbol layers are last; MapLibre places the topmost first, so county labels win collisions, then points.
 */
export const LAYER_ORDER = [
  'background',
  'neighbour-fill',
  'county-fill',
  'area-fill',
  'neighbour-outline',
  'province-outline',
  'county-outline',
  'area-outline',
  'prefecture-outline',
  'county-focus',
  'area-focus',
  'line-focus',
  'line-uncertainty',
  'line-casing',
  'line',
  'line-rail-ticks',
  'line-hit',
  'point-uncertainty',
  'point-focus',
  'point',
  'point-stack',
  'point-stack-count',
  'point-hit',
  'neighbour-label',
  'line-label',
  'area-label',
  'point-label',
  'county-label',
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/** The first overlay layer: an online basemap is inserted just below it. */
export const FIRST_OVERLAY: LayerId = 'neighbour-fill';

/** Layers whose features can be hovered and clicked, topmost first: small things win over the areas under them. */
export const CLICKABLE_LAYERS: LayerId[] = ['point-hit', 'line-hit', 'area-fill', 'county-fill'];

/** The kinds a reader can show and hide, in legend order. Context (prefecture, neighbours) is always shown. */
export const TOGGLE_KINDS = ['county', 'district', 'town', 'village', 'park', 'water', 'landmark', 'transport', 'project'] as const satisfies readonly PlaceKind[];
export type ToggleKind = (typeof TOGGLE_KINDS)[number];

export const PALETTE = {
  /** Beyond the neighbouring prefectures: land we do not draw, kept quiet. */
  beyond: '#e4e1da',
  neighbour: '#ebe7de',
  /** County shading, from "never named" to "named most often". */
  countyScale: ['#fbf9f3', '#f5e6c8', '#edc990', '#dfa55a'],
  outline: '#8a7f6e',
  prefecture: '#4d4131',
  focus: '#c2410c',
  label: '#3b3226',
  labelHalo: '#fffdf8',
  contextLabel: '#8d8576',
  kind: {
    county: '#dfa55a',
    district: '#7d5ba6',
    town: '#7a4a2a',
    village: '#9c6b3c',
    park: '#3f7f4a',
    water: '#3d7ab8',
    landmark: '#b03a2e',
    transport: '#37474f',
    project: '#b8367a',
  } satisfies Record<ToggleKind, string>,
  mode: { rail: '#2f3b45', expressway: '#d07020', expresswayCasing: '#8a4513', road: '#b8932a', other: '#37474f' },
} as const;

export function globalStateOf(filter: MapFilter): Record<string, unknown> {
  return { hiddenKinds: [...filter.hiddenKinds], onlyIds: [...(filter.onlyIds ?? [])], onlyActive: filter.onlyIds !== null };
}

const get = (key: string): ExpressionSpecification => ['get', key];
const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', get('kind'), ['literal', kinds]];
const geomIs = (geom: 'point' | 'line' | 'area'): ExpressionSpecification => ['==', get('geom'), geom];
const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const focused: ExpressionSpecification = ['any', state('hover'), state('selected')];
const isContext: ExpressionSpecification = ['any', kindIs('prefecture', 'neighbour'), ['==', ['coalesce', get('context'), false], true]];
const shownKind: ExpressionSpecification = ['!', ['in', get('kind'), ['array', 'string', ['global-state', 'hiddenKinds']]]];
const inChosenDocument: ExpressionSpecification = [
  'any',
  ['!', ['boolean', ['global-state', 'onlyActive'], false]],
  ['in', get('id'), ['array', 'string', ['global-state', 'onlyIds']]],
];
/** Gazetteer places other than counties and context, of one geometry class, as filtered by the reader. */
const placesOf = (geom: 'point' | 'line' | 'area', ...more: ExpressionSpecification[]): FilterSpecification => [
  'all',
  geomIs(geom),
  ['!', isContext],
  ['!', kindIs('county')],
  shownKind,
  inChosenDocument,
  ...more,
];
const counties: FilterSpecification = ['all', kindIs('county'), shownKind];
const kindColour: ExpressionSpecification = [
  'match',
  get('kind'),
  ...Object.entries(PALETTE.kind).flat(),
  PALETTE.kind.landmark,
] as ExpressionSpecification;
const lineColour: ExpressionSpecification = [
  'match',
  get('mode'),
  'rail',
  PALETTE.mode.rail,
  'expressway',
  PALETTE.mode.expressway,
  'road',
  PALETTE.mode.road,
  kindColour,
];
const unbuilt: ExpressionSpecification = ['in', get('status'), ['literal', ['proposed', 'planned', 'under-construction']]];
const byZoom = (low: number | ExpressionSpecification, high: number | ExpressionSpecification, from = 8, to = 13): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  from,
  low,
  to,
  high,
];
const labelHalo = { 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.6, 'text-halo-blur': 0.5 };

function labelText(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', get('name_en'), get('name')] : get('name');
}

/** Base point radius by kind, so a village reads smaller than a town. */
const pointRadius: ExpressionSpecification = ['match', get('kind'), 'village', 3.2, 'landmark', 3.6, 'district', 4.2, 4.4];

function layers(lang: Lang, maxMentions: number, withBasemap: boolean): Record<LayerId, LayerSpecification> {
  const text = labelText(lang);
  const shade = Math.log(1 + Math.max(1, maxMentions));
  const [c0, c1, c2, c3] = PALETTE.countyScale;
  return {
    background: { id: 'background', type: 'background', paint: { 'background-color': PALETTE.beyond } },
    'neighbour-fill': {
      id: 'neighbour-fill',
      type: 'fill',
      source: SOURCE,
      filter: kindIs('neighbour'),
      paint: { 'fill-color': PALETTE.neighbour, 'fill-opacity': withBasemap ? 0 : 1 },
    },
    'county-fill': {
      id: 'county-fill',
      type: 'fill',
      source: SOURCE,
      filter: counties,
      paint: {
        // Shaded by how many passages name the county, on a log scale so one dominant county does not flatten the rest.
        'fill-color': ['interpolate', ['linear'], ['ln', ['+', 1, get('mentions')]], 0, c0, shade / 3, c1, (2 * shade) / 3, c2, shade, c3],
        'fill-opacity': ['case', inChosenDocument, withBasemap ? 0.55 : 1, withBasemap ? 0.15 : 0.45],
      },
    },
    'area-fill': {
      id: 'area-fill',
      type: 'fill',
      source: SOURCE,
      filter: placesOf('area'),
      paint: { 'fill-color': kindColour, 'fill-opacity': ['case', focused, 0.4, 0.18] },
    },
    'neighbour-outline': {
      id: 'neighbour-outline',
      type: 'line',
      source: SOURCE,
      filter: kindIs('neighbour'),
      paint: { 'line-color': PALETTE.contextLabel, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    'province-outline': {
      id: 'province-outline',
      type: 'line',
      source: SOURCE,
      filter: kindIs('province'),
      paint: { 'line-color': PALETTE.contextLabel, 'line-width': 1.6, 'line-opacity': 0.7 },
    },
    'county-outline': {
      id: 'county-outline',
      type: 'line',
      source: SOURCE,
      filter: counties,
      paint: { 'line-color': PALETTE.outline, 'line-width': byZoom(0.8, 2) },
    },
    'area-outline': {
      id: 'area-outline',
      type: 'line',
      source: SOURCE,
      filter: placesOf('area'),
      paint: {
        'line-color': kindColour,
        'line-width': 1,
        'line-dasharray': ['case', get('schematic'), ['literal', [2, 2]], ['literal', [1, 0]]],
      },
    },
    'prefecture-outline': {
      id: 'prefecture-outline',
      type: 'line',
      source: SOURCE,
      filter: kindIs('prefecture'),
      paint: { 'line-color': PALETTE.prefecture, 'line-width': byZoom(1.8, 3.5, 7, 12) },
    },
    'county-focus': {
      id: 'county-focus',
      type: 'line',
      source: SOURCE,
      filter: counties,
      paint: {
        'line-color': PALETTE.focus,
        'line-width': ['case', state('selected'), 3.2, 2],
        'line-opacity': ['case', focused, 1, 0],
      },
    },
    'area-focus': {
      id: 'area-focus',
      type: 'line',
      source: SOURCE,
      filter: placesOf('area'),
      paint: { 'line-color': PALETTE.focus, 'line-width': 2.5, 'line-opacity': ['case', focused, 1, 0] },
    },
    'line-focus': {
      id: 'line-focus',
      type: 'line',
      source: SOURCE,
      filter: placesOf('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.focus,
        'line-width': byZoom(['case', state('selected'), 9, 7], ['case', state('selected'), 14, 11]),
        'line-opacity': ['case', focused, 0.55, 0],
      },
    },
    // A station-chain line runs straight between sourced stations: a soft band says "the track is around here".
    'line-uncertainty': {
      id: 'line-uncertainty',
      type: 'line',
      source: SOURCE,
      filter: placesOf('line', get('schematic')),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': lineColour, 'line-width': byZoom(8, 16), 'line-opacity': 0.16, 'line-blur': 3 },
    },
    'line-casing': {
      id: 'line-casing',
      type: 'line',
      source: SOURCE,
      filter: placesOf('line', ['==', get('mode'), 'expressway']),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.mode.expresswayCasing,
        'line-width': byZoom(3.6, 7),
        'line-dasharray': ['case', unbuilt, ['literal', [2, 1.5]], ['literal', [1, 0]]],
      },
    },
    line: {
      id: 'line',
      type: 'line',
      source: SOURCE,
      filter: placesOf('line'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': lineColour,
        'line-width': byZoom(
          ['match', get('mode'), 'expressway', 2.2, 'rail', 2.6, 'road', 1.8, 2],
          ['match', get('mode'), 'expressway', 4.5, 'rail', 4.5, 'road', 3.5, 3.5],
        ),
        // Planned, proposed or under construction: dashed.
        'line-dasharray': ['case', unbuilt, ['literal', [2, 1.5]], ['literal', [1, 0]]],
      },
    },
    // The classic railway look (dark line, white ticks), for railways that run.
    'line-rail-ticks': {
      id: 'line-rail-ticks',
      type: 'line',
      source: SOURCE,
      filter: placesOf('line', ['==', get('mode'), 'rail'], ['!', unbuilt]),
      paint: { 'line-color': '#ffffff', 'line-width': byZoom(1, 2), 'line-dasharray': [3, 3] },
    },
    // Thin lines are hard to hit: a wide invisible line takes the pointer.
    'line-hit': {
      id: 'line-hit',
      type: 'line',
      source: SOURCE,
      filter: placesOf('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 18 },
    },
    // An approximate point stands for "somewhere around here": a soft disc and a hollow marker say so.
    'point-uncertainty': {
      id: 'point-uncertainty',
      type: 'circle',
      source: SOURCE,
      filter: placesOf('point', get('schematic')),
      paint: { 'circle-color': kindColour, 'circle-opacity': 0.14, 'circle-radius': byZoom(10, 20), 'circle-blur': 0.4 },
    },
    'point-focus': {
      id: 'point-focus',
      type: 'circle',
      source: SOURCE,
      filter: placesOf('point'),
      paint: {
        'circle-color': PALETTE.focus,
        'circle-opacity': ['case', focused, 0.3, 0],
        'circle-radius': byZoom(['+', pointRadius, 7], ['+', ['*', pointRadius, 1.6], 9]),
      },
    },
    point: {
      id: 'point',
      type: 'circle',
      source: SOURCE,
      filter: placesOf('point'),
      paint: {
        'circle-radius': byZoom(pointRadius, ['*', pointRadius, 1.6]),
        'circle-color': ['case', get('schematic'), '#ffffff', ['==', get('kind'), 'transport'], lineColour, kindColour],
        'circle-stroke-color': [
          'case',
          focused,
          PALETTE.focus,
          get('schematic'),
          ['case', ['==', get('kind'), 'transport'], lineColour, kindColour],
          '#ffffff',
        ],
        'circle-stroke-width': ['case', focused, 2.6, get('schematic'), 2, 1.4],
      },
    },
    // Several places the sources can only put at one point (often a town or county seat): one numbered disc.
    'point-stack': {
      id: 'point-stack',
      type: 'circle',
      source: STACK_SOURCE,
      paint: {
        'circle-radius': byZoom(8, 11),
        'circle-color': '#ffffff',
        'circle-stroke-color': PALETTE.prefecture,
        'circle-stroke-width': 1.8,
      },
    },
    'point-stack-count': {
      id: 'point-stack-count',
      type: 'symbol',
      source: STACK_SOURCE,
      layout: {
        'text-field': ['to-string', get('count')],
        'text-size': byZoom(10, 12),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': PALETTE.prefecture },
    },
    'point-hit': {
      id: 'point-hit',
      type: 'circle',
      source: SOURCE,
      filter: placesOf('point'),
      paint: { 'circle-radius': byZoom(11, 14), 'circle-color': '#000000', 'circle-opacity': 0 },
    },
    'neighbour-label': {
      id: 'neighbour-label',
      type: 'symbol',
      source: LABEL_SOURCE,
      filter: kindIs('neighbour'),
      layout: { 'text-field': text, 'text-size': 13, 'text-padding': 6 },
      paint: { 'text-color': PALETTE.contextLabel, ...labelHalo },
    },
    'line-label': {
      id: 'line-label',
      type: 'symbol',
      source: SOURCE,
      filter: placesOf('line'),
      minzoom: 8.5,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': text,
        'text-size': byZoom(11, 13),
        'text-padding': 4,
        'text-max-angle': 35,
        'symbol-sort-key': ['-', get('mentions')],
      },
      paint: { 'text-color': lineColour, ...labelHalo },
    },
    'area-label': {
      id: 'area-label',
      type: 'symbol',
      source: LABEL_SOURCE,
      filter: placesOf('area'),
      minzoom: 9,
      layout: { 'text-field': text, 'text-size': byZoom(11, 13), 'text-max-width': 7, 'text-padding': 4 },
      paint: { 'text-color': kindColour, ...labelHalo },
    },
    'point-label': {
      id: 'point-label',
      type: 'symbol',
      source: LABEL_SOURCE,
      filter: placesOf('point'),
      layout: {
        // Towns, lines and projects are labelled from the overview; villages and landmarks once there is room.
        'text-field': ['step', ['zoom'], ['case', kindIs('village', 'landmark', 'district'), '', text], 10, text],
        'text-size': byZoom(11, 13.5),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['case', ['>', ['coalesce', get('stacked'), 0], 1], 1.1, 0.65],
        'text-justify': 'auto',
        'text-max-width': 8,
        'text-padding': 3,
        'symbol-sort-key': ['-', get('mentions')],
      },
      paint: {
        'text-color': ['case', ['==', get('kind'), 'transport'], lineColour, kindColour],
        ...labelHalo,
      },
    },
    'county-label': {
      id: 'county-label',
      type: 'symbol',
      source: LABEL_SOURCE,
      filter: counties,
      layout: { 'text-field': text, 'text-size': byZoom(12.5, 18, 7, 11), 'text-padding': 6 },
      paint: { 'text-color': PALETTE.label, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.8 },
    },
  };
}

export interface StyleOptions {
  data: MapData;
  lang: Lang;
  filter: MapFilter;
  /** An online basemap drawn under the overlays, or null for the offline map. */
  basemap?: Basemap | null;
}

/**
 * The whole map style as data. Offline (no basemap): no `glyphs` (labels render from local fonts), no sprite and
 * no remote source, so the map works with no network.
 */
export function buildStyle({ data, lang, filter, basemap = null }: StyleOptions): StyleSpecification {
  const maxMentions = Math.max(0, ...data.places.features.filter((f) => f.properties.kind === 'county').map((f) => f.properties.mentions));
  const all = layers(lang, maxMentions, basemap !== null);
  const overlay = LAYER_ORDER.map((id) => all[id]);
  const defaults = Object.fromEntries(Object.entries(globalStateOf(filter)).map(([key, value]) => [key, { default: value }]));
  return {
    version: 8,
    name: 'Jinhua Atlas',
    state: defaults,
    sources: {
      ...basemap?.sources,
      [SOURCE]: { type: 'geojson', data: data.places, promoteId: 'id' },
      [LABEL_SOURCE]: { type: 'geojson', data: data.labels },
      [STACK_SOURCE]: { type: 'geojson', data: stacksOf(data.places, filter) },
    },
    layers: basemap ? [overlay[0]!, ...basemap.layers, ...overlay.slice(1)] : overlay,
  };
}
