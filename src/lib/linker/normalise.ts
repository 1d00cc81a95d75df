/**
 * Traditional → simplified Chinese, one UTF-16 code unit for one, so that a text in traditional characters links
 * exactly as the same text in simplified ones and every offset found in the normalised text is an offset in the
 * original (the linker reports surfaces sliced from the original text).
 *
 * The table comes from OpenCC's own dictionaries as opencc-js ships them (`opencc-js/dict/*`, about 30 KB, no
 * other code of the library): TSCharacters (traditional → simplified characters), the Taiwan and Hong Kong variant
 * characters composed with it (臺 → 台, 爲/為 → 为), and the CJK compatibility ideographs. Only pairs of two BMP
 * characters are kept, so the mapping is 1:1 by construction. OpenCC's phrase dictionaries are not used: they
 * choose between readings inside words (乾隆 keeps 乾), which may change a phrase's length and does not matter for
 * place names. A variant that is itself a simplified character (么, 才, 着) maps to nothing here, so simplified
 * text is left as it is.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';

/** OpenCC's dictionary text "from to[ to…]|from to…" → [from, first to] pairs. */
function pairs(dict: string): Array<[string, string]> {
  return dict
    .split('|')
    .map((entry) => entry.split(' '))
    .filter((parts): parts is [string, string, ...string[]] => parts.length >= 2)
    .map(([from, to]) => [from, to]);
}

const oneUnit = (s: string) => s.length === 1;

/** Code unit → simplified code unit (0 = unchanged). */
function buildTable(): Uint16Array {
  const table = new Uint16Array(65536);
  const simplified = new Map(pairs(TS_CHARACTERS).filter(([a, b]) => oneUnit(a) && oneUnit(b)));
  for (const [from, to] of pairs(CJK_COMPATIBILITY)) {
    if (oneUnit(from) && oneUnit(to) && from !== to) table[from.charCodeAt(0)] = (simplified.get(to) ?? to).charCodeAt(0);
  }
  for (const [from, to] of simplified) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const [variant, standard] of [...pairs(TW_VARIANTS_REV), ...pairs(HK_VARIANTS_REV)]) {
    const to = simplified.get(standard);
    // 為 → 爲 → 为 is kept; 么 → 幺 (no simplified form) and 才 → 纔 → 才 are not: those are simplified already.
    if (oneUnit(variant) && to !== undefined && to !== variant && !table[variant.charCodeAt(0)]) table[variant.charCodeAt(0)] = to.charCodeAt(0);
  }
  // The typographic apostrophe is the apostrophe of pinyin names (Pan’an = Pan'an).
  table['’'.charCodeAt(0)] = "'".charCodeAt(0);
  return table;
}

const UTF16 = new TextDecoder('utf-16le');

export const SIMPLIFIED: Uint16Array = buildTable();

/** `text` with every traditional character replaced by its simplified one; the same length, the same string when nothing changes. */
export function toSimplified(text: string): string {
  const table = SIMPLIFIED;
  const n = text.length;
  let i = 0;
  while (i < n && table[text.charCodeAt(i)] === 0) i++;
  if (i === n) return text;
  const codes = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    codes[k] = table[c] || c;
  }
  return UTF16.decode(codes);
}

/** The simplified form of the code unit at `i` (NaN past the end), without copying the text. */
export function simplifiedCodeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return SIMPLIFIED[c] || c;
}
