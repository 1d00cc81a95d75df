/**
 * Lists, per document, candidate place names the linker did not resolve (src/lib/pipeline/gaps-report.ts), with how
 * often each occurs and where it first does, so whoever adds a document sees what the gazetteer lacks:
 *   npm run gaps
 */
import { resolve } from 'node:path';
import { readInputs } from './atlas-pipeline.ts';
import { stopQuietlyOnClosedPipe } from './cli.ts';
import { buildCorpus, gazetteerLinker } from '../src/lib/pipeline/build-atlas.ts';
import { accountedNames, documentGaps } from '../src/lib/pipeline/gaps-report.ts';

stopQuietlyOnClosedPipe();
const inputs = readInputs(resolve(import.meta.dirname, '..'));
const { linker, notPlaces, places } = gazetteerLinker(inputs);
const accounted = accountedNames(notPlaces, places.features.map((f) => f.properties));
const corpus = buildCorpus(inputs.documents, linker);
let total = 0;
for (const document of corpus.documents) {
  const gaps = documentGaps(corpus, document.id, accounted);
  total += gaps.length;
  console.log(`\n${document.id}  (${document.file}): ${gaps.length} candidate${gaps.length === 1 ? '' : 's'}`);
  for (const { name, count, context, passageId } of gaps) {
    console.log(`  ${name.padEnd(10, '　')} ×${count}  ${passageId}  …${context.replace(/\s+/g, ' ')}…`);
  }
}
console.log(`\n${total} candidate names in ${corpus.documents.length} documents that no gazetteer place, alias or rule resolved.`);
