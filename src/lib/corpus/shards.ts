/**
 * How the published corpus is laid out as static files (built by src/lib/pipeline/corpus-shards.ts, fetched by
 * ./store.ts): a small summary for the first view, whose size depends on the gazetteer and not on the number of
 * documents, and shards fetched when a reader asks — one per document, pages of the passages naming a place, pages of
 * the document catalogue. Every path is relative to the app's base URL; ids follow src/lib/url/ids.ts, so they are
 * safe as file names.
 */
import type { CorpusDocument, Mention, Passage } from './types.ts';

/** Passages per page of a place's passages: one page is what the place panel paints first. */
export const PLACE_PAGE_SIZE = 50;
/** Documents per page of the catalogue (the document list). */
export const CATALOGUE_PAGE_SIZE = 500;

export const shardPath = {
  summary: 'atlas/summary.json',
  document: (documentId: string) => `atlas/doc/${documentId}.json`,
  placePage: (placeId: string, page: number) => `atlas/place/${placeId}/${page}.json`,
  catalogue: (page: number) => `atlas/catalogue/${page}.json`,
};

/** How often the corpus names one place. */
export interface PlaceCounts {
  passages: number;
  documents: number;
}

/** What the first view needs of the corpus: counts per place, and nothing that grows with the number of documents. */
export interface CorpusSummary {
  documents: number;
  passages: number;
  /** place id → its counts; places no document names are absent. */
  places: Record<string, PlaceCounts>;
  /** The documents that status statements in the gazetteer cite, in corpus order: the status timeline's titles and dates. */
  cited: CorpusDocument[];
  /** Pages of the catalogue, newest document first. */
  cataloguePages: number;
  /** The earliest and latest date of a dated document (YYYY-MM or YYYY-MM-DD), for the date filter. */
  dates: { first: string; last: string } | null;
}

/** A document as the catalogue lists it: its metadata and how much of it names places. */
export interface DocumentEntry extends CorpusDocument {
  /** Passages in the document. */
  passageCount: number;
  /** Distinct places it names. */
  placeCount: number;
}

/** One document: everything the reader and "only this document" need. */
export interface DocumentShard {
  document: DocumentEntry;
  /** In text order. */
  passages: Passage[];
  /** In passage order, and in text order within a passage. */
  mentions: Mention[];
}

export interface PassageWithMentions {
  passage: Passage;
  /** Every mention in the passage (of any place), in text order: the passage's place names are links. */
  mentions: Mention[];
}

/** One page of the passages naming a place: grouped by document, newest document first, in text order within one. */
export interface PlacePage {
  place: string;
  page: number;
  pages: number;
  /** Passages naming the place, over all pages. */
  total: number;
  /**
   * On page 0 only: every document naming the place, in page order, with the indexes of its passages that do — a
   * few bytes a passage, so counts per document and passages naming any of several places are exact without
   * fetching every page.
   */
  documents?: Array<[documentId: string, passageIndexes: number[]]>;
  /** The documents this page's passages come from. */
  sources: CorpusDocument[];
  hits: PassageWithMentions[];
}

/** One page of the catalogue. */
export interface CataloguePage {
  page: number;
  pages: number;
  documents: DocumentEntry[];
}

/**
 * The order an archive is read in: dated documents newest first, then undated ones; ties in corpus order. Dates are
 * ISO (YYYY-MM or YYYY-MM-DD), so they compare as strings.
 */
export function newestFirst<T extends Pick<CorpusDocument, 'date'>>(documents: readonly T[]): T[] {
  return documents
    .map((document, index) => ({ document, index }))
    .sort((a, b) => {
      const da = a.document.date;
      const db = b.document.date;
      if (da && db && da !== db) return da < db ? 1 : -1;
      if (!da !== !db) return da ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ document }) => document);
}
