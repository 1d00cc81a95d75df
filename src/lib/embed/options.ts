/**
 * What an embed shows, read from the embed page's query string or from the web component's attributes (the same
 * names in both), and written back by the embed-code builder. The parameters it shares with the explorer's links
 * (place, doc, layers, map, lang) are read and written by the same codec (src/lib/url/codec.ts), so an explorer
 * link's query works as an embed's.
 */
import type { Lang } from '../i18n/strings.ts';
import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';
import { keepKnown, oneOf, paramReader, parseId, parseIdList, parseLang, parseLayers, parseView, queryOf, writeLayers, writeView, type MapView, type Parse, type UrlProblem } from '../url/codec.ts';
import type { AppState } from '../url/state.ts';

/** Where the passages go: `auto` puts them beside a wide map and below a narrow one; `none` hides them. */
export const PANEL_MODES = ['auto', 'below', 'beside', 'none'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];

export interface EmbedOptions {
  /** Places to highlight and frame, in the order given; the first one's passages open first. */
  places: string[];
  /** Kinds drawn, or null for the default (all). */
  layers: ToggleKind[] | null;
  /** Only passages from this document (and only the places it names). */
  doc: string | null;
  lang: Lang;
  panel: PanelMode;
  /** A picture of the map: no pan, zoom, click or controls besides attribution. */
  static: boolean;
  /** The editor's headline, or null for one generated from the places. */
  headline: string | null;
  /** The editor's words under the headline, or null for a sentence generated from the places. */
  description: string | null;
  /** Notes under the map and legend, the source of the story's facts, and who made the map: the editor's or none. */
  notes: string | null;
  source: string | null;
  byline: string | null;
  /** A fixed view, or null to frame the places (or the prefecture) at whatever size the embed gets. */
  view: MapView | null;
  /** Map height in CSS pixels, or null for a height that follows the width. */
  height: number | null;
}

export const DEFAULT_OPTIONS: EmbedOptions = {
  places: [],
  layers: null,
  doc: null,
  lang: 'zh',
  panel: 'auto',
  static: false,
  headline: null,
  description: null,
  notes: null,
  source: null,
  byline: null,
  view: null,
  height: null,
};

/** Every option name, as used in the query string and as a web component attribute. */
export const OPTION_NAMES = ['place', 'doc', 'layers', 'map', 'lang', 'panel', 'static', 'headline', 'description', 'notes', 'source', 'byline', 'height'] as const;

/** The editor's texts: each is free text of a bounded length, shown as text (never as HTML). */
export const TEXT_LIMITS = { headline: 200, description: 400, notes: 600, source: 200, byline: 100 } as const;
type TextOption = keyof typeof TEXT_LIMITS;
const TEXT_OPTIONS = Object.keys(TEXT_LIMITS) as TextOption[];

/** Places an embed frames at most (a longer list is refused as malformed). */
export const MAX_PLACES = 20;
export const HEIGHT_RANGE = { min: 160, max: 1200 } as const;

// `static` and `static=1` (and the bare attribute) switch it on; `static=0` is the default spelled out.
const parseSwitch: Parse<boolean> = (value) => (['', '1', 'true'].includes(value) ? true : ['0', 'false'].includes(value) ? false : null);
const parseText =
  (limit: number): Parse<string> =>
  (value) =>
    value.trim().length > 0 && value.length <= limit ? value.trim() : null;
const parseHeight: Parse<number> = (value) =>
  /^\d{1,4}$/.test(value) && Number(value) >= HEIGHT_RANGE.min && Number(value) <= HEIGHT_RANGE.max ? Number(value) : null;

/**
 * Reads options from query parameters (or attributes put into URLSearchParams). Never throws: a value that
 * cannot be read is dropped and reported, so a mangled embed still shows the map.
 */
export function parseEmbedOptions(params: URLSearchParams): { options: EmbedOptions; problems: UrlProblem[] } {
  const { read, problems } = paramReader(params);
  const options: EmbedOptions = {
    places: read('place', parseIdList(MAX_PLACES)) ?? [],
    doc: read('doc', parseId),
    layers: read('layers', parseLayers),
    view: read('map', parseView),
    lang: read('lang', parseLang) ?? DEFAULT_OPTIONS.lang,
    panel: read('panel', oneOf(PANEL_MODES)) ?? DEFAULT_OPTIONS.panel,
    static: read('static', parseSwitch) ?? DEFAULT_OPTIONS.static,
    ...(Object.fromEntries(TEXT_OPTIONS.map((name) => [name, read(name, parseText(TEXT_LIMITS[name]))])) as Record<TextOption, string | null>),
    height: read('height', parseHeight),
  };
  return { options, problems };
}

/** The canonical query string of the options ('' when all are defaults), parameters in a fixed order. */
export function embedSearch(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.places.length) params.set('place', options.places.join(','));
  if (options.doc) params.set('doc', options.doc);
  if (options.layers) params.set('layers', writeLayers(options.layers));
  if (options.view) params.set('map', writeView(options.view));
  if (options.lang !== DEFAULT_OPTIONS.lang) params.set('lang', options.lang);
  if (options.panel !== DEFAULT_OPTIONS.panel) params.set('panel', options.panel);
  if (options.static) params.set('static', '1');
  for (const name of TEXT_OPTIONS) {
    const text = options[name];
    if (text) params.set(name, text);
  }
  if (options.height !== null) params.set('height', String(options.height));
  return queryOf(params);
}

/** The same options as element attributes (name → value; '' for a boolean attribute that is present). */
export function embedAttributes(options: EmbedOptions): Array<[name: string, value: string]> {
  return [...new URLSearchParams(embedSearch(options))].map(([name, value]) => [name, name === 'static' ? '' : value]);
}

/** Reads options from an element's attributes: the same names and values as the query string. */
export function optionsFromAttributes(element: Pick<Element, 'getAttribute'>) {
  const params = new URLSearchParams();
  for (const name of OPTION_NAMES) {
    const value = element.getAttribute(name);
    if (value !== null) params.set(name, value);
  }
  return parseEmbedOptions(params);
}

/**
 * Drops the ids that name nothing in the atlas, reporting each, so an old or mistyped embed still shows the rest.
 */
export function withKnownIds(
  options: EmbedOptions,
  known: { place: (id: string) => boolean; document: (id: string) => boolean },
): { options: EmbedOptions; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const places = options.places.filter((id) => keepKnown('place', id, known.place, problems) !== null);
  const doc = keepKnown('doc', options.doc, known.document, problems);
  return { options: { ...options, places, doc }, problems };
}

/** The explorer's query for what the embed shows, for "open in the atlas": it reads the same parameter names. */
export function atlasSearch(options: EmbedOptions, placeId: string | null): string {
  return embedSearch({ ...DEFAULT_OPTIONS, places: placeId ? [placeId] : [], doc: options.doc, layers: options.layers, lang: options.lang });
}

/** The explorer's state as far as an embed can show it: `only` (the document whose places the map shows) becomes `doc`. */
export type ExplorerState = Pick<AppState, 'place' | 'only' | 'hidden' | 'view' | 'lang'>;

/** The embed options for what the explorer shows now; the view is kept only when asked, else the embed frames. */
export function optionsFromExplorer(state: ExplorerState, keepView: boolean): EmbedOptions {
  const hidden = new Set(state.hidden);
  return {
    ...DEFAULT_OPTIONS,
    places: state.place ? [state.place] : [],
    doc: state.only,
    layers: hidden.size ? TOGGLE_KINDS.filter((k) => !hidden.has(k)) : null,
    view: keepView ? state.view : null,
    lang: state.lang,
  };
}
