/** What the reader chose to see; the style applies it through global state, lists and stacks through `isShown`. */
export interface MapFilter {
  hiddenKinds: readonly string[];
  /** Only the places a document names, or null for all. */
  onlyIds: readonly string[] | null;
  /**
   * Places the open document or the selection names: drawn even where their kind is not at this zoom (villages).
   * Not a filter on lists or search.
   */
  namedIds?: readonly string[];
}

/** The filter as a plain predicate, for what the style cannot filter itself. Mirrors the style's filter expressions. */
export function isShown(place: { id: string; kind: string }, filter: MapFilter): boolean {
  return !filter.hiddenKinds.includes(place.kind) && (filter.onlyIds === null || filter.onlyIds.includes(place.id));
}
