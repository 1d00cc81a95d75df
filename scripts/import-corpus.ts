/**
 * Copies the corpus texts into data/documents/ byte for byte (documents are evidence) and records each one's
 * origin and SHA-256 in its .meta.json, keeping the hand-written metadata already there.
 *   npm run import:corpus        (package.json passes the shared corpus folder)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourceDirArg } from './source-dir.ts';

const corpusDir = sourceDirArg('import-corpus.ts', 'corpus');
const outDir = resolve(import.meta.dirname, '..', 'data', 'documents');

for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort()) {
  const bytes = readFileSync(join(corpusDir, name));
  writeFileSync(join(outDir, name), bytes);
  const metaPath = join(outDir, name.replace(/\.txt$/, '.meta.json'));
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : { id: name.replace(/\.txt$/, ''), title: name };
  meta.origin = `shared/corpus/${name}, sha256 ${createHash('sha256').update(bytes).digest('hex')}`;
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`data/documents/${name}: ${bytes.length} bytes`);
}
