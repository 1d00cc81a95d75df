import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { PlaceKind } from '../geo/types.ts';
import type { Lang } from '../i18n/strings.ts';
import type { Basemap } from './basemaps.ts';
import { GROUND_KINDS, stacksOf, type MapData } from './features.ts';
import type { MapFilter } from './filter.ts';
import type { ToggleKind } from './kinds.ts';

/** The GeoJSON source of every place, with `id` promoted so feature-state is addressed by place id. */
export const SOURCE = 'atlas';
/** The same for the ground: counties, prefecture, neighbouring prefectures, province (features.ts GROUND_KINDS). */
export const GROUND_SOURCE = 'atlas-ground';

/** The source that holds a place of this kind, for its feature-state. */
export const sourceOfKind = (kind: PlaceKind): string => (GROUND_KINDS.has(kind) ? GROUND_SOURCE : SOURCE);
/** One label point per place (not of the ground: its own are in its source) that is not a line (features.ts). */
export const LABEL_SOURCE = 'atlas-labels';
/** One point per spot where several shown places stand on the same point; rebuilt when the filter changes. */
export const STACK_SOURCE = 'atlas-stacks';
/** The offline map's reference (features.ts MapData.reference): never selected, never counted in a legend. */
export const REFERENCE_SOURCE = 'atlas-reference';

/**
 * The one z-order of the map, bottom to top. Every layer the app adds is listed here; buildStyle emits them in
 * exactly this order. An online basemap's layers go between 'background' and the first overlay layer.
 * Symbol layers are last, but for the reference's names (under every place, placed after every other label); MapLibre
 * places the topmost first, so county labels win collisions, then points.
 */
export const LAYER_ORDER = [
  'background',
  'land-fill',
  'area-fill',
  'neighbour-outline',
  'province-outline',
  'county-outline',
  'area-outline',
  'reference-line',
  'reference-town',
  'water-line',
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
  'reference-label',
  'point-stack',
  'point-stack-count',
  'point-hit',
  'neighbour-label',
  'line-label',
  'area-label',
  'point-label',
  'point-stack-label',
  'county-label',
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/**
 * What the map draws first: the counties, shaded and named, inside the prefecture's outline, all from the ground's
 * source. Every further layer costs a share of the time to the first view on a machine without a GPU (measured in
 * bench/ui-load.bench.ts), so the context lines, the highlights and the places follow once it has drawn
 * (`styleAdditions`, components/maplibre.ts `showAllPlaces`).
 */
export const FIRST_VIEW_LAYERS: ReadonlySet<LayerId> = new Set(['background', 'land-fill', 'county-outline', 'prefecture-outline', 'county-label']);

/** The first overlay layer: an online basemap is inserted just below it, over the background. */
export const FIRST_OVERLAY: LayerId = 'land-fill';

/** Layers whose features can be hovered and clicked, topmost first: small things win over the areas under them. */
export const CLICKABLE_LAYERS: LayerId[] = ['point-hit', 'line-hit', 'area-fill', 'land-fill'];

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
  /** The offline map's reference (towns, rivers, track the filter leaves out): quiet, so the places stand out. */
  reference: { ink: '#a39a8a', water: '#9fbcd6', label: '#7d7466' },
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
  return { hiddenKinds: [...filter.hiddenKinds], onlyIds: [...(filter.onlyIds ?? [])], onlyActive: filter.onlyIds !== null, namedIds: [...(filter.namedIds ?? [])] };
}

/**
 * Villages are many (hundreds with a point) and small: drawn from zoom 12, where the prefecture is some 4,000 px
 * across and a village's dot no longer sits on its town's seat, and labelled from 13, where there is room for their
 * names beside the towns'. A village the open document or the selection names is drawn and labelled at any zoom.
 * (MapLibre evaluates zoom in a filter at whole zoom levels.)
 */
export const VILLAGE_POINT_ZOOM = 12;
/** The reference's town seats and names, from the zoom where every place is labelled. */
export const REFERENCE_TOWN_ZOOM = 9.5;
export const VILLAGE_LABEL_ZOOM = 13;

