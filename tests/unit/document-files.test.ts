/**
 * Every name in data/documents/ is accounted for (issue #18: a file with an upper-case or unknown extension was
 * skipped without a word): documents, their metadata and hidden files are read or ignored; anything else stops the
 * build naming the file.
 */
import { describe, expect, it } from 'vitest';
import { documentFileNames } from '../../src/lib/pipeline/document-files.ts';

const DIR = 'data/documents';

describe('the files of data/documents', () => {
  it('reads .txt and .md documents with their .meta.json, sorted, and ignores hidden files', () => {
    expect(documentFileNames(['b.md', 'a.txt', 'a.meta.json', '.gitkeep', '.DS_Store', 'b.meta.json'], DIR)).toEqual(['a.txt', 'b.md']);
  });

  it('stops on an upper-case extension, naming the file and the name to give it', () => {
    expect(() => documentFileNames(['a.txt', '报道.TXT'], DIR)).toThrow('data/documents/报道.TXT: not read: the extension must be lower case (rename it to 报道.txt)');
    expect(() => documentFileNames(['b.Md'], DIR)).toThrow('data/documents/b.Md: not read: the extension must be lower case (rename it to b.md)');
  });

  it('stops on any other file, naming it', () => {
    for (const name of ['报道.docx', 'notes', 'a.txt.bak', 'page.html']) {
      expect(() => documentFileNames([name], DIR), name).toThrow(`data/documents/${name}: not read: a document is a .txt or .md file`);
    }
  });

  it('stops on metadata whose document is not there', () => {
    expect(() => documentFileNames(['a.txt', 'b.meta.json'], DIR)).toThrow('data/documents/b.meta.json: metadata without its document');
  });
});
