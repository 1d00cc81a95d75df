/** The library as the explorer uses it: linked in the worker, kept in IndexedDB. Loaded only when texts are added or restored. */
import { linkInWorker } from './client.ts';
import { createLibrary, type Library } from './library.ts';
import { publishFiles } from './publish.ts';
import type { LocalDocument } from './process.ts';

export { placesToMap } from './process.ts';
import { indexedDbStore } from './store.ts';

export const browserLibrary = (): Library => createLibrary({ link: linkInWorker, store: indexedDbStore() });

/** "Download for publishing": the .txt and .meta.json pair, saved as two downloads. */
export function downloadForPublishing(doc: LocalDocument): void {
  const { id, txt, metaJson } = publishFiles(doc.text, { title: doc.document.title, origin: doc.document.origin });
  for (const [name, content, type] of [
    [`${id}.txt`, txt, 'text/plain;charset=utf-8'],
    [`${id}.meta.json`, metaJson, 'application/json'],
  ] as const) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
