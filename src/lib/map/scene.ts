/**
 * What a map shows (a scene: the atlas, the language, the filter, the basemap) and what it takes to bring a map from
 * one scene to the next. The pure half of the map controller (controller.svelte.ts), which applies these steps to
 * MapLibre: as much as possible in place, the camera and the map itself untouched.
 */
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings.ts';
import type { MapFilter } from './filter.ts';
import type { DocumentCounts } from './style.ts';

export interface Scene<Atlas, Basemap> {
  /** Compared by identity: a new atlas is new counts (a text added or removed in the browser). */
  atlas: Atlas;
  lang: Lang;
  /** Compared by value: the app derives a new object whenever anything it depends on changes. */
  filter: MapFilter;
  /** Compared by identity; null for the offline map. */
  basemap: Basemap | null;
  /** The document filter's document, whose passages the counts are (the county shading); none: every document's. */
  only?: DocumentCounts | null;
}

/**
 * - `restyle`: a new basemap. The whole style is built again and MapLibre diffs it against the map's (its basemap
 *   sources and layers come and go); it carries the language, the counts and the stacked points with it.
 * - `relabel`: a new language. Each label layer's `text-field` is set (labelFields), nothing is parsed or tiled again.
 * - `refilter`: a new filter. The style's global state is set (no new style), the stacked points recounted.
 * - `recount`: a new atlas, same geometry, or another document filter. Each changed count is set as feature-state
 *   (style.ts countStatesOf).
 */
export type SceneStep = 'restyle' | 'relabel' | 'refilter' | 'recount';

/** The steps that bring a map showing `shown` to `wanted`, in the order to take them; none when nothing changed. */
export function sceneSteps<A, B>(shown: Scene<A, B>, wanted: Scene<A, B>): SceneStep[] {
  const restyle = wanted.basemap !== shown.basemap;
  const steps: SceneStep[] = restyle ? ['restyle'] : [];
  if (!restyle && wanted.lang !== shown.lang) steps.push('relabel');
  // Also after a restyle: the new style's state only gives defaults, and the map keeps the values it was given.
  if (!sameFilter(wanted.filter, shown.filter)) steps.push('refilter');
  if (!restyle && (wanted.atlas !== shown.atlas || (wanted.only ?? null) !== (shown.only ?? null))) steps.push('recount');
  return steps;
}

export const sameFilter = (a: MapFilter, b: MapFilter): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Each label layer's text in `style` (where the language lives): what a language switch sets, layer by layer. */
export function labelFields(style: StyleSpecification): Array<{ layer: string; field: NonNullable<SymbolLayerSpecification['layout']>['text-field'] }> {
  return style.layers.flatMap((layer) =>
    layer.type === 'symbol' && layer.layout?.['text-field'] !== undefined ? [{ layer: layer.id, field: layer.layout['text-field'] }] : [],
  );
}

/** The places to unflag and to flag to move one feature-state flag from the places `shown` to the places `wanted`. */
export function flagChanges(shown: readonly string[], wanted: readonly string[]): { off: string[]; on: string[] } {
  return { off: shown.filter((id) => !wanted.includes(id)), on: wanted.filter((id) => !shown.includes(id)) };
}
