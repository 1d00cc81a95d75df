/**
 * What an embed is about, worked out once the atlas has loaded: the places it marks, the places it lists for the
 * reader to pick, and the words that say what is shown (headline, caption, iframe title) without any clicking.
 */
import type { Atlas } from '../app/atlas.ts';
import type { DocumentHits } from '../corpus/lookup.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { PlaceProperties } from '../geo/types.ts';
import type { MapFilter } from '../map/filter.ts';
import { TOGGLE_KINDS } from '../map/kinds.ts';
import type { EmbedOptions } from './options.ts';
import type { EmbedText } from './strings.ts';

export interface EmbedSubject {
  /** Places drawn highlighted and framed, in the order the options give. */
  highlighted: PlaceProperties[];
  /** Places the reader can pick from the list: the highlighted ones, else the document's, else the counties. */
  listed: PlaceProperties[];
  document: CorpusDocument | null;
  /** What the map draws: the kinds the options show, and only the document's places when there is one. */
  filter: MapFilter;
  headline: string;
  caption: string;
  /** The iframe's title and aria-label. */
  frameTitle: string;
}

/** How many names a generated headline spells out before "…等 N 处". */
const HEADLINE_NAMES = 3;

/** The passages that name a place, restricted to one document when the embed is about one. */
export function passagesFor(atlas: Atlas, placeId: string, documentId: string | null): DocumentHits[] {
  const groups = atlas.passagesNaming(placeId);
  return documentId ? groups.filter((g) => g.document.id === documentId) : groups;
}

export const passageTotal = (groups: DocumentHits[]) => groups.reduce((n, g) => n + g.hits.length, 0);

export const nameIn = (lang: EmbedText['lang'], place: PlaceProperties) => (lang === 'en' ? place.name_en || place.name : place.name);

export function embedSubject(options: EmbedOptions, atlas: Atlas, t: EmbedText): EmbedSubject {
  const highlighted = options.places.flatMap((id) => atlas.place(id) ?? []);
  const document = (options.doc && atlas.document(options.doc)) || null;
  const named = document ? atlas.placesNamedIn(document.id) : null;
  const mentionCount = (id: string) => passageTotal(passagesFor(atlas, id, document?.id ?? null));
  const byMentions = (list: PlaceProperties[]) =>
    list
      .map((place) => ({ place, n: mentionCount(place.id) }))
      .sort((a, b) => b.n - a.n || a.place.name.localeCompare(b.place.name, 'zh'))
      .map(({ place }) => place);

  let listed = highlighted;
  if (!listed.length && named) listed = byMentions(atlas.places.filter((p) => named.has(p.id)));
  if (!listed.length) listed = byMentions(atlas.places.filter((p) => p.kind === 'county'));

  const names = highlighted.map((p) => nameIn(t.lang, p));
  let headline = options.headline;
  if (!headline && highlighted.length) {
    headline = names.length > HEADLINE_NAMES ? t.someOf(names.slice(0, HEADLINE_NAMES), names.length) : t.list(names);
  }
  headline ??= document?.title ?? t.defaultHeadline;

  let caption: string;
  if (options.description) {
    caption = options.description;
  } else if (highlighted.length) {
    const hits = highlighted.flatMap((p) => passagesFor(atlas, p.id, document?.id ?? null));
    const passages = new Set(hits.flatMap((g) => g.hits.map((h) => h.passage.id)));
    const documents = new Set(hits.map((g) => g.document.id));
    caption = t.captionPlaces(t.list(names), highlighted.length, passages.size, documents.size);
  } else if (document) {
    caption = t.captionDocument(document.title, listed.length);
  } else {
    caption = t.captionOverview(atlas.documents.length);
  }
  const shownKinds = options.layers;
  return {
    highlighted,
    listed,
    document,
    filter: {
      hiddenKinds: shownKinds ? TOGGLE_KINDS.filter((k) => !shownKinds.includes(k)) : [],
      // The marked places stay on the map even when the document does not name them.
      onlyIds: named ? [...new Set([...named, ...highlighted.map((p) => p.id)])] : null,
    },
    headline,
    caption,
    frameTitle: (options.static ? t.staticFrameTitle : t.frameTitle)(headline),
  };
}
