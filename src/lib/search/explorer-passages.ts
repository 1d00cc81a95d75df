import type { Atlas } from '../app/atlas.ts';
import { createPassageSearch, type PassageSearch } from './passage-search.ts';

/**
 * The explorer's passage search: the index from `<base>atlas/search/`, the passages to check and show from the
 * atlas. The corpus is still loaded whole, so a document's passages are already in memory; with documents served as
 * static shards (`atlas/doc/<id>.json`) `passagesOf` becomes the shard's fetch — the one line to change.
 */
export function explorerPassageSearch(currentAtlas: () => Atlas | null, base = import.meta.env.BASE_URL): PassageSearch {
  return createPassageSearch({
    async fetchJson(path) {
      const url = `${base}atlas/${path}`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    },
    passagesOf: async (documentId) => currentAtlas()?.passagesOf(documentId) ?? [],
    // The texts added in this browser, newest first as the document list shows them.
    localPassages() {
      const atlas = currentAtlas();
      return atlas ? atlas.listedDocuments.filter((d) => d.local).flatMap((d) => atlas.passagesOf(d.id)) : [];
    },
  });
}
