import { AtlasInputError } from '../geo/validate.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

/**
 * Decodes a document file. UTF-8 first; GB18030 (a superset of GBK, common for Chinese files) when the bytes are
 * not UTF-8 but are valid GB18030 and read as Chinese. Anything else is rejected with the file and byte offset,
 * never shown as mojibake.
 */
export function decodeDocument(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new AtlasInputError(file, 'the document is empty');
  try {
    return checkNotBlank({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }, file);
  } catch (utf8Error) {
    if (utf8Error instanceof AtlasInputError) throw utf8Error;
  }
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null && /[\u4e00-\u9fff]/.test(gb)) return checkNotBlank({ text: gb, encoding: 'gb18030' }, file);
  throw new AtlasInputError(file, `not UTF-8 text (first invalid byte at offset ${firstInvalidUtf8(bytes)}), nor GB18030/GBK Chinese text`);
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkNotBlank(decoded: DecodedText, file: string): DecodedText {
  if (decoded.text.trim() === '') throw new AtlasInputError(file, 'the document has no text (only whitespace)');
  return decoded;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  return new TextEncoder().encode(lenient.slice(0, Math.max(at, 0))).length;
}
