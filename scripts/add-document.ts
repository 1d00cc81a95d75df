/**
 * Adds a document to data/documents/ with the build's own checks:
 *   npm run add-document -- FILE [--title T]
 * FILE is .txt or .md (UTF-8 or GB18030/GBK; copied byte for byte), or .html / .docx (their text is written as
 * .txt). Writes <id>.txt (or .md) and <id>.meta.json, where the id is derived from the text (as "download for
 * publishing" in the explorer derives it), after decoding, splitting and linking it with the rest of the corpus as
 * the next build will. Prints what it found; exits non-zero with the reason on bad input, writing nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readInputs } from './atlas-pipeline.ts';
import { stopQuietlyOnClosedPipe } from './cli.ts';
import { AtlasInputError } from '../src/lib/geo/validate.ts';
import { addTextStrings } from '../src/lib/i18n/add-text.ts';
import { LocalDocError } from '../src/lib/local-docs/errors.ts';
import { readInput } from '../src/lib/local-docs/input.ts';
import { titleOf } from '../src/lib/local-docs/process.ts';
import { publishFiles } from '../src/lib/local-docs/publish.ts';
import { buildAtlas, readNotPlaces } from '../src/lib/pipeline/build-atlas.ts';
import { accountedNames, documentGaps } from '../src/lib/pipeline/gaps-report.ts';

stopQuietlyOnClosedPipe();
const root = resolve(import.meta.dirname, '..');
const fail = (message: string): never => {
  console.error(`add-document: ${message}`);
  process.exit(1);
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { title: { type: 'string' } } });
if (positionals.length !== 1) fail('usage: npm run add-document -- FILE [--title T]');
const path = resolve(positionals[0]!);
if (!existsSync(path)) fail(`${path}: no such file`);
const name = basename(path);
const bytes = readable(path);

function readable(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    return fail(`${file}: cannot be read (${(e as Error).message})`);
  }
}

try {
  const read = await readInput({ kind: 'file', name, bytes });
  const copiesBytes = /\.(txt|md|markdown)$/i.test(name);
  const title = titleOf(read.text, values.title);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const { id, txt, metaJson } = publishFiles(read.text, { title, origin: `${name}, sha256 ${sha}` });
  const ext = read.format === 'md' ? 'md' : 'txt';
  const docDir = join(root, 'data', 'documents');
  const textFile = join(docDir, `${id}.${ext}`);
  const metaFile = join(docDir, `${id}.meta.json`);
  if (existsSync(textFile) || existsSync(metaFile)) fail(`data/documents/${id}.${ext} already exists: this text has been added before`);

  const content = copiesBytes ? bytes : new TextEncoder().encode(txt);
  const inputs = readInputs(root);
  inputs.documents.push({ file: `data/documents/${id}.${ext}`, content, meta: { file: `data/documents/${id}.meta.json`, content: metaJson } });
  const { corpus, places } = buildAtlas(inputs);

  const nameOf = new Map(places.features.map((f) => [f.properties.id, f.properties.name]));
  const mentions = new Map<string, number>();
  for (const m of corpus.mentions) if (m.passageId.startsWith(`${id}:`)) mentions.set(m.placeId, (mentions.get(m.placeId) ?? 0) + 1);
  const counts = [...mentions].sort((a, b) => b[1] - a[1]);
  const passages = corpus.passages.filter((p) => p.documentId === id).length;
  writeFileSync(textFile, content);
  writeFileSync(metaFile, metaJson);
  console.log(`Added data/documents/${id}.${ext} and ${id}.meta.json: “${title}” (${read.encoding}${copiesBytes ? ', copied byte for byte' : ', converted to text'})`);
  console.log(`${passages} passages; ${counts.length} places: ${counts.map(([p, n]) => `${nameOf.get(p) ?? p} ×${n}`).join('、') || 'none'}`);
  const gaps = documentGaps(corpus, id, accountedNames(readNotPlaces(inputs.notPlaces), places.features.map((f) => f.properties)));
  if (gaps.length) console.log(`Names the gazetteer lacks (npm run gaps): ${gaps.map((g) => g.name).join('、')}`);
  console.log('Check the .meta.json (byline, source, date with its evidence) before publishing.');
} catch (e) {
  if (e instanceof LocalDocError) fail(`${addTextStrings('en').addTextError[e.code]} (${e.detail})`);
  if (e instanceof AtlasInputError) fail(e.message);
  throw e;
}
