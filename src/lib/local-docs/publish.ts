import type { DocumentMeta } from '../corpus/types.ts';
import { localId, LOCAL_PREFIX } from './ids.ts';

/**
 * The pair that publishes a text with the next build: `<id>.txt` (the text, UTF-8) and `<id>.meta.json` in the
 * format of data/documents/*.meta.json. The id is derived from the text (`doc-<hash>`), so it is safe in file names
 * and URLs, and publishing the same text twice gives the same files. Used by "download for publishing" in the
 * explorer and by `npm run add-document`.
 */
export function publishFiles(text: string, meta: Pick<DocumentMeta, 'title' | 'origin'>): { id: string; txt: string; metaJson: string } {
  const id = `doc-${localId(text).slice(LOCAL_PREFIX.length)}`;
  const full: DocumentMeta = {
    id,
    title: meta.title,
    date_evidence: 'Undated: no date was given when the text was added.',
    ...(meta.origin ? { origin: meta.origin } : {}),
  };
  return { id, txt: text.endsWith('\n') ? text : `${text}\n`, metaJson: `${JSON.stringify(full, null, 2)}\n` };
}
