/**
 * Linker throughput on a large corpus (the five documents repeated to ≥ 50 MB of UTF-8), with the gazetteer topped
 * up to ≥ 5,000 places by synthetic names when it has fewer, side by side with @monyone/aho-corasick (the fastest
 * npm Aho–Corasick library we know of) searching the very same strings in the very same text. Our linker does more
 * (traditional → simplified folding, selection, every rule); the library only finds occurrences. The corpus is
 * also run in traditional characters. Prints MB/s and the ratio; see bench/README.md.
 *   npm run bench:linker                  (the gazetteer in geo/)
 *   npm run bench:linker -- --geo <dir>   (the *.geojson of another gazetteer, e.g. a branch's snapshot; not checked)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AhoCorasick as MonyoneAhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import { AhoCorasick as MonyoneGreedy } from '@monyone/aho-corasick/greedy';
import * as OpenCC from 'opencc-js';
import { gazetteerLinker } from '../src/lib/pipeline/build-atlas.ts';
import { createLinker, type LinkablePlace } from '../src/lib/linker/index.ts';
import { inputs, mb, syntheticPlaces } from './synthetic.ts';

const TARGET_BYTES = 50e6;
const MIN_PLACES = 5000;

const geoArg = process.argv.indexOf('--geo');
const { places, notPlaces } = gazetteerLinker(inputs);
const real: LinkablePlace[] =
  geoArg > 0
    ? readdirSync(process.argv[geoArg + 1]!)
        .filter((n) => n.endsWith('.geojson'))
        .flatMap((n) => JSON.parse(readFileSync(join(process.argv[geoArg + 1]!, n), 'utf8')).features)
        .map((f: { properties: LinkablePlace }) => f.properties)
    : places.features.map((f) => f.properties);
const taken = new Set(real.flatMap((p) => [p.name, ...p.aliases]));
const linkable = real.filter((p) => !p.context).length; // context features are not linked
const synthetic = Math.max(0, MIN_PLACES - linkable);
const all = [...real, ...syntheticPlaces(synthetic, taken)];
let started = performance.now();
const linker = createLinker(all, notPlaces);
const buildMs = performance.now() - started;

const documents = inputs.documents.map((d) => new TextDecoder().decode(d.content));
const corpus: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const text = documents[i % documents.length]!;
  corpus.push(text);
  bytes += Buffer.byteLength(text);
}
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const traditionalDocs = documents.map(toTraditional);
const traditional = corpus.map((_, i) => traditionalDocs[i % documents.length]!);
const traditionalBytes = traditional.reduce((n, t) => n + Buffer.byteLength(t), 0);

/**
 * The fastest of three passes of `run` over `texts` (the first one also warms the JIT up): wall seconds, CPU seconds
 * (the machine is shared, so the ratio is taken on CPU time) and what it counted.
 */
function time(texts: readonly string[], run: (text: string) => number): { seconds: number; cpu: number; found: number } {
  const pass = () => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let found = 0;
    for (const text of texts) found += run(text);
    const cpu = process.cpuUsage(cpuStart);
    return { seconds: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6, found };
  };
  return [pass(), pass(), pass()].reduce((best, t) => (t.cpu < best.cpu ? t : best));
}

const ours = time(corpus, (t) => linker.link(t).length);
const oursTraditional = time(traditional, (t) => linker.link(t).length);
const libraries = [
  ['@monyone/aho-corasick', MonyoneAhoCorasick],
  ['@monyone/aho-corasick/fast', MonyoneFast],
  ['@monyone/aho-corasick/greedy', MonyoneGreedy],
] as const;
const theirs = libraries.map(([name, Library]) => {
  started = performance.now();
  const automaton = new Library([...linker.surfaces]);
  const ms = performance.now() - started;
  return { name, ms, ...time(corpus, (t) => automaton.matchInText(t).length) };
});

const rate = (b: number, s: number) => mb(b) / s;
const rates = (b: number, t: { seconds: number; cpu: number }) =>
  `${rate(b, t.cpu).toFixed(1).padStart(6)} MB/s per CPU second (${rate(b, t.seconds).toFixed(1)} MB/s wall)`;
const oursRate = rate(bytes, ours.cpu);
console.log(
  `linker throughput — ${linkable + synthetic} places (${linkable} from the gazetteer + ${synthetic} synthetic), ${linker.surfaces.length} surfaces; ` +
    `our automaton built in ${buildMs.toFixed(0)} ms`,
);
console.log(`  corpus: ${mb(bytes).toFixed(1)} MB (${corpus.length} documents, one per call); in traditional characters ${mb(traditionalBytes).toFixed(1)} MB`);
console.log(`  our linker (all rules)        ${rates(bytes, ours)}, ${ours.found} mentions`);
console.log(`  our linker, traditional text  ${rates(traditionalBytes, oursTraditional)}, ${oursTraditional.found} mentions`);
for (const t of theirs) console.log(`  ${t.name.padEnd(29)} ${rates(bytes, t)}, ${t.found} raw occurrences (built in ${t.ms.toFixed(0)} ms)`);
const best = Math.max(...theirs.map((t) => rate(bytes, t.cpu)));
console.log(`  ratio to the fastest library: ${(oursRate / best).toFixed(2)}× (target ≥ 3×)`);