const get = (key: string): ExpressionSpecification => ['get', key];
const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', get('kind'), ['literal', kinds]];
const geomIs = (geom: 'point' | 'line' | 'area'): ExpressionSpecification => ['==', get('geom'), geom];
/** `holds`: the area or seat standing in for a selected place no source locates (it lies somewhere in it). */
const state = (key: 'hover' | 'selected' | 'holds'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const focused: ExpressionSpecification = ['any', state('hover'), state('selected')];
const focusedOrHolds: ExpressionSpecification = ['any', focused, state('holds')];
const isContext: ExpressionSpecification = ['any', kindIs('prefecture', 'neighbour'), ['==', ['coalesce', get('context'), false], true]];
const shownKind: ExpressionSpecification = ['!', ['in', get('kind'), ['array', 'string', ['global-state', 'hiddenKinds']]]];
const inChosenDocument: ExpressionSpecification = [
  'any',
  ['!', ['boolean', ['global-state', 'onlyActive'], false]],
  ['in', get('id'), ['array', 'string', ['global-state', 'onlyIds']]],
];
/**
 * The reference where the reader's filter leaves the place out (a hidden kind, another document): with the offline
 * map, a reader zoomed into a town still sees the towns, rivers and railways around it.
 */
const referenceOnly: ExpressionSpecification = ['!', ['all', shownKind, inChosenDocument]];
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
/** A village is drawn from a zoom where it reads, or at any zoom when the open document or the selection names it. */
const villageShown = (fromZoom: number): ExpressionSpecification => [
  'any',
  ['!', kindIs('village')],
  ['>=', ['zoom'], fromZoom],
  ['in', get('id'), ['array', 'string', ['global-state', 'namedIds']]],
];
const counties: ExpressionSpecification = ['all', kindIs('county'), shownKind];
/** The ground's source holds its areas and their label points. */
const groundAreas = (filter: ExpressionSpecification): FilterSpecification => ['all', ['==', ['geometry-type'], 'Polygon'], filter];
const groundLabels = (filter: ExpressionSpecification): FilterSpecification => ['all', ['==', ['geometry-type'], 'Point'], filter];
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

/*
 * Shader variants. MapLibre compiles one WebGL program per layer type and per combination of which paint
 * properties are constant, per-feature or per-feature-and-zoom; compiling is most of the time to the first
 * view (bench/ui-load.bench.ts). So every layer of a type below gives its paint properties the same kinds:
 * `perFeature` makes a constant per-feature on purpose, so all lines, all circles, all fills and all labels
 * share one program each.
 */
type Value = number | string | ExpressionSpecification;
const perFeature = (value: Value | number[]): ExpressionSpecification => [
  'case',
  ['has', 'id'],
  Array.isArray(value) && typeof value[0] === 'number' ? ['literal', value] : (value as Value),
  Array.isArray(value) && typeof value[0] === 'number' ? ['literal', value] : (value as Value),
];

interface LinePaint {
  color: Value;
  /** Width at zoom 8 and at zoom 13. */
  width: [Value, Value];
  opacity?: Value;
  dasharray?: number[] | ExpressionSpecification;
  blur?: number;
}
function lineLayer(id: LayerId, filter: FilterSpecification, paint: LinePaint, layout: LayerSpecification['layout'] = {}, source = SOURCE): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    filter,
    layout: { 'line-join': 'round', ...layout },
    paint: {
      'line-color': perFeature(paint.color),
      'line-width': byZoom(perFeature(paint.width[0]), perFeature(paint.width[1])),
      'line-opacity': perFeature(paint.opacity ?? 1),
      'line-dasharray': perFeature(paint.dasharray ?? [1, 0]),
      'line-blur': paint.blur ?? 0,
    },
  } as LayerSpecification;
}

