/**
 * Which files of data/documents/ the build reads. Every name is accounted for: a `.txt` or `.md` is a document, a
 * `.meta.json` belongs to the document of the same name, a hidden file (`.gitkeep`, `.DS_Store`) is not content; any
 * other name stops the build with the file named, so a document is never left out without a word (`报道.TXT`,
 * `报道.docx`, a `.meta.json` whose text was renamed).
 */
import { AtlasInputError } from '../geo/validate.ts';

export const DOCUMENT_EXTENSION = /\.(txt|md)$/;
const META = /\.meta\.json$/;

/** The document files among a directory's names, sorted; throws AtlasInputError on any name that is neither. */
export function documentFileNames(names: readonly string[], dir: string): string[] {
  const texts = names.filter((name) => DOCUMENT_EXTENSION.test(name)).sort();
  const stems = new Set(texts.map((name) => name.replace(DOCUMENT_EXTENSION, '')));
  for (const name of names) {
    if (name.startsWith('.') || DOCUMENT_EXTENSION.test(name)) continue;
    const file = `${dir}/${name}`;
    if (META.test(name)) {
      if (!stems.has(name.replace(META, ''))) throw new AtlasInputError(file, `metadata without its document: there is no ${name.replace(META, '')}.txt or .md beside it`);
      continue;
    }
    if (DOCUMENT_EXTENSION.test(name.toLowerCase())) {
      throw new AtlasInputError(file, `not read: the extension must be lower case (rename it to ${name.replace(/\.[^.]+$/, (ext) => ext.toLowerCase())})`);
    }
    throw new AtlasInputError(file, 'not read: a document is a .txt or .md file (UTF-8 or GB18030); convert others with npm run add-document, or move the file out of the folder');
  }
  return texts;
}
