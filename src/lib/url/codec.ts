/**
 * The one codec of the query parameters the explorer's links (url/state.ts) and embeds (embed/options.ts: the embed
 * page's query and the web component's attributes) share: how each value is read and written, what a value that
 * cannot be used is reported as, and the check of ids against the atlas. Each reader picks its parameters and the
 * order it reports them in; a value means the same wherever it is read.
 */
import { LANGS, type Lang } from '../i18n/strings.ts';
import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';
import { isAtlasId } from './ids.ts';

/** A map view as links write it (`map=zoom/lat/lng`). */
export interface MapView {
  /** [longitude, latitude], WGS84. */
  center: [number, number];
  zoom: number;
}

/** A parameter value that was dropped, and why, for the message that says what was ignored. */
export interface UrlProblem {
  param: string;
  value: string;
  /** malformed: the value cannot be read; unknown: it reads, but names nothing in the atlas. */
  problem: 'malformed' | 'unknown';
}

/** Reads one parameter's value, or gives null when it cannot be read. */
export type Parse<T> = (value: string) => T | null;

/** One of a fixed list of words. */
export const oneOf =
  <T extends string>(words: readonly T[]): Parse<T> =>
  (value) =>
    (words as readonly string[]).includes(value) ? (value as T) : null;

/** A place or document id (url/ids.ts). */
export const parseId: Parse<string> = (value) => (isAtlasId(value) ? value : null);

/** Comma-separated ids, at most `max`; each kept once, in the order given. */
export const parseIdList =
  (max: number): Parse<string[]> =>
  (value) => {
    const ids = value.split(',');
    return ids.length <= max && ids.every(isAtlasId) ? [...new Set(ids)] : null;
  };

export const parseLang: Parse<Lang> = oneOf(LANGS);

/** `layers`: the visible kinds, comma-separated, or `none`; read in legend order. */
export const parseLayers: Parse<ToggleKind[]> = (value) => {
  if (value === 'none') return [];
  const named = value.split(',');
  return named.every((k) => (TOGGLE_KINDS as readonly string[]).includes(k)) ? TOGGLE_KINDS.filter((k) => named.includes(k)) : null;
};

export const writeLayers = (visible: readonly ToggleKind[]): string => (visible.length ? visible.join(',') : 'none');

/** `map`: zoom/lat/lng, within the zooms MapLibre draws and the latitudes Web Mercator covers. */
export const parseView: Parse<MapView> = (value) => {
  const match = /^(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(value);
  if (!match) return null;
  const [zoom, lat, lng] = match.slice(1).map(Number) as [number, number, number];
  if (zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom, center: [lng, lat] };
};

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** A view rounded to what a screen can tell apart (a hundredth of a zoom level, about a metre). */
export const writeView = ({ zoom, center: [lng, lat] }: MapView): string => `${round(zoom, 2)}/${round(lat, 5)}/${round(lng, 5)}`;

/** The query string of `params` ('' when empty), with `/` and `,` left readable: they need no escaping there. */
export function queryOf(params: URLSearchParams): string {
  const query = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/**
 * Reads parameters one by one. Never throws: a value that cannot be read is dropped and reported, so a mangled link
 * still opens with a message saying what was ignored. An absent parameter reads as null and is no problem.
 */
export function paramReader(params: URLSearchParams) {
  const problems: UrlProblem[] = [];
  return {
    problems,
    read<T>(param: string, parse: Parse<T>): T | null {
      const value = params.get(param);
      if (value === null) return null;
      const parsed = parse(value);
      if (parsed === null) problems.push({ param, value, problem: 'malformed' });
      return parsed;
    },
  };
}

/**
 * The known-id check: `value` when the atlas knows it (or when there is none), else null, reported as unknown, so an
 * old or mistyped link opens without it.
 */
export function keepKnown<T extends string | number>(param: string, value: T | null, isKnown: (value: T) => boolean, problems: UrlProblem[]): T | null {
  if (value === null || isKnown(value)) return value;
  problems.push({ param, value: String(value), problem: 'unknown' });
  return null;
}