interface CirclePaint {
  color: Value;
  /** Radius at zoom 8 and at zoom 13. */
  radius: [Value, Value];
  opacity?: Value;
  strokeColor?: Value;
  strokeWidth?: Value;
  blur?: number;
}
function circleLayer(id: LayerId, source: string, filter: FilterSpecification, paint: CirclePaint): LayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    filter,
    paint: {
      'circle-color': perFeature(paint.color),
      'circle-radius': byZoom(perFeature(paint.radius[0]), perFeature(paint.radius[1])),
      'circle-opacity': perFeature(paint.opacity ?? 1),
      'circle-stroke-color': perFeature(paint.strokeColor ?? '#ffffff'),
      'circle-stroke-width': perFeature(paint.strokeWidth ?? 0),
      'circle-blur': paint.blur ?? 0,
    },
  } as LayerSpecification;
}

/** `opacity`: at zoom 9 and at zoom 13. */
function fillLayer(id: LayerId, filter: FilterSpecification, color: Value, opacity: [Value, Value], source = SOURCE): LayerSpecification {
  // No antialiasing: every fill has an outline layer over it, and the antialiasing pass is a second program.
  return {
    id,
    type: 'fill',
    source,
    filter,
    paint: { 'fill-color': perFeature(color), 'fill-opacity': byZoom(perFeature(opacity[0]), perFeature(opacity[1]), 9, 13), 'fill-antialias': false },
  };
}

function labelLayer(id: LayerId, source: string, filter: FilterSpecification, color: Value, layout: LayerSpecification['layout'], minzoom?: number): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    filter,
    ...(minzoom === undefined ? {} : { minzoom }),
    layout,
    paint: { 'text-color': perFeature(color), ...labelHalo },
  } as LayerSpecification;
}

/**
 * Point labels by zoom: the overview names only the places the documents name most (3 passages or more), so it
 * stays legible and the first view has few glyphs to draw; from zoom 9.5 every place is labelled and the
 * collision of labels decides, the most named first.
 */
function pointLabel(id: LayerId, source: string, filter: FilterSpecification, text: ExpressionSpecification): LayerSpecification {
  const prominent: ExpressionSpecification = ['>=', get('mentions'), 3];
  return labelLayer(id, source, filter, ['case', ['==', get('kind'), 'transport'], lineColour, kindColour], {
    'text-field': ['step', ['zoom'], ['case', prominent, text, ''], 9.5, text],
    'text-size': byZoom(11, 13.5),
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': ['case', ['>', ['coalesce', get('count'), 1], 1], 1.1, 0.65],
    'text-justify': 'auto',
    'text-max-width': 8,
    'text-padding': 3,
    'symbol-sort-key': ['-', get('mentions')],
  });
}

function labelText(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', get('name_en'), get('name')] : get('name');
}

/** Base point radius by kind, so a village reads smaller than a town. */
const pointRadius: ExpressionSpecification = ['match', get('kind'), 'village', 3.2, 'landmark', 3.6, 'district', 4.2, 4.4];
const pointColour: ExpressionSpecification = ['case', ['==', get('kind'), 'transport'], lineColour, kindColour];
const solid = [1, 0];

/** How many passages name a place: all of them, or under the document filter (`only`) that document's. */
const mentionsIn = (only: DocumentCounts | null) => (place: { id: string; mentions: number }) => (only ? only.passagesNaming(place.id) : place.mentions);

/** The most passages naming one county (in the filtered document, if any): the top of the county shading's scale. */
export const maxCountyMentions = (data: MapData, only: DocumentCounts | null = null): number =>
  Math.max(0, ...data.ground.features.filter((f) => f.properties.kind === 'county').map((f) => mentionsIn(only)(f.properties)));

/** A county's shade on a log scale from 0 (never named) to 1 (named as often as the most named county). */
export const countyShade = (mentions: number, maxMentions: number): number => Math.log(1 + mentions) / Math.log(1 + Math.max(1, maxMentions));

/**
 * The counts a text added or removed in the browser changes, as feature-state (`mentions` for every place, `shade`
 * for the counties too), so the map follows without MapLibre parsing and tiling its sources again. What reads counts
 * in a layout property or a filter (labels' prominence and order) cannot read feature-state: it keeps the counts
 * the sources were built with.
 */
