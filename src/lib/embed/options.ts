/**
 * What an embed shows, read from the embed page's query string or from the web component's attributes (the same
 * names in both), and written back by the embed-code builder. Parameter names and values follow the explorer's
 * links (place, doc, layers, map, lang; src/lib/url/state.ts), so an explorer link's query works as an embed's.
 */
import { LANGS, type Lang } from '../i18n/strings.ts';
import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';
import { parseView, type AppState, type MapView } from '../url/state.ts';
import { isAtlasId } from '../url/ids.ts';

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

export interface OptionProblem {
  param: string;
  value: string;
  /** malformed: the value cannot be read; unknown: it reads, but names nothing in the atlas. */
  problem: 'malformed' | 'unknown';
}

/** Places an embed frames at most (a longer list is refused as malformed). */
export const MAX_PLACES = 20;
export const HEIGHT_RANGE = { min: 160, max: 1200 } as const;

/**
 * Reads options from query parameters (or attributes put into URLSearchParams). Never throws: a value that
 * cannot be read is dropped and reported, so a mangled embed still shows the map.
 */
export function parseEmbedOptions(params: URLSearchParams): { options: EmbedOptions; problems: OptionProblem[] } {
  const options: EmbedOptions = { ...DEFAULT_OPTIONS, places: [] };
  const problems: OptionProblem[] = [];
  const read = (param: (typeof OPTION_NAMES)[number], accept: (value: string) => boolean): string | null => {
    const value = params.get(param);
    if (value === null) return null;
    if (accept(value)) return value;
    problems.push({ param, value, problem: 'malformed' });
    return null;
  };

  const place = read('place', (v) => {
    const ids = v.split(',');
    return ids.length <= MAX_PLACES && ids.every((id) => isAtlasId(id));
  });
  if (place) options.places = [...new Set(place.split(','))];
  options.doc = read('doc', (v) => isAtlasId(v));
  const layers = read('layers', (v) => v === 'none' || v.split(',').every((k) => (TOGGLE_KINDS as readonly string[]).includes(k)));
  if (layers !== null) options.layers = layers === 'none' ? [] : TOGGLE_KINDS.filter((k) => layers.split(',').includes(k));
  const view = read('map', (v) => parseView(v) !== null);
  if (view) options.view = parseView(view);
  const lang = read('lang', (v) => (LANGS as readonly string[]).includes(v));
  if (lang) options.lang = lang as Lang;
  const panel = read('panel', (v) => (PANEL_MODES as readonly string[]).includes(v));
  if (panel) options.panel = panel as PanelMode;
  // `static` and `static=1` (and the bare attribute) switch it on; `static=0` is the default spelled out.
  const isStatic = read('static', (v) => ['', '1', 'true', '0', 'false'].includes(v));
  if (isStatic !== null) options.static = isStatic === '' || isStatic === '1' || isStatic === 'true';
  for (const name of TEXT_OPTIONS) {
    const text = read(name, (v) => v.trim().length > 0 && v.length <= TEXT_LIMITS[name]);
    if (text) options[name] = text.trim();
  }
  const height = read('height', (v) => /^\d{1,4}$/.test(v) && Number(v) >= HEIGHT_RANGE.min && Number(v) <= HEIGHT_RANGE.max);
  if (height) options.height = Number(height);
  return { options, problems };
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** The canonical query string of the options ('' when all are defaults), parameters in a fixed order. */
export function embedSearch(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.places.length) params.set('place', options.places.join(','));
  if (options.doc) params.set('doc', options.doc);
  if (options.layers) params.set('layers', options.layers.length ? options.layers.join(',') : 'none');
  if (options.view) {
    const [lng, lat] = options.view.center;
    params.set('map', `${round(options.view.zoom, 2)}/${round(lat, 5)}/${round(lng, 5)}`);
  }
  if (options.lang !== DEFAULT_OPTIONS.lang) params.set('lang', options.lang);
  if (options.panel !== DEFAULT_OPTIONS.panel) params.set('panel', options.panel);
  if (options.static) params.set('static', '1');
  for (const name of TEXT_OPTIONS) {
    const text = options[name];
    if (text) params.set(name, text);
  }
  if (options.height !== null) params.set('height', String(options.height));
  const query = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return query ? `?${query}` : '';
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
): { options: EmbedOptions; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const places = options.places.filter((id) => {
    if (known.place(id)) return true;
    problems.push({ param: 'place', value: id, problem: 'unknown' });
    return false;
  });
  let doc = options.doc;
  if (doc !== null && !known.document(doc)) {
    problems.push({ param: 'doc', value: doc, problem: 'unknown' });
    doc = null;
  }
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
