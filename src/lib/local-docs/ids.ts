/**
 * Ids of texts added in the browser: `local-` and a hash of the text. They fit the one id grammar of links
 * (src/lib/url/ids.ts) and never collide with published ids, which the build derives otherwise. Tiny on purpose:
 * the explorer's first view imports it to recognise a link to a local text before the library has loaded.
 */
export const LOCAL_PREFIX = 'local-';
export const isLocalId = (id: string) => id.startsWith(LOCAL_PREFIX);

/**
 * Two 32-bit FNV-1a-style hashes of the text with its whitespace collapsed: the same article gets the same id
 * whether pasted or read from a .docx or .html (whose line breaks differ), so adding it again replaces it.
 */
export function localId(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${LOCAL_PREFIX}${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}
