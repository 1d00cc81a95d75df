import type { Passage } from './types.ts';

/**
 * Splits a document into passages: one per non-blank line, with offsets into the source text.
 * (A plain split; layout repair and passage classification build on these spans.)
 */
export function splitPassages(documentId: string, text: string): Passage[] {
  const passages: Passage[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const content = m[0].trim();
    if (!content) continue;
    const start = m.index + lead;
    passages.push({
      id: `${documentId}:${passages.length}`,
      documentId,
      index: passages.length,
      kind: 'paragraph',
      text: content,
      spans: [[start, start + content.length]],
    });
  }
  return passages;
}
