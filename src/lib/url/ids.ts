/**
 * The one grammar of place and document ids: what links (`?place=…&doc=…`), embeds and the web component accept, and
 * what the build requires of every id in geo/ and data/documents/. Lower-case ASCII letters, digits, `-` and `_`,
 * starting with a letter or digit, at most 100 characters: safe in a URL without escaping, and never one of
 * JavaScript's built-in property names that matter (`__proto__`, `toString`, `hasOwnProperty` cannot be written in
 * it; `constructor` can, which is why the app never looks ids up in plain objects).
 */
export const ID_GRAMMAR = /^[a-z0-9][a-z0-9_-]{0,99}$/;

/** The grammar in words, for build errors. */
export const ID_RULE = 'lower-case ASCII letters, digits, "-" and "_", starting with a letter or digit, at most 100 characters';

export const isAtlasId = (value: string): boolean => ID_GRAMMAR.test(value);

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint of a file name. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The id of a document that has no `.meta.json` id, from its file name without the extension: the name itself when it
 * fits the grammar; otherwise its ASCII letters and digits, lower-cased, with every other run of characters as one
 * `-`, then `-` and a fingerprint of the whole name, so that two names that differ only in what was dropped (金华.txt,
 * 东阳.txt; "A B.txt", "a-b.txt") still get different ids. A name with no ASCII letter or digit becomes `doc-` and the
 * fingerprint. Stable: the same file name always gives the same id.
 */
export function documentIdOf(stem: string): string {
  if (isAtlasId(stem)) return stem;
  const ascii = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${ascii || 'doc'}-${fingerprint(stem)}`;
}
