/**
 * What an embed is about, worked out once the atlas has loaded: the places it marks, the places it lists for the
 * reader to pick, and the words that say what is shown (headline, caption, iframe title) without any clicking.
 */
import type { Atlas, PlacePassages } from '../app/atlas.ts';
import type { DocumentHits } from '../corpus/lookup.ts';
import type { DocumentView } from '../corpus/document-view.ts';
import { ShardNotFound } from '../corpus/store.ts';
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

/** What an embed's words need of the corpus, fetched before they are written. */
export interface SubjectCorpus {
  /** The document the embed is about, when it is about one. */
  document: DocumentView | null;
  /** The first page of passages naming each marked place. */
  pages: ReadonlyMap<string, PlacePassages>;
}

/**
 * Fetches what an embed's caption needs: its document (null when the atlas has no such document: the caller says
 * so) and the first page of passages of each marked place the atlas knows.
 */
export async function loadSubjectCorpus(options: EmbedOptions, atlas: Atlas): Promise<SubjectCorpus> {
  const document = options.doc ? await atlas.document(options.doc).catch((error: Error) => (error instanceof ShardNotFound ? null : Promise.reject(error))) : null;
  const known = options.places.filter((id) => atlas.place(id));
  const pages = new Map(await Promise.all(known.map(async (id) => [id, await atlas.placePassages(id)] as const)));
  return { document, pages };
}

/** The passages that name a place: in the embed's document when it is about one, else the first page of them all. */
export function passagesFor(corpus: SubjectCorpus, placeId: string, page: PlacePassages | undefined): DocumentHits[] {
  return corpus.document ? corpus.document.hitsNaming(placeId) : (page?.groups ?? []);
}

export const nameIn = (lang: EmbedText['lang'], place: PlaceProperties) => (lang === 'en' ? place.name_en || place.name : place.name);

export function embedSubject(options: EmbedOptions, atlas: Atlas, t: EmbedText, corpus: SubjectCorpus): EmbedSubject {
  const highlighted = options.places.flatMap((id) => atlas.place(id) ?? []);
  const document = corpus.document?.document ?? null;
  const named = corpus.document?.places ?? null;
  const mentionCount = (id: string) => atlas.passageCountIn(id, corpus.document);
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
    caption = t.captionPlaces(t.list(names), highlighted.length, ...passagesAndDocuments(highlighted, corpus));
  } else if (document) {
    caption = t.captionDocument(document.title, listed.length);
  } else {
    caption = t.captionOverview(atlas.documentTotal);
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

/** Passages and documents naming any of the places, a passage naming two counted once. */
function passagesAndDocuments(places: PlaceProperties[], corpus: SubjectCorpus): [passages: number, documents: number] {
  if (corpus.document) {
    const groups = places.flatMap((p) => corpus.document!.hitsNaming(p.id));
    return [new Set(groups.flatMap((g) => g.hits.map((h) => h.passage.id))).size, new Set(groups.map((g) => g.document.id)).size];
  }
  const passages = new Set<string>();
  const documents = new Set<string>();
  for (const p of places) {
    for (const [documentId, indexes] of corpus.pages.get(p.id)?.perDocument ?? []) {
      documents.add(documentId);
      for (const index of indexes) passages.add(`${documentId}:${index}`);
    }
  }
  return [passages.size, documents.size];
}
