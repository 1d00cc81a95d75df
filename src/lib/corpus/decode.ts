import { AtlasInputError } from '../geo/validate.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

/**
 * Decodes a document file. UTF-8 first; GB18030 (a superset of GBK, common for Chinese files) when the bytes are
 * not UTF-8 but are valid GB18030 and read as Chinese. Anything else is rejected with the file and byte offset,
 * never shown as mojibake: Big5 and Shift-JIS bytes are valid GB18030 too, but decode to rare characters, so GB18030
 * is accepted only when most double-byte characters fall in the GB2312 area where everyday Chinese lies.
 */
export function decodeDocument(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new AtlasInputError(file, 'the document is empty');
  try {
    return checkNotBlank({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }, file);
  } catch (utf8Error) {
    if (utf8Error instanceof AtlasInputError) throw utf8Error;
  }
  const gb = tryDecode(bytes, 'gb18030');
  const notUtf8 = `not UTF-8 text (first invalid byte at offset ${firstInvalidUtf8(bytes)})`;
  if (gb !== null && /[\u4e00-\u9fff]/.test(gb)) {
    const share = gb2312Share(bytes);
    if (share >= GB2312_SHARE) return checkNotBlank({ text: gb, encoding: 'gb18030' }, file);
    throw new AtlasInputError(
      file,
      `${notUtf8}; read as GB18030 only ${Math.round(share * 100)}% of its characters are common Chinese, so it is another encoding (Big5? Shift-JIS?). Convert it to UTF-8`,
    );
  }
  throw new AtlasInputError(file, `${notUtf8}, nor GB18030/GBK Chinese text`);
}

/** Genuine GBK/GB18030 Chinese text has nearly all its double-byte characters in GB2312 (both bytes ≥ 0xA1). */
const GB2312_SHARE = 0.8;

function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4; // a four-byte GB18030 sequence: outside GB2312
      continue;
    }
    if (lead >= 0xa1 && trail >= 0xa1) common++;
    i += 2;
  }
  return pairs === 0 ? 1 : common / pairs;
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
