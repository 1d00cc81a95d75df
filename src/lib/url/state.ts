import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';
import type { Lang } from '../i18n/strings.ts';
import { keepKnown, paramReader, parseId, parseLang, parseLayers, parseView, queryOf, writeLayers, writeView, type MapView, type Parse, type UrlProblem } from './codec.ts';

// The explorer's state is written in the codec's terms; its callers take those types from here.
export type { MapView, UrlProblem };

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

/** A passage index: the `at` of a link to a passage. */
const parsePassageIndex: Parse<number> = (value) => (/^\d{1,5}$/.test(value) ? Number(value) : null);

/**
 * Reads the state from a query string. Never throws: a value that cannot be read is dropped and reported, so a
 * mangled link still opens the default view with a message.
 */
export function parseUrlState(search: string): { state: AppState; problems: UrlProblem[] } {
  const { read, problems } = paramReader(new URLSearchParams(search));
  const place = read('place', parseId);
  const doc = read('doc', parseId);
  const only = read('only', parseId);
  const county = read('county', parseId);
  const at = read('at', parsePassageIndex);
  const lang = read('lang', parseLang) ?? DEFAULT_STATE.lang;
  const visible = read('layers', parseLayers);
  const view = read('map', parseView);
  const hidden = visible === null ? [] : TOGGLE_KINDS.filter((k) => !visible.includes(k));
  return { state: { place, doc, at: doc === null ? null : at, only, county, hidden, view, lang }, problems };
}

/** The canonical query string of a state ('' for the default view), parameters in a fixed order. */
export function searchOf(state: AppState): string {
  const params = new URLSearchParams();
  if (state.place) params.set('place', state.place);
  if (state.doc) params.set('doc', state.doc);
  if (state.doc && state.at !== null) params.set('at', String(state.at));
  if (state.only) params.set('only', state.only);
  if (state.county) params.set('county', state.county);
  if (state.hidden.length) params.set('layers', writeLayers(TOGGLE_KINDS.filter((k) => !state.hidden.includes(k))));
  if (state.view) params.set('map', writeView(state.view));
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  return queryOf(params);
}

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
  const place = keepKnown('place', state.place, known.place, problems);
  const doc = keepKnown('doc', state.doc, known.document, problems);
  const at = doc === null ? null : keepKnown('at', state.at, (index) => known.passage?.(doc, index) ?? true, problems);
  const only = keepKnown('only', state.only, known.document, problems);
  const county = keepKnown('county', state.county, known.county ?? known.place, problems);
  return { state: { ...state, place, doc, at, only, county }, problems };
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
