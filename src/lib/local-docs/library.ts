/**
 * The texts added in this browser, for the explorer: add (link, then keep), remove, and restore at the next visit.
 * Framework-free: the page gives it the worker's link function and the store, the tests a handler and a Map.
 */
import type { LocalInput } from './input.ts';
import type { LocalDocument } from './process.ts';
import type { StoredText, TextStore } from './store.ts';

export interface LibraryDeps {
  link(input: LocalInput, title?: string): Promise<LocalDocument>;
  /** Null when this browser keeps nothing (no IndexedDB): texts then last for the session. */
  store: TextStore | null;
  now?: () => string;
}

export interface Library {
  readonly docs: readonly LocalDocument[];
  /** Links a text and keeps it; `kept` is false when the browser refused to store it (it still works this session). */
  add(input: LocalInput, title?: string): Promise<{ doc: LocalDocument; kept: boolean }>;
  remove(id: string): Promise<void>;
  /** The kept texts, linked again against today's gazetteer (the stored result only where that fails). */
  restore(): Promise<readonly LocalDocument[]>;
}

export function createLibrary({ link, store, now = () => new Date().toISOString() }: LibraryDeps): Library {
  let docs: LocalDocument[] = [];
  /** The same text added again replaces the earlier one, in its place. */
  const upsert = (doc: LocalDocument) => {
    const at = docs.findIndex((d) => d.document.id === doc.document.id);
    docs = at < 0 ? [...docs, doc] : docs.map((d, i) => (i === at ? doc : d));
  };
  return {
    get docs() {
      return docs;
    },
    async add(input, title) {
      const doc = await link(input, title);
      upsert(doc);
      const text: StoredText = { id: doc.document.id, input, ...(title ? { title } : {}), added: now(), result: doc };
      const kept = store ? await store.put(text) : false;
      return { doc, kept };
    },
    async remove(id) {
      docs = docs.filter((d) => d.document.id !== id);
      await store?.remove(id);
    },
    async restore() {
      for (const kept of (await store?.all()) ?? []) {
        upsert(await link(kept.input, kept.title).catch(() => kept.result));
      }
      return docs;
    },
  };
}
