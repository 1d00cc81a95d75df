import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/lib/corpus/decode.ts';

/** The text as UTF-16 code units in the given byte order, with or without a byte-order mark. */
function utf16(text: string, order: 'le' | 'be', bom = false): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (_, i) => text.charCodeAt(i))];
  return new Uint8Array(units.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

describe('decodeDocument', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('东阳')]);
    expect(decodeDocument(bytes, 'a.txt')).toEqual({ text: '东阳', encoding: 'utf-8' });
  });

  it('reads GBK/GB18030 Chinese text instead of showing mojibake', () => {
    // 东阳横店 in GBK
    const gbk = new Uint8Array([0xb6, 0xab, 0xd1, 0xf4, 0xba, 0xe1, 0xb5, 0xea]);
    expect(decodeDocument(gbk, 'gbk.txt')).toEqual({ text: '东阳横店', encoding: 'gb18030' });
  });

  it('rejects whitespace-only text', () => {
    expect(() => decodeDocument(new TextEncoder().encode(' \n\t\n'), 'blank.txt')).toThrow('blank.txt: the document has no text (only whitespace)');
  });

  it('reads UTF-16 by its byte-order mark, and without one (it was read as UTF-8: NULs, or an error)', () => {
    const text = '金华市东阳横店镇，“影视城”。\nHengdian, Dongyang\n';
    for (const order of ['le', 'be'] as const) {
      expect(decodeDocument(utf16(text, order, true), 'bom.txt'), order).toEqual({ text, encoding: `utf-16${order}` });
      expect(decodeDocument(utf16(text, order), 'no-bom.txt'), order).toEqual({ text, encoding: `utf-16${order}` });
      expect(decodeDocument(utf16('Jinhua Prefecture\n', order), 'ascii.txt'), order).toEqual({ text: 'Jinhua Prefecture\n', encoding: `utf-16${order}` });
    }
  });

  it('does not take UTF-8 or GBK Chinese of even length for UTF-16', () => {
    const utf8 = new TextEncoder().encode('东阳横店，金华市');
    expect(utf8.length % 2).toBe(0);
    expect(decodeDocument(utf8, 'a.txt').encoding).toBe('utf-8');
    const gbk = new Uint8Array([0xb6, 0xab, 0xd1, 0xf4, 0xba, 0xe1, 0xb5, 0xea]);
    expect(decodeDocument(gbk, 'gbk.txt').encoding).toBe('gb18030');
  });
});
