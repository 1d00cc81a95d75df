import type { TextEncodingName } from './decode.ts';

/** Metadata of one document; stored beside its text as <name>.meta.json. */
export interface DocumentMeta {
  id: string;
  title: string;
  byline?: string;
  /** Publisher or outlet, as far as the text or its origin tells. */
  source?: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM), only where the text supports it. */
  date?: string;
  /** The words in the text that support `date`, or why the document is undated. */
  date_evidence?: string;
  /** Where the file came from (corpus file name, checksum). */
  origin?: string;
  /** The page banner printed above the title (e.g. 东阳), so it is not taken for the title or a heading. */
  banner?: string;
  /** The series line printed on the page (e.g. 学义乌发展经验 打造国际枢纽城), so it is classified as a banner. */
  series?: string;
}

export interface Passage {
  /** `${documentId}:${index}` */
  id: string;
  documentId: string;
  index: number;
  kind: PassageKind;
  text: string;
  /** UTF-16 offsets of each piece of `text` in the source file (several when layout repair joined blocks). */
  spans: Array<[start: number, end: number]>;
}

export type PassageKind = 'title' | 'byline' | 'heading' | 'paragraph' | 'caption' | 'banner';

export interface Mention {
  passageId: string;
  /** UTF-16 offsets in the passage text, end exclusive. */
  start: number;
  end: number;
  surface: string;
  placeId: string;
}

export interface CorpusDocument extends DocumentMeta {
  file: string;
  encoding: TextEncodingName;
  /** A text the user added in this browser (src/lib/local-docs/), not a published one. */
  local?: true;
}

/**
 * A linked corpus: documents, passages, mentions and the place → passages index. What the build makes (and cuts into
 * the shards the app fetches, src/lib/corpus/shards.ts) and what a text added in the browser is.
 */
export interface CorpusAsset {
  documents: CorpusDocument[];
  /** In document order; a passage's neighbours are the passages with the same documentId and index ± 1. */
  passages: Passage[];
  /** In passage order, and in text order within a passage. */
  mentions: Mention[];
  /** place id → passage ids, in document order. */
  passagesByPlace: Record<string, string[]>;
}
