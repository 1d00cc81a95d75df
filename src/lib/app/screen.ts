/**
 * What the explorer's screen shows, derived from the URL state, the atlas and the documents at hand: which document
 * is open and which one narrows the map, what the map and search are filtered by, and how the map leaves room for
 * the layer panel.
 */
import type { DocumentView } from '../corpus/document-view.ts';
import type { MapFilter } from '../map/filter.ts';
import type { SearchFilter } from '../search/search.ts';
import type { AppState } from '../url/state.ts';
import type { Atlas } from './atlas.ts';

type ShownState = Pick<AppState, 'doc' | 'only'>;

/**
 * The documents shown: the open one and the document filter's, each once its document has arrived (until then the
 * one fetched last may still be at hand, for another id).
 */
export function documentsShown(atlas: Atlas | null, state: ShownState, openView: DocumentView | null, onlyView: DocumentView | null) {
  const openDoc = atlas && state.doc && openView?.document.id === state.doc ? openView : null;
  const only = state.only && onlyView?.document.id === state.only ? onlyView : null;
  return {
    openDoc,
    /** The document filter, once its document is at hand. */
    only,
    /** A document the URL names is on its way (the app is busy until it is shown, or found missing). */
    fetching: !!atlas && ((!!state.doc && !openDoc) || (!!state.only && !only)),
  };
}

/**
 * What the map draws: the kinds not hidden, only the filter document's places when it is on, and the villages the
 * open document or the selection names, at any zoom (others from zoom 12). `openView` is the document fetched last
 * for the reader, while the next one is on its way too.
 */
export function mapFilterOf(atlas: Atlas | null, state: Pick<AppState, 'hidden' | 'doc' | 'place'>, openView: DocumentView | null, only: DocumentView | null): MapFilter {
  const named = atlas ? [...(state.doc && openView ? openView.places : []), ...(state.place ? [state.place] : [])] : [];
  const namedIds = [...new Set(named)].filter((id) => atlas!.place(id)?.kind === 'village').sort();
  return { hiddenKinds: [...state.hidden], onlyIds: only ? [...only.places] : null, namedIds };
}

/** Search follows the map's filter, and finds passages in the filter's document alone when it is on. */
export const searchFilterOf = (filter: MapFilter, only: DocumentView | null): SearchFilter => ({ ...filter, documentId: only ? only.document.id : null });

/** A map at least this wide (px) has the layer panel open until the reader chooses, and frames places beside it. */
const WIDE_MAP = 720;
/** Room left for the layer panel floating over the map's left edge, when it is open on a wide map (px). */
const LAYER_PANEL_ROOM = 270;
const FIT_MARGIN = 24;

/** Whether the layer panel is open: the reader's choice, else open when the map is wide. */
export const layersOpen = (choice: boolean | null, mapWidth: number): boolean => choice ?? mapWidth >= WIDE_MAP;

/** The padding a fitted view leaves, so that what it frames is not under the open layer panel. */
export function fitPadding(open: boolean, mapWidth: number) {
  return { top: FIT_MARGIN, right: FIT_MARGIN, bottom: FIT_MARGIN, left: open && mapWidth >= WIDE_MAP ? LAYER_PANEL_ROOM : FIT_MARGIN };
}
