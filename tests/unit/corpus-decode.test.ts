import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/lib/corpus/decode.ts';
import { buildCorpus } from '../../src/lib/pipeline/build-atlas.ts';
import { createLinker } from '../../src/lib/linker/index.ts';

// 东阳与义乌山水相依。 in GBK, and the same idea in other encodings that are also valid GB18030 byte sequences.
const GBK = new Uint8Array([0xb6, 0xab, 0xd1, 0xf4, 0xd3, 0xeb, 0xd2, 0xe5, 0xce, 0xda, 0xc9, 0xbd, 0xcb, 0xae, 0xcf, 0xe0, 0xd2, 0xc0, 0xa1, 0xa3]);
// 東陽與義烏山水相依 in Big5
const BIG5 = new Uint8Array([0xaa, 0x46, 0xb6, 0xa7, 0xbb, 0x50, 0xb8, 0x71, 0xaf, 0x51, 0xa4, 0x73, 0xa4, 0xf4, 0xac, 0xdb, 0xa8, 0xcc]);
// 東京都の天気 in Shift-JIS
const SHIFT_JIS = new Uint8Array([0x93, 0x8c, 0x8b, 0x9e, 0x93, 0x73, 0x82, 0xcc, 0x93, 0x56, 0x8b, 0x43]);

describe('documents in other encodings', () => {
  it('reads GBK Chinese text, and the build links it like UTF-8', () => {
    expect(decodeDocument(GBK, 'a.txt')).toEqual({ text: '东阳与义乌山水相依。', encoding: 'gb18030' });
    const linker = createLinker([
      { id: 'dongyang', name: '东阳市', aliases: ['东阳'], kind: 'county', parent: null },
      { id: 'yiwu', name: '义乌市', aliases: ['义乌'], kind: 'county', parent: null },
    ]);
    const corpus = buildCorpus([{ file: 'data/documents/gbk.txt', content: GBK }], linker);
    expect(corpus.documents[0]!.encoding).toBe('gb18030');
    expect(corpus.mentions.map((m) => m.surface)).toEqual(['东阳', '义乌']);
  });

  it('rejects Big5 and Shift-JIS, which GB18030 would turn into mojibake, saying what to do', () => {
    expect(() => decodeDocument(BIG5, 'data/documents/big5.txt')).toThrow(
      /^data\/documents\/big5\.txt: not UTF-8 text \(first invalid byte at offset 0\); read as GB18030 only \d+% of its characters are common Chinese, so it is another encoding \(Big5\? Shift-JIS\?\)\. Convert it to UTF-8$/,
    );
    expect(() => decodeDocument(SHIFT_JIS, 'sjis.txt')).toThrow(/sjis\.txt: .*read as GB18030 only 0% of its characters are common Chinese/);
  });
});
