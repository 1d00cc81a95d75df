/**
 * The embed-code builder's choices, as pure steps on the options: the places an embed marks (added from a search,
 * removed by their chips) and the kinds it draws.
 */
import type { PlaceProperties } from '../geo/types.ts';
import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';
import { createSearch } from '../search/search.ts';
import { MAX_PLACES } from './options.ts';

/** The places with `id` added at the end; the same list when it is already there or the list is full. */
export function addPlace(places: readonly string[], id: string): string[] {
  return places.includes(id) || places.length >= MAX_PLACES ? [...places] : [...places, id];
}

export const removePlace = (places: readonly string[], id: string): string[] => places.filter((p) => p !== id);

/** How many places the add field offers for a query. */
export const SUGGESTIONS = 8;

/**
 * A search over the places an embed can mark — those the published atlas draws or lists (`places`), not the rest of
 * the gazetteer a reader's browser may have loaded, which an embed does not know — by the explorer's search
 * (names, aliases, pinyin, English), best match first, without those already chosen.
 */
export function placeFinder(places: readonly PlaceProperties[], passagesOf: (id: string) => number) {
  const search = createSearch([...places], [], passagesOf);
  return (query: string, chosen: readonly string[]): PlaceProperties[] =>
    search(query, { hiddenKinds: [], onlyIds: null, documentId: null }, 0)
      .places.map((hit) => hit.place)
      .filter((place) => !chosen.includes(place.id))
      .slice(0, SUGGESTIONS);
}

/** The `layers` option with one kind shown or hidden: null (the default, every kind) once all are shown again. */
export function withKind(layers: readonly ToggleKind[] | null, kind: ToggleKind, shown: boolean): ToggleKind[] | null {
  const kinds = new Set(layers ?? TOGGLE_KINDS);
  if (shown) kinds.add(kind);
  else kinds.delete(kind);
  return kinds.size === TOGGLE_KINDS.length ? null : TOGGLE_KINDS.filter((k) => kinds.has(k));
}
