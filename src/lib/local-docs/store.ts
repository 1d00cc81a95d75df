/**
 * Texts the user added, kept in this browser's IndexedDB (idb-keyval) and nowhere else: the input as given (pasted
 * text, or the file's bytes and name), the typed title, and the last linked result. On a reload the input is linked
 * again, since the gazetteer may have changed; the stored result stands in only if that fails.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { LocalInput } from './input.ts';
import type { LocalDocument } from './process.ts';

export interface StoredText {
  id: string;
  input: LocalInput;
  title?: string;
  /** ISO time it was added, for the order of the list. */
  added: string;
  result: LocalDocument;
}

/** Where texts are kept; `null` when nothing can be kept (IndexedDB missing or refused, as in some private modes). */
export interface TextStore {
  all(): Promise<StoredText[]>;
  /** False when the browser refused to keep it (storage full, private mode): it then lasts for this session only. */
  put(text: StoredText): Promise<boolean>;
  remove(id: string): Promise<void>;
}

export function indexedDbStore(): TextStore | null {
  let store: UseStore;
  try {
    if (typeof indexedDB === 'undefined') return null;
    store = createStore('jinhua-atlas-local-texts', 'texts');
  } catch {
    return null;
  }
  return {
    async all() {
      try {
        const rows = await entries<string, StoredText>(store);
        return rows.map(([, text]) => text).sort((a, b) => a.added.localeCompare(b.added));
      } catch {
        return [];
      }
    },
    async put(text) {
      try {
        await set(text.id, text, store);
        return true;
      } catch {
        return false;
      }
    },
    async remove(id) {
      try {
        await del(id, store);
      } catch {
        // Nothing was kept, so there is nothing to remove.
      }
    },
  };
}
