/**
 * Building passages + index (decode, split, classify, repair, link, index: `buildCorpus`) for 1,000 … 10,000
 * documents — the five real documents repeated under new ids — each size in a fresh process so its peak memory
 * (max RSS) is its own; the fastest of two runs per size. Prints time, CPU time, peak memory and time per 1,000
 * documents (flat = linear); see bench/README.md.
 *   npm run bench:corpus
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildCorpus, gazetteerLinker, type AtlasInputs } from '../src/lib/pipeline/build-atlas.ts';
import { inputs } from './synthetic.ts';

const SIZES = [1000, 2500, 5000, 7500, 10000];
/** Each size runs this many times in fresh processes; the fastest run is shown (the others were slowed by other load). */
const RUNS = 2;

interface Run {
  documents: number;
  megabytes: number;
  seconds: number;
  cpuSeconds: number;
  peakMegabytes: number;
  passages: number;
  mentions: number;
}

function measure(count: number): Run {
  const { linker } = gazetteerLinker(inputs);
  const documents: AtlasInputs['documents'] = Array.from({ length: count }, (_, i) => {
    const source = inputs.documents[i % inputs.documents.length]!;
    const meta = JSON.parse(source.meta!.content) as { id: string };
    return {
      file: `data/documents/copy-${i}.txt`,
      content: source.content,
      meta: { file: `data/documents/copy-${i}.meta.json`, content: JSON.stringify({ ...meta, id: `${meta.id}-${i}` }) },
    };
  });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const corpus = buildCorpus(documents, linker);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    documents: count,
    megabytes: documents.reduce((n, d) => n + d.content.length, 0) / 1e6,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    passages: corpus.passages.length,
    mentions: corpus.mentions.length,
  };
}

const child = process.argv.indexOf('--child');
if (child >= 0) {
  console.log(JSON.stringify(measure(Number(process.argv[child + 1]))));
} else {
  console.log(`building passages + index (buildCorpus), each size in a fresh process; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  console.log('  documents     MB   seconds  CPU seconds  s per 1,000 docs  peak RSS MB   passages    mentions');
  for (const size of SIZES) {
    const runs = Array.from({ length: RUNS }, () => {
      const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', String(size)], { encoding: 'utf8' });
      return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
    });
    const run = runs.reduce((best, r) => (r.seconds < best.seconds ? r : best));
    console.log(
      `  ${String(run.documents).padStart(9)} ${run.megabytes.toFixed(0).padStart(6)} ${run.seconds.toFixed(2).padStart(9)} ${run.cpuSeconds.toFixed(2).padStart(12)} ${((run.seconds / run.documents) * 1000).toFixed(3).padStart(17)} ${run.peakMegabytes.toFixed(0).padStart(12)} ${String(run.passages).padStart(10)} ${String(run.mentions).padStart(11)}`,
    );
  }
  console.log('  (targets for 10,000 documents: < 15 s and < 1.5 GB peak memory; time per 1,000 documents should stay flat)');
}
