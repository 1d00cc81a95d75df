import { AtlasInputError } from '../geo/validate.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a document file. UTF-8 first; GB18030 (a superset of GBK, common for Chinese files) when the bytes are
 * not UTF-8 but are valid GB18030 and read as Chinese. Anything else is rejected with the file and byte offset,
 * never shown as mojibake: Big5 and Shift-JIS bytes are valid GB18030 too, but decode to rare characters, so GB18030
 * is accepted only when most double-byte characters fall in the GB2312 area where everyday Chinese lies.
 * UTF-16 (as Windows' Notepad saves "Unicode") is read by its byte-order mark, or without one when the bytes hold
 * NUL bytes (as UTF-16 of any line break or ASCII character does) and read as UTF-16 almost entirely as text
 * (utf16Of); UTF-16 without a mark and without a single ASCII character is not recognised.
 */
export function decodeDocument(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new AtlasInputError(file, 'the document is empty');
  const utf16 = utf16Of(bytes);
  if (utf16) return checkNotBlank({ text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }, file);
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

/** Share of UTF-16 code units that must be text (below) for bytes without a byte-order mark to be read as UTF-16. */
const UTF16_TEXT_SHARE = 0.95;

/**
 * Whether the bytes are UTF-16, and which byte order: by the byte-order mark; without one, only when they hold a
 * NUL byte and read in one byte order nearly every code unit is printable ASCII,
 * whitespace, CJK ideographs or punctuation, or full-width forms. GB18030 and UTF-8 Chinese read as UTF-16 fall
 * outside those ranges (their byte pairs are ≥ 0x80 on both sides), so they are not taken for it.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // A NUL byte is the mark of UTF-16: any line break, space or digit has one; UTF-8, GB18030, Big5 and Shift-JIS
  // text never do (and without it, legacy double-byte text can read as plausible CJK in UTF-16).
  if (bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  for (const label of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, label);
    if (text === null) continue;
    let textual = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || c === 0x2014 || c === 0x201c || c === 0x201d) textual++;
    }
    if (textual >= UTF16_TEXT_SHARE * text.length) return label;
  }
  return null;
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
