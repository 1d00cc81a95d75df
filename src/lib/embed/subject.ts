/**
 * What an embed is about, worked out once the atlas has loaded: the places it marks, the places it lists for the
 * reader to pick, and the words that say what is shown (headline, caption, iframe title) without any clicking.
 */
import type { AtlasData } from '../app/load.ts';
import type { CorpusLookup, DocumentHits } from '../corpus/lookup.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { PlaceProperties } from '../geo/types.ts';
import type { EmbedOptions } from './options.ts';
import type { EmbedStrings } from './strings.ts';

export interface EmbedSubject {
  /** Places drawn highlighted and framed, in the order the options give. */
  highlighted: PlaceProperties[];
  /** Places the reader can pick from the list: the highlighted ones, else the document's, else the counties. */
  listed: PlaceProperties[];
  document: CorpusDocument | null;
  headline: string;
  caption: string;
  /** The iframe's title and aria-label. */
  frameTitle: string;
}

/** How many names a generated headline spells out before "…等 N 处". */
const HEADLINE_NAMES = 3;

/** The passages that name a place, restricted to one document when the embed is about one. */
export function passagesFor(lookup: CorpusLookup, placeId: string, documentId: string | null): DocumentHits[] {
  const groups = lookup.passagesNaming(placeId);
  return documentId ? groups.filter((g) => g.document.id === documentId) : groups;
}

export function embedSubject(options: EmbedOptions, data: AtlasData, lookup: CorpusLookup, t: EmbedStrings): EmbedSubject {
  const { places, corpus } = data;
  const byId = new Map(places.features.map((f) => [f.properties.id, f.properties]));
  const highlighted = options.places.flatMap((id) => byId.get(id) ?? []);
  const document = (options.doc && corpus.documents.find((d) => d.id === options.doc)) || null;
  const mentionCount = (id: string) => passagesFor(lookup, id, document?.id ?? null).reduce((n, g) => n + g.hits.length, 0);
  const byMentions = (list: PlaceProperties[]) =>
    list
      .map((place) => ({ place, n: mentionCount(place.id) }))
      .sort((a, b) => b.n - a.n || a.place.name.localeCompare(b.place.name, 'zh'))
      .map(({ place }) => place);

  let listed = highlighted;
  if (!listed.length && document) {
    const named = new Set(corpus.mentions.filter((m) => m.passageId.startsWith(`${document.id}:`)).map((m) => m.placeId));
    listed = byMentions([...named].flatMap((id) => byId.get(id) ?? []));
  }
  if (!listed.length) listed = byMentions(places.features.map((f) => f.properties).filter((p) => p.kind === 'county'));

  const nameOf = (p: PlaceProperties) => (t.htmlLang === 'en' ? p.name_en || p.name : p.name);
  const names = highlighted.map(nameOf);
  let headline = options.headline;
  if (!headline && highlighted.length) {
    headline = names.length > HEADLINE_NAMES ? t.someOf(names.slice(0, HEADLINE_NAMES), names.length) : t.list(names);
  }
  headline ??= document?.title ?? t.defaultHeadline;

  let caption: string;
  if (highlighted.length) {
    const hits = highlighted.flatMap((p) => passagesFor(lookup, p.id, document?.id ?? null));
    const passages = new Set(hits.flatMap((g) => g.hits.map((h) => h.passage.id)));
    const documents = new Set(hits.map((g) => g.document.id));
    caption = t.captionPlaces(t.list(names), highlighted.length, passages.size, documents.size);
  } else if (document) {
    caption = t.captionDocument(document.title, listed.length);
  } else {
    caption = t.captionOverview(corpus.documents.length);
  }
  const frameTitle = (options.static ? t.staticFrameTitle : t.frameTitle)(headline);
  return { highlighted, listed, document, headline, caption, frameTitle };
}