export interface CountState {
  mentions: number;
  shade?: number;
}

/** The document of the document filter, as far as the map counts: how many of its passages name a place. */
export interface DocumentCounts {
  passagesNaming(placeId: string): number;
}

/**
 * Every place's count state in `data`, by id, with the source that holds it; under the document filter (`only`),
 * the passages of that document, so the counties are shaded by how often it names them, as the lists count.
 */
export function countStatesOf(data: MapData, only: DocumentCounts | null = null): Map<string, { source: string; state: CountState }> {
  const countOf = mentionsIn(only);
  const max = maxCountyMentions(data, only);
  const states = new Map<string, { source: string; state: CountState }>();
  for (const f of [...data.ground.features, ...data.places.features]) {
    const { id, kind } = f.properties;
    if (states.has(id)) continue; // the ground holds an area and its label point under one id
    const mentions = countOf(f.properties);
    states.set(id, { source: sourceOfKind(kind), state: kind === 'county' ? { mentions, shade: countyShade(mentions, max) } : { mentions } });
  }
  return states;
}

/** The states of `next` that differ from `shown`'s: what the map needs to be told. */
export function changedCountStates(
  shown: ReadonlyMap<string, { source: string; state: CountState }>,
  next: ReadonlyMap<string, { source: string; state: CountState }>,
): Array<{ id: string; source: string; state: CountState }> {
  const changed: Array<{ id: string; source: string; state: CountState }> = [];
  for (const [id, { source, state }] of next) {
    const before = shown.get(id)?.state;
    if (before?.mentions !== state.mentions || before.shade !== state.shade) changed.push({ id, source, state });
  }
  return changed;
}

