import { decodeDocument } from '../corpus/decode.ts';
import type { DocumentFormat } from '../corpus/passages.ts';
import { AtlasInputError } from '../geo/validate.ts';
import { LocalDocError } from './errors.ts';
import type { TextEncodingName } from '../corpus/decode.ts';

/**
 * Limits. A long newspaper feature is 10–30 KB of text, a report chapter a few hundred KB; a million characters
 * (about a 400-page book) still links in about a second and stays far below browsers' storage quotas. A .docx
 * carries its pictures, so the file limit is larger than the text limit.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_TEXT_CHARS = 1_000_000;

export const SUPPORTED_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;
export const ACCEPT = SUPPORTED_EXTENSIONS.map((ext) => `.${ext}`).join(',');

/** What the user gave: text typed or pasted, or a file's bytes with its name. */
export type LocalInput = { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: Uint8Array };

export interface ReadText {
  text: string;
  /** How the passages are cut: Markdown headings are markup, everything else is plain text. */
  format: DocumentFormat;
  encoding: TextEncodingName;
}

export const PASTED = 'pasted text';

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The input's text, or a LocalDocError saying why there is none. Plain text and Markdown are decoded as the build
 * decodes data/documents (UTF-8, else GB18030/GBK); HTML keeps its text and paragraph breaks and drops its markup,
 * scripts and styles; a .docx gives the text of its paragraphs (mammoth, loaded only for a .docx).
 */
export async function readInput(input: LocalInput): Promise<ReadText> {
  if (input.kind === 'text') return checkText({ text: input.text, format: 'txt', encoding: 'utf-8' }, PASTED);
  const { name, bytes } = input;
  const ext = extensionOf(name);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) throw new LocalDocError('unsupported', `${name}: .${ext || '?'}`);
  if (bytes.length === 0) throw new LocalDocError('empty', name);
  if (bytes.length > MAX_FILE_BYTES) throw new LocalDocError('too-large', `${name}: ${bytes.length} bytes > ${MAX_FILE_BYTES}`);
  if (ext === 'docx') return checkText({ text: await docxText(bytes, name), format: 'txt', encoding: 'utf-8' }, name);
  if (looksBinary(bytes)) throw new LocalDocError('binary', name);
  let decoded;
  try {
    decoded = decodeDocument(bytes, name);
  } catch (e) {
    if (!(e instanceof AtlasInputError)) throw e;
    if (/no text|empty/.test(e.message)) throw new LocalDocError('empty', name);
    throw new LocalDocError('bad-encoding', e.message);
  }
  if (ext === 'html' || ext === 'htm') return checkText({ ...decoded, text: await htmlText(decoded.text), format: 'txt' }, name);
  return checkText({ ...decoded, format: ext === 'txt' ? 'txt' : 'md' }, name);
}

function checkText(read: ReadText, name: string): ReadText {
  if (read.text.trim() === '') throw new LocalDocError('empty', name);
  if (read.text.length > MAX_TEXT_CHARS) throw new LocalDocError('too-large', `${name}: ${read.text.length} characters > ${MAX_TEXT_CHARS}`);
  if (/[\u0000-\u0008\u000e-\u001f]/.test(read.text.slice(0, 4096))) throw new LocalDocError('binary', name);
  return read;
}

/** NUL bytes (or many control bytes) in the first 4 KB: an image, archive or program, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > head.length * 0.01;
}

async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    // Node's build of mammoth reads `buffer`, the browser's `arrayBuffer`.
    const buffer = bytes.slice().buffer;
    const result = await mammoth.extractRawText({ buffer: bytes, arrayBuffer: buffer } as unknown as { arrayBuffer: ArrayBuffer });
    return result.value;
  } catch (e) {
    throw new LocalDocError('bad-docx', `${name}: ${(e as Error).message}`);
  }
}

/**
 * HTML → text with html-to-text: a parser that builds strings, so nothing in the input (scripts, event handlers,
 * javascript: links) can run. Blocks become paragraphs; links keep their words, not their targets.
 */
async function htmlText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  const heading = { options: { uppercase: false } };
  return convert(html, {
    wordwrap: false,
    selectors: [
      ...['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'img', 'nav', 'form', 'button'].map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, ...heading })),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}
