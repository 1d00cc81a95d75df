import { LANGS, type Lang } from '../i18n/strings.ts';
import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';
import { isAtlasId } from './ids.ts';

export interface MapView {
  /** [longitude, latitude], WGS84. */
  center: [number, number];
  zoom: number;
}

/** Everything a shared link restores: what is selected, open, filtered and visible, and in which language. */
export interface AppState {
  /** Selected place id. */
  place: string | null;
  /** Document open in the reader. */
  doc: string | null;
  /** Passage index in the open document to bring into view. */
  at: number | null;
  /** Document whose places alone the map shows. */
  only: string | null;
  /** County whose places alone the place list shows. */
  county: string | null;
  /** Kinds the reader has hidden. */
  hidden: ToggleKind[];
  /** Map view, or null for "the whole prefecture". */
  view: MapView | null;
  lang: Lang;
}

export const DEFAULT_STATE: AppState = { place: null, doc: null, at: null, only: null, county: null, hidden: [], view: null, lang: 'zh' };

export interface UrlProblem {
  param: string;
  value: string;
  /** malformed: the value cannot be read; unknown: it reads, but names nothing in the atlas. */
  problem: 'malformed' | 'unknown';
}


/**
 * Reads the state from a query string. Never throws: a value that cannot be read is dropped and reported, so a
 * mangled link still opens the default view with a message.
 */
export function parseUrlState(search: string): { state: AppState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const state: AppState = { ...DEFAULT_STATE, hidden: [] };
  const problems: UrlProblem[] = [];
  const read = (param: string, accept: (value: string) => boolean) => {
    const value = params.get(param);
    if (value === null) return null;
    if (accept(value)) return value;
    problems.push({ param, value, problem: 'malformed' });
    return null;
  };
  state.place = read('place', (v) => isAtlasId(v));
  state.doc = read('doc', (v) => isAtlasId(v));
  state.only = read('only', (v) => isAtlasId(v));
  state.county = read('county', (v) => isAtlasId(v));
  const at = read('at', (v) => /^\d{1,5}$/.test(v));
  state.at = at === null || state.doc === null ? null : Number(at);
  const lang = read('lang', (v) => (LANGS as readonly string[]).includes(v));
  if (lang) state.lang = lang as Lang;
  const layers = read('layers', (v) => v === 'none' || v.split(',').every((k) => (TOGGLE_KINDS as readonly string[]).includes(k)));
  if (layers !== null) {
    const visible = new Set(layers === 'none' ? [] : layers.split(','));
    state.hidden = TOGGLE_KINDS.filter((k) => !visible.has(k));
  }
  const view = read('map', (v) => parseView(v) !== null);
  if (view) state.view = parseView(view);
  return { state, problems };
}

/** Reads a `map` view (zoom/lat/lng), or null when it cannot be read; the embed reads its views the same way. */
export function parseView(value: string): MapView | null {
  const match = /^(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(value);
  if (!match) return null;
  const [zoom, lat, lng] = match.slice(1).map(Number) as [number, number, number];
  if (zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom, center: [lng, lat] };
}

/** The canonical query string of a state ('' for the default view), parameters in a fixed order. */
export function searchOf(state: AppState): string {
  const params = new URLSearchParams();
  if (state.place) params.set('place', state.place);
  if (state.doc) params.set('doc', state.doc);
  if (state.doc && state.at !== null) params.set('at', String(state.at));
  if (state.only) params.set('only', state.only);
  if (state.county) params.set('county', state.county);
  if (state.hidden.length) {
    const visible = TOGGLE_KINDS.filter((k) => !state.hidden.includes(k));
    params.set('layers', visible.length ? visible.join(',') : 'none');
  }
  if (state.view) {
    const [lng, lat] = state.view.center;
    params.set('map', `${round(state.view.zoom, 2)}/${round(lat, 5)}/${round(lng, 5)}`);
  }
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  const query = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/**
 * Drops ids that name nothing in the atlas, and a passage its document does not have, reporting each, so an old or
 * mistyped link opens the default view (or the document at its start). `passage` answers whether a document has
 * a passage of that index; without it (or for a document it cannot answer for yet) the index is kept.
 */
export function withKnownIds(
  state: AppState,
  known: { place: (id: string) => boolean; document: (id: string) => boolean; passage?: (doc: string, index: number) => boolean; county?: (id: string) => boolean },
): { state: AppState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const keep = (param: 'place' | 'doc' | 'only' | 'county', isKnown: (id: string) => boolean) => {
    const id = state[param];
    if (id === null || isKnown(id)) return id;
    problems.push({ param, value: id, problem: 'unknown' });
    return null;
  };
  const place = keep('place', known.place);
  const doc = keep('doc', known.document);
  let at = doc === null ? null : state.at;
  if (doc !== null && at !== null && known.passage && !known.passage(doc, at)) {
    problems.push({ param: 'at', value: String(at), problem: 'unknown' });
    at = null;
  }
  return { state: { ...state, place, doc, at, only: keep('only', known.document), county: keep('county', known.county ?? known.place) }, problems };
}

/**
 * Hrefs for the many links a screen shows (every place name, every passage): the parts of the state they share
 * are written once, so each link costs a string join. Each href equals `searchOf` of the state it leads to.
 */
export function linksFrom(state: AppState) {
  const shared = searchOf({ ...DEFAULT_STATE, only: state.only, county: state.county, hidden: state.hidden, view: state.view, lang: state.lang }).slice(1);
  const query = (...parts: string[]) => {
    const joined = parts.filter(Boolean).join('&');
    return joined ? `?${joined}` : '';
  };
  const placePart = (id: string | null) => (id ? `place=${id}` : '');
  const docPart = (doc: string | null, at: number | null) => (doc ? `doc=${doc}${at !== null ? `&at=${at}` : ''}` : '');
  return {
    place: (id: string) => query(placePart(id), docPart(state.doc, state.at), shared),
    passage: (documentId: string, index: number) => query(placePart(state.place), docPart(documentId, index), shared),
    document: (documentId: string) => query(placePart(state.place), docPart(documentId, null), shared),
  };
}
