/**
 * MapLibre as the app's maps use it (the explorer's and the embed's): its worker comes from the bundle, and is
 * started now, while the atlas data is still loading, rather than when the first map is created.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Atlas } from '../app/atlas.ts';
import type { PlaceProperties } from '../geo/types.ts';
import { creditsOf, type MapProperties, type StackCollection } from './features.ts';
import { changedCountStates, sourceOfKind, STACK_SOURCE, styleAdditions, type CountState, type LayerId } from './style.ts';
import { MARKS } from '../perf-marks.ts';

maplibregl.setWorkerUrl(workerUrl);
maplibregl.prewarm();

/**
 * A map is created with the first view (`buildStyle({ firstView: true })`: the counties inside the prefecture);
 * once that has drawn, this adds what the whole style has beyond it (the context, the highlights, the places), each
 * layer in its place in the z-order. Resolves at the next `idle`: every place drawn, and the labels' fade-in done
 * (what an exported PNG should show).
 */
export function showAllPlaces(map: maplibregl.Map, full: maplibregl.StyleSpecification): Promise<void> {
  performance.mark(MARKS.load);
  const additions = styleAdditions(full, { source: (id) => map.getSource(id) !== undefined, layer: (id) => map.getLayer(id) !== undefined });
  for (const [id, source] of additions.sources) map.addSource(id, source);
  for (const { layer, beforeId } of additions.layers) map.addLayer(layer, beforeId);
  const markDrawn = () => {
    if (!map.loaded()) return;
    map.off('render', markDrawn);
    performance.mark(MARKS.complete);
  };
  map.on('render', markDrawn);
  return new Promise((resolve) => map.once('idle', () => resolve()));
}

/**
 * Brings the map's counts up to a new atlas (a text added in the browser or removed): each changed count is set as
 * feature-state (style.ts countStatesOf), so no source is parsed and tiled again; the small source of stacked points
 * (whose label is the most-named place there) gets new data only when that changed. Returns the states now shown. Marks
 * `MARKS.updated` at the first frame drawn with them.
 */
export function updateCounts(
  map: maplibregl.Map,
  shown: ReadonlyMap<string, { source: string; state: CountState }>,
  next: ReadonlyMap<string, { source: string; state: CountState }>,
  /** The stacked points' new data, or null when the counts leave them as they are (most often: no worker trip). */
  stacks: StackCollection | null,
): ReadonlyMap<string, { source: string; state: CountState }> {
  performance.mark(MARKS.updating);
  setCounts(map, shown, next);
  if (stacks) map.getSource<maplibregl.GeoJSONSource>(STACK_SOURCE)?.setData(stacks);
  const drawn = () => {
    if (!map.loaded()) return;
    map.off('render', drawn);
    performance.mark(MARKS.updated);
  };
  map.on('render', drawn);
  map.triggerRepaint();
  return next;
}

/** Sets as feature-state each count of `next` that differs from the map's (`shown`); returns the states now shown. */
export function setCounts(
  map: maplibregl.Map,
  shown: ReadonlyMap<string, { source: string; state: CountState }>,
  next: ReadonlyMap<string, { source: string; state: CountState }>,
): ReadonlyMap<string, { source: string; state: CountState }> {
  for (const { id, source, state } of changedCountStates(shown, next)) map.setFeatureState({ source, id }, { ...state });
  return next;
}

/** Sets feature-state (hover, selected) on a place, in whichever source holds it; an unknown place is left alone. */
export function setPlaceState(map: maplibregl.Map, place: Pick<PlaceProperties, 'id' | 'kind'> | undefined, state: Record<string, boolean>): void {
  if (place) map.setFeatureState({ source: sourceOfKind(place.kind), id: place.id }, state);
}

/**
 * Sets hover or selection where the map shows a place: on the place itself, or, for a place no source locates, on
 * the area or seat standing in for it (the nearest with a geometry), where selection shows as `holds`.
 */
export function flagPlace(map: maplibregl.Map, atlas: Pick<Atlas, 'standIn'>, id: string, key: 'hover' | 'selected', value: boolean): void {
  const shown = atlas.standIn(id);
  if (!shown) return;
  const flag = shown.own || key === 'hover' ? key : 'holds';
  setPlaceState(map, shown.feature.properties, { [flag]: value });
}

/** The layers that draw each place's own geometry (not highlights or hit areas): what a credit is owed for. */
export const CREDITED_LAYERS: LayerId[] = ['area-fill', 'reference-line', 'water-line', 'line', 'point'];

/**
 * The map's attribution: the project's own line, and the credit of every licensed geometry drawn in the current
 * view (OpenStreetMap track, GSHHG rivers …, from the features' `credit`), updated whenever the map settles. The
 * PNG export reads the same credits from the map it draws (embed/export-render.ts), so the image credits what it shows.
 */
export class CreditedAttribution extends maplibregl.AttributionControl {
  readonly #base: string;
  #shown = '';
  #map: maplibregl.Map | null = null;

  /** `compact`: behind an (i) button, and on a phone folded to start with instead of covering the bottom of the map. */
  constructor(base: string, compact: boolean) {
    super({ compact, customAttribution: base });
    this.#base = base;
  }

  override onAdd(map: maplibregl.Map): HTMLElement {
    const element = super.onAdd(map);
    this.#map = map;
    if (this.options.compact && map.getContainer().clientWidth < 600) element.classList.remove('maplibregl-compact-show');
    map.on('idle', this.#credit);
    // Added again to a map that has settled (a language switch): credit what is drawn now, not at the next idle.
    if (map.loaded()) this.#credit();
    return element;
  }

  override onRemove(): void {
    this.#map?.off('idle', this.#credit);
    this.#map = null;
    super.onRemove();
  }

  #credit = () => {
    const map = this.#map;
    if (!map) return;
    const layers = CREDITED_LAYERS.filter((id) => map.getLayer(id)); // none before the places are added
    const drawn = layers.length ? map.queryRenderedFeatures({ layers }).map((f) => f.properties as Partial<MapProperties>) : [];
    // MapLibre reads attribution as HTML; credits are text, and the licensors' own English words (marked so).
    const lines = [this.#base, ...creditsOf(drawn).map((credit) => `<span lang="en">${escapeHtml(credit)}</span>`)];
    if (lines.join('\n') === this.#shown) return;
    this.#shown = lines.join('\n');
    this.options = { ...this.options, customAttribution: lines };
    this._updateAttributions();
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export { maplibregl };
