import type { PlaceKind, PlaceProperties } from '../geo/types.ts';
import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';

/** A run of places of one kind, in the order they came. */
export interface KindGroup<T> {
  kind: PlaceKind;
  entries: T[];
}

/**
 * Groups places by kind in the legend's order (towns before villages before transport …), keeping the order within
 * each group, so a long "places inside" list reads as headed, counted runs instead of one mixed list.
 */
export function groupByKind<T extends { place: PlaceProperties }>(entries: readonly T[]): KindGroup<T>[] {
  const byKind = new Map<PlaceKind, T[]>();
  for (const entry of entries) {
    const list = byKind.get(entry.place.kind);
    if (list) list.push(entry);
    else byKind.set(entry.place.kind, [entry]);
  }
  const rank = (kind: PlaceKind) => {
    const at = (TOGGLE_KINDS as readonly string[]).indexOf(kind);
    return at === -1 ? TOGGLE_KINDS.length : at;
  };
  return [...byKind].sort(([a], [b]) => rank(a) - rank(b)).map(([kind, list]) => ({ kind, entries: list }));
}

/** Folds case and pinyin tone marks, so `hengdian`, `Héngdiàn` and `HENGDIAN` compare equal. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/\s+/g, '');

/**
 * Whether a place's names (Chinese, aliases, English, pinyin) contain what the reader typed. An empty query
 * matches every place.
 */
export function matchesName(place: PlaceProperties, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return [place.name, ...(place.aliases ?? []), place.name_en ?? '', place.pinyin ?? ''].some((name) => fold(name).includes(q));
}

/**
 * The counties a place belongs to: itself if it is one, the county in its chain of parents, and the counties it
 * lies in by geometry (a railway crossing three counties belongs to all three).
 */
export function countiesOf(place: PlaceProperties, ancestors: readonly PlaceProperties[], within: readonly string[], isCounty: (id: string) => boolean): Set<string> {
  const ids = new Set<string>();
  if (place.kind === 'county') ids.add(place.id);
  for (const a of ancestors) if (a.kind === 'county') ids.add(a.id);
  for (const id of within) if (isCounty(id)) ids.add(id);
  return ids;
}

/**
 * Per kind, how many places a reader can open passages for: places the documents name at least once (in the
 * filtered document when `passagesOf` counts only its passages). A place with no passage is on the map but not
 * counted, so "交通 9" means nine transport places with something to read.
 */
export function namedCounts(places: readonly PlaceProperties[], passagesOf: (id: string) => number): Record<ToggleKind, number> {
  const counts = Object.fromEntries(TOGGLE_KINDS.map((k) => [k, 0])) as Record<ToggleKind, number>;
  for (const place of places) {
    if (Object.hasOwn(counts, place.kind) && passagesOf(place.id) > 0) counts[place.kind as ToggleKind]++;
  }
  return counts;
}
