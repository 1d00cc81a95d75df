import type { CorpusAsset, CorpusDocument, DocumentMeta } from '../corpus/types.ts';
import type { Linker } from '../linker/index.ts';
import { buildCorpus } from '../pipeline/build-atlas.ts';
import { documentGaps, type GapEntry } from '../pipeline/gaps-report.ts';
import { LocalDocError } from './errors.ts';
import { localId } from './ids.ts';
import { PASTED, readInput, type LocalInput } from './input.ts';

/** A text the user added in this browser, linked as the build links data/documents. */
export interface LocalDocument {
  /** The document as the atlas lists it; its id is `local-<hash of the text>`, so it never names a published one. */
  document: CorpusDocument & { local: true };
  /** Its passages, mentions and indexes, in the build's shapes (the corpus of this one document). */
  corpus: CorpusAsset;
  /** Place-shaped names no gazetteer place matched. */
  gaps: GapEntry[];
  /** The text that was linked (a file's decoded or converted text), for "download for publishing". */
  text: string;
  /** The file's name, or null for pasted text. */
  fileName: string | null;
}

const MAX_TITLE = 120;

/** The typed title, else the text's first line (a Markdown heading's marker dropped), shortened. */
export function titleOf(text: string, typed: string | undefined): string {
  const chosen = typed?.trim() || text.split('\n').map((line) => line.replace(/^#+\s*/, '').trim()).find(Boolean) || '';
  return chosen.length > MAX_TITLE ? `${chosen.slice(0, MAX_TITLE - 1)}…` : chosen;
}

/**
 * Input → the same document / passages / mentions the build produces: the text goes through the build's own
 * buildCorpus (decode, split with layout repair, link with the context rules), then the gaps report.
 */
export async function processLocalDocument(
  input: LocalInput,
  title: string | undefined,
  linker: Linker,
  /** What the gazetteer accounts for without linking it (gaps-report.ts accountedNames): no gap. */
  accounted: readonly string[] = [],
): Promise<LocalDocument> {
  const read = await readInput(input);
  const fileName = input.kind === 'file' ? input.name : null;
  const meta: DocumentMeta = {
    id: localId(read.text),
    title: titleOf(read.text, title),
    origin: fileName ? `added in the browser from ${fileName}` : `added in the browser (${PASTED})`,
  };
  const file = `local/${meta.id}.${read.format}`;
  let corpus: CorpusAsset;
  try {
    corpus = buildCorpus(
      [{ file, content: new TextEncoder().encode(read.text), meta: { file: `local/${meta.id}.meta.json`, content: JSON.stringify(meta) } }],
      linker,
    );
  } catch (e) {
    throw new LocalDocError('failed', `${fileName ?? PASTED}: ${(e as Error).message}`);
  }
  const document = { ...corpus.documents[0]!, encoding: read.encoding, local: true as const };
  return { document, corpus: { ...corpus, documents: [document] }, gaps: documentGaps(corpus, meta.id, accounted), text: read.text, fileName };
}

/**
 * The text's places for "make a map of this text", most named first, at most `max` (an embed takes a bounded list).
 * The embed is made of ids the published atlas draws, never of the text: `shownAs` gives the id the embed shows a
 * place by — itself, or for a place it cannot draw (no source locates it, or only the rest of the gazetteer holds
 * it) the area it is known to lie in — or undefined when there is none. A place shown by its area adds that area
 * once, at the rank of the most named place it stands for.
 */
export function placesToMap(doc: Pick<LocalDocument, 'corpus'>, shownAs: (id: string) => string | undefined, max: number): string[] {
  const mentions = new Map<string, number>();
  for (const m of doc.corpus.mentions) mentions.set(m.placeId, (mentions.get(m.placeId) ?? 0) + 1);
  const ranked = [...mentions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = new Set<string>();
  for (const [id] of ranked) {
    const at = shownAs(id);
    if (at !== undefined) shown.add(at);
  }
  return [...shown].slice(0, max);
}