function layers(lang: Lang, maxMentions: number, withBasemap: boolean): Record<LayerId, LayerSpecification> {
  const text = labelText(lang);
  const [c0, c1, c2, c3] = PALETTE.countyScale;
  // Counties shaded by how many passages name them, on a log scale so one dominant county does not flatten the rest.
  const landOpacity = (counties: number): ExpressionSpecification => [
    'case',
    kindIs('neighbour'),
    withBasemap ? 0 : 1,
    ['case', inChosenDocument, (withBasemap ? 0.55 : 1) * counties, (withBasemap ? 0.15 : 0.45) * counties],
  ];
  // The live shade is feature-state (countStatesOf); until it is set, the one the source's counts give.
  const shade: ExpressionSpecification = ['coalesce', ['feature-state', 'shade'], ['/', ['ln', ['+', 1, get('mentions')]], Math.log(1 + Math.max(1, maxMentions))]];
  const countyFill: ExpressionSpecification = ['interpolate', ['linear'], shade, 0, c0, 1 / 3, c1, 2 / 3, c2, 1, c3];
  return {
    background: { id: 'background', type: 'background', paint: { 'background-color': PALETTE.beyond } },
    'land-fill': fillLayer(
      'land-fill',
      groundAreas(['any', kindIs('neighbour'), counties]),
      ['case', kindIs('neighbour'), PALETTE.neighbour, countyFill],
      // Full shading for the overview; calmer close up, where the places matter more than the county.
      [landOpacity(1), landOpacity(0.6)],
      GROUND_SOURCE,
    ),
    'area-fill': fillLayer('area-fill', placesOf('area'), kindColour, [['case', focused, 0.4, 0.18], ['case', focused, 0.4, 0.18]]),
    'neighbour-outline': lineLayer('neighbour-outline', groundAreas(kindIs('neighbour')), { color: PALETTE.contextLabel, width: [0.8, 0.8], dasharray: [3, 2] }, {}, GROUND_SOURCE),
    'province-outline': lineLayer('province-outline', groundAreas(kindIs('province')), { color: PALETTE.contextLabel, width: [1.6, 1.6], opacity: 0.7 }, {}, GROUND_SOURCE),
    'county-outline': lineLayer('county-outline', groundAreas(counties), { color: PALETTE.outline, width: [0.8, 2] }, {}, GROUND_SOURCE),
    'area-outline': lineLayer('area-outline', placesOf('area'), {
      color: kindColour,
      width: [1, 1],
      dasharray: ['case', get('schematic'), ['literal', [2, 2]], ['literal', solid]],
    }),
    // The offline map's reference, muted and under every place; an online basemap brings its own.
    'reference-line': lineLayer(
      'reference-line',
      ['all', referenceOnly, geomIs('line')],
      { color: ['case', kindIs('water'), PALETTE.reference.water, PALETTE.reference.ink], width: [0.8, 1.8] },
      { visibility: withBasemap ? 'none' : 'visible' },
      REFERENCE_SOURCE,
    ),
    'reference-town': {
      ...circleLayer('reference-town', REFERENCE_SOURCE, ['all', referenceOnly, kindIs('town')], { color: PALETTE.reference.ink, radius: [1.6, 2.6] }),
      minzoom: REFERENCE_TOWN_ZOOM,
      layout: { visibility: withBasemap ? 'none' : 'visible' },
    } as LayerSpecification,
    // Rivers: blue, under the transport lines and every label, over the areas.
    'water-line': lineLayer('water-line', placesOf('line', kindIs('water')), { color: PALETTE.kind.water, width: [1.2, 3] }),
    'prefecture-outline': lineLayer('prefecture-outline', groundAreas(kindIs('prefecture')), { color: PALETTE.prefecture, width: [1.9, 3.2] }, {}, GROUND_SOURCE),
    'county-focus': lineLayer(
      'county-focus',
      groundAreas(counties),
      {
        color: PALETTE.focus,
        width: [['case', ['any', state('selected'), state('holds')], 3.2, 2], ['case', ['any', state('selected'), state('holds')], 3.6, 2.4]],
        opacity: ['case', focusedOrHolds, 1, 0],
      },
      {},
      GROUND_SOURCE,
    ),
    'area-focus': lineLayer('area-focus', placesOf('area'), { color: PALETTE.focus, width: [2.5, 2.5], opacity: ['case', focusedOrHolds, 1, 0] }),
    'line-focus': lineLayer(
      'line-focus',
      placesOf('line'),
      { color: PALETTE.focus, width: [['case', state('selected'), 9, 7], ['case', state('selected'), 14, 11]], opacity: ['case', focused, 0.55, 0] },
      { 'line-cap': 'round' },
    ),
    // A station-chain line runs straight between sourced stations: a soft band says "the track is around here".
    'line-uncertainty': lineLayer('line-uncertainty', placesOf('line', get('schematic')), { color: lineColour, width: [8, 16], opacity: 0.16, blur: 3 }, { 'line-cap': 'round' }),
    'line-casing': lineLayer(
      'line-casing',
      placesOf('line', ['==', get('mode'), 'expressway']),
      { color: PALETTE.mode.expresswayCasing, width: [3.6, 7], dasharray: ['case', unbuilt, ['literal', [2, 1.5]], ['literal', solid]] },
      { 'line-cap': 'round' },
    ),
    line: lineLayer('line', placesOf('line', ['!', kindIs('water')]), {
      color: lineColour,
      width: [
        ['match', get('mode'), 'expressway', 2.2, 'rail', 2.6, 'road', 1.8, 2],
        ['match', get('mode'), 'expressway', 4.5, 'rail', 4.5, 'road', 3.5, 3.5],
      ],
      // Planned, proposed or under construction: dashed.
      dasharray: ['case', unbuilt, ['literal', [2, 1.5]], ['literal', solid]],
    }),
    // The classic railway look (dark line, white ticks), for railways that run.
    'line-rail-ticks': lineLayer('line-rail-ticks', placesOf('line', ['==', get('mode'), 'rail'], ['!', unbuilt]), { color: '#ffffff', width: [1, 2], dasharray: [3, 3] }),
    // Thin lines are hard to hit: a wide invisible line takes the pointer (constant opacity 0: never drawn).
    'line-hit': {
      id: 'line-hit',
      type: 'line',
      source: SOURCE,
      filter: placesOf('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 18 },
    },
    // An approximate point stands for "somewhere around here": a soft disc and a hollow marker say so.
    'point-uncertainty': circleLayer('point-uncertainty', SOURCE, placesOf('point', get('schematic'), villageShown(VILLAGE_POINT_ZOOM)), {
      color: kindColour,
      opacity: 0.14,
      radius: [10, 20],
      blur: 0.4,
    }),
    // A disc under a hovered or selected point; a ring around the seat that stands in for a place no source locates.
    'point-focus': circleLayer('point-focus', SOURCE, placesOf('point', villageShown(VILLAGE_POINT_ZOOM)), {
      color: PALETTE.focus,
      opacity: ['case', focused, 0.3, 0],
      radius: [['+', pointRadius, 7], ['+', ['*', pointRadius, 1.6], 9]],
      strokeColor: PALETTE.focus,
      strokeWidth: ['case', state('holds'), 2.6, 0],
    }),
    point: circleLayer('point', SOURCE, placesOf('point', villageShown(VILLAGE_POINT_ZOOM)), {
      radius: [pointRadius, ['*', pointRadius, 1.6]],
      color: ['case', get('schematic'), '#ffffff', pointColour],
      strokeColor: ['case', focused, PALETTE.focus, get('schematic'), pointColour, '#ffffff'],
      strokeWidth: ['case', focused, 2.6, get('schematic'), 2, 1.4],
    }),
    // Several places the sources can only put at one point (often a town or county seat): one numbered disc.
    'point-stack': circleLayer('point-stack', STACK_SOURCE, ['>', get('count'), 1], {
      color: '#ffffff',
      radius: [8, 11],
      strokeColor: PALETTE.prefecture,
      strokeWidth: 1.8,
    }),
    'point-stack-count': labelLayer('point-stack-count', STACK_SOURCE, ['>', get('count'), 1], PALETTE.prefecture, {
      'text-field': ['to-string', get('count')],
      'text-size': byZoom(10, 12),
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    }),
    // Constant opacity 0: never drawn, only queried.
    'point-hit': {
      id: 'point-hit',
      type: 'circle',
      source: SOURCE,
      filter: placesOf('point', villageShown(VILLAGE_POINT_ZOOM)),
      paint: { 'circle-radius': byZoom(11, 14), 'circle-color': '#000000', 'circle-opacity': 0 },
    },
    // Last in placement (MapLibre places the topmost symbols first): every place's own label wins over these.
    'reference-label': labelLayer(
      'reference-label',
      REFERENCE_SOURCE,
      ['all', referenceOnly, kindIs('town')],
      PALETTE.reference.label,
      { 'text-field': text, 'text-size': byZoom(10.5, 12), 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.5, 'text-padding': 3, visibility: withBasemap ? 'none' : 'visible' },
      REFERENCE_TOWN_ZOOM,
    ),
    'neighbour-label': labelLayer('neighbour-label', GROUND_SOURCE, groundLabels(kindIs('neighbour')), PALETTE.contextLabel, { 'text-field': text, 'text-size': 13, 'text-padding': 6 }),
    'line-label': labelLayer(
      'line-label',
      SOURCE,
      placesOf('line'),
      lineColour,
      {
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': text,
        'text-size': byZoom(11, 13),
        'text-padding': 4,
        'text-max-angle': 35,
        'symbol-sort-key': ['-', get('mentions')],
      },
      9.5,
    ),
    'area-label': labelLayer('area-label', LABEL_SOURCE, placesOf('area'), kindColour, { 'text-field': text, 'text-size': byZoom(11, 13), 'text-max-width': 7, 'text-padding': 4 }, 9.5),
    'point-label': pointLabel('point-label', LABEL_SOURCE, placesOf('point', ['<=', get('stacked'), 1], villageShown(VILLAGE_LABEL_ZOOM)), text),
    // Places stacked on one point are labelled once, with the name of the one that leads them (features.ts stacksOf).
    'point-stack-label': pointLabel('point-stack-label', STACK_SOURCE, ['all'], text),
    'county-label': {
      ...labelLayer('county-label', GROUND_SOURCE, groundLabels(counties), PALETTE.label, { 'text-field': text, 'text-size': byZoom(12.5, 18, 7, 11), 'text-padding': 6 }),
      paint: { 'text-color': perFeature(PALETTE.label), 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.8, 'text-halo-blur': 0.5 },
    } as LayerSpecification,
  };
}

export interface StyleOptions {
  data: MapData;
  lang: Lang;
  filter: MapFilter;
  /** An online basemap drawn under the overlays, or null for the offline map. */
  basemap?: Basemap | null;
  /** Only the first view's layers (FIRST_VIEW_LAYERS) and the sources they read. */
  firstView?: boolean;
}

/**
 * The whole map style as data. Offline (no basemap): no `glyphs` (labels render from local fonts), no sprite and
 * no remote source, so the map works with no network.
 */
export function buildStyle({ data, lang, filter, basemap = null, firstView = false }: StyleOptions): StyleSpecification {
  const all = layers(lang, maxCountyMentions(data), basemap !== null);
  const overlay = LAYER_ORDER.filter((id) => !firstView || FIRST_VIEW_LAYERS.has(id)).map((id) => all[id]);
  const defaults = Object.fromEntries(Object.entries(globalStateOf(filter)).map(([key, value]) => [key, { default: value }]));
  // Built only if a layer reads them (the first view reads the ground's alone).
  const overlaySources: Record<string, () => SourceSpecification> = {
    // Simplified per zoom by up to 1.5 px (MapLibre's default is 0.375): the borders look the same and the worker
    // cuts the counties and neighbouring prefectures into tiles with far fewer vertices (bench/ui-load.bench.ts).
    [GROUND_SOURCE]: () => ({ type: 'geojson', data: data.ground, promoteId: 'id', tolerance: 1.5 }),
    [SOURCE]: () => ({ type: 'geojson', data: data.places, promoteId: 'id' }),
    [LABEL_SOURCE]: () => ({ type: 'geojson', data: data.labels }),
    [STACK_SOURCE]: () => ({ type: 'geojson', data: stacksOf(data.places, filter) }),
    [REFERENCE_SOURCE]: () => ({ type: 'geojson', data: data.reference }),
  };
  const read = new Set(overlay.map((layer) => ('source' in layer ? layer.source : '')));
  const sources = Object.entries(overlaySources).flatMap(([id, source]) => (read.has(id) ? [[id, source()] as const] : []));
  // The first view draws FIRST_OVERLAY too, so a basemap has the same place in either style.
  const basemapAt = overlay.findIndex((layer) => layer.id === FIRST_OVERLAY);
  return {
    version: 8,
    name: 'Jinhua Atlas',
    state: defaults,
    sources: { ...basemap?.sources, ...Object.fromEntries(sources) },
    layers: basemap ? [...overlay.slice(0, basemapAt), ...basemap.layers, ...overlay.slice(basemapAt)] : overlay,
  };
}

/** What turns the map's current style into `full`: the sources it lacks, and the layers it lacks with where each goes. */
export interface StyleAdditions {
  sources: Array<[id: string, source: StyleSpecification['sources'][string]]>;
  /** In the order to add them; each `beforeId` is a layer the map has by then (none: on top). */
  layers: Array<{ layer: LayerSpecification; beforeId?: string }>;
}

export function styleAdditions(full: StyleSpecification, has: { source(id: string): boolean; layer(id: string): boolean }): StyleAdditions {
  const layers: StyleAdditions['layers'] = [];
  // From the top down, so that the layer just above each missing one is on the map when it is added.
  for (let i = full.layers.length - 1; i >= 0; i--) {
    const layer = full.layers[i]!;
    const beforeId = full.layers[i + 1]?.id;
    if (!has.layer(layer.id)) layers.push(beforeId === undefined ? { layer } : { layer, beforeId });
  }
  return { sources: Object.entries(full.sources).filter(([id]) => !has.source(id)), layers };
}
