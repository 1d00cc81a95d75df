/**
 * Linker throughput on a large synthetic corpus (the five documents repeated to ≥ 50 MB of UTF-8) with the real
 * gazetteer plus 5,000 synthetic names, against a naive baseline in the same run (every surface searched with
 * indexOf). Prints MB/s; see bench/README.md.
 *   npm run bench:linker
 */
import { performance } from 'node:perf_hooks';
import { gazetteerLinker } from '../src/lib/pipeline/build-atlas.ts';
import { createLinker, NON_PLACE_PHRASES } from '../src/lib/linker/index.ts';
import { inputs, mb, syntheticPlaces } from './synthetic.ts';

const TARGET_BYTES = 50e6;
const SYNTHETIC = 5000;

const { places } = gazetteerLinker(inputs);
const real = places.features.filter((f) => !f.properties.context).map((f) => f.properties); // context features are not linked
const taken = new Set(real.flatMap((p) => [p.name, ...p.aliases]));
const all = [...real, ...syntheticPlaces(SYNTHETIC, taken)];
let started = performance.now();
const linker = createLinker(all);
const buildMs = performance.now() - started;
const surfaces = [...new Set([...all.flatMap((p) => [p.name, ...p.aliases, ...(p.name_en ? [p.name_en] : [])]), ...NON_PLACE_PHRASES.map((n) => n.phrase)])];

const documents = inputs.documents.map((d) => new TextDecoder().decode(d.content));
const corpus: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const text = documents[i % documents.length]!;
  corpus.push(text);
  bytes += Buffer.byteLength(text);
}

// Warm up, then time the linker over the whole corpus, one document per call.
for (const text of corpus.slice(0, 50)) linker.link(text);
started = performance.now();
let mentions = 0;
for (const text of corpus) mentions += linker.link(text).length;
const linkerSeconds = (performance.now() - started) / 1000;

/** The naive way: every surface searched in every text with indexOf (occurrences only, no selection or rules). */
function naive(text: string): number {
  let found = 0;
  for (const surface of surfaces) for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) found++;
  return found;
}
// The baseline is slow: time it on a prefix of the same corpus, at least 3 s of work.
started = performance.now();
let baselineBytes = 0;
let occurrences = 0;
for (let i = 0; performance.now() - started < 3000 && i < corpus.length; i++) {
  occurrences += naive(corpus[i]!);
  baselineBytes += Buffer.byteLength(corpus[i]!);
}
const baselineSeconds = (performance.now() - started) / 1000;

const linkerRate = mb(bytes) / linkerSeconds;
const baselineRate = mb(baselineBytes) / baselineSeconds;
console.log(`linker throughput — ${all.length} places (${real.length} real + ${SYNTHETIC} synthetic), ${surfaces.length} surfaces; automaton built in ${buildMs.toFixed(0)} ms`);
console.log(`  linker   ${mb(bytes).toFixed(1)} MB (${corpus.length} documents) in ${linkerSeconds.toFixed(2)} s = ${linkerRate.toFixed(1)} MB/s, ${mentions} mentions`);
console.log(`  baseline ${mb(baselineBytes).toFixed(1)} MB (indexOf per surface) in ${baselineSeconds.toFixed(2)} s = ${baselineRate.toFixed(2)} MB/s, ${occurrences} raw occurrences`);
console.log(`  speed-up ${(linkerRate / baselineRate).toFixed(0)}× (targets: ≥ 30 MB/s and ≥ 20× the baseline)`);
