import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/lib/corpus/decode.ts';

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
});
