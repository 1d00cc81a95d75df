import type { Atlas } from '../app/atlas.ts';
import { createPassageSearch, type PassageSearch } from './passage-search.ts';

/**
 * The explorer's passage search: the index from `<base>atlas/search/`, the passages to check and show from the
 * documents' shards (`atlas/doc/<id>.json`, fetched once through the atlas) or, for texts added in this browser, from
 * memory.
 */
export function explorerPassageSearch(currentAtlas: () => Atlas | null, base = import.meta.env.BASE_URL): PassageSearch & { titleOf(documentId: string): string | undefined } {
  /** The titles of the documents whose passages were read: a hit shows its document's title. */
  const titles = new Map<string, string>();
  const search = createPassageSearch({
    async fetchJson(path) {
      const url = `${base}atlas/${path}`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    },
    async passagesOf(documentId) {
      const view = await currentAtlas()?.document(documentId);
      if (view) titles.set(documentId, view.document.title);
      return view?.passages ?? [];
    },
    // The texts added in this browser, newest first as the document list shows them.
    localPassages() {
      const atlas = currentAtlas();
      return atlas ? atlas.localDocuments.flatMap((d) => atlas.localDocument(d.id)?.passages ?? []) : [];
    },
  });
  return { ...search, titleOf: (documentId) => titles.get(documentId) ?? currentAtlas()?.localDocument(documentId)?.document.title };
}
