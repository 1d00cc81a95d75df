/**
 * Passage search at 500, 5,000 and 10,000 documents (synthetic archives of the real documents' sentences,
 * `syntheticCorpus`): the sharded gram index (src/lib/search/passage-index.ts + passage-search.ts) side by side with
 * today's linear substring search over every passage in memory (`createSearch`), in the same process; then MiniSearch
 * and FlexSearch given the same grams as tokens, each whole index in one piece as those libraries save it. Each
 * (size, engine) runs in a fresh process, so one's memory does not slow the next. Figures in bench/README.md.
 *   npm run bench:search                       every size, every engine
 *   npm run bench:search -- --sizes 500 --engines index,minisearch
 *
 * Our index's files are served from memory, parsed as a browser parses a fetched file (`JSON.parse`, a cache hit
 * with no network); `passagesOf` parses the document's shard as the static layout will serve it
 * (`atlas/doc/<id>.json`: the document and its passages). "Cold" is a new search (nothing fetched yet) per query;
 * "typed" is each keystroke of the query typed into one search, as a reader types it (the earlier keystrokes' files
 * kept).
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { CorpusDocument, Passage } from '../src/lib/corpus/types.ts';
import { buildAtlas } from '../src/lib/pipeline/build-atlas.ts';
import { asciiLower, eachGram, gramText, queryGrams } from '../src/lib/search/passage-grams.ts';
import { buildPassageIndex, displayOrder } from '../src/lib/search/passage-index.ts';
import { createPassageSearch } from '../src/lib/search/passage-search.ts';
import { createSearch, scanPassages, type PassageHit } from '../src/lib/search/search.ts';
import { inputs, syntheticCorpus } from './synthetic.ts';

const QUERIES = {
  '1 character': ['的', '东', '镇', '湖'],
  '2 characters': ['发展', '东阳', '义乌', '横店'],
  '4 characters': ['高质量发', '横店影视', '国际枢纽', '上海浦东'],
  English: ['gdp', 'led', 'ipv6', 'hengdian'],
};
const LIMIT = 30;
const RUNS = 3;
const ENGINES = ['index', 'minisearch', 'flexsearch'] as const;
type Engine = (typeof ENGINES)[number];

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const gz = (text: string) => gzipSync(text).length;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

/** The archive of `size` documents, and what a substring search over it answers, in display order. */
function archive(size: number) {
  const { documents, passages } = syntheticCorpus(buildAtlas(inputs).corpus, size);
  const byDocument = new Map<string, Passage[]>(documents.map((d) => [d.id, []]));
  for (const p of passages) byDocument.get(p.documentId)!.push(p);
  const ordered = displayOrder(documents).flatMap((d) => byDocument.get(d.id)!);
  const truth = (query: string) => scanPassages(ordered, asciiLower(query), LIMIT);
  return { documents, passages, byDocument, ordered, truth };
}
type Archive = ReturnType<typeof archive>;

const page = (hits: PassageHit[]) => hits.map((h) => `${h.passage.id}@${h.start}`).join(' ');

/** Latency per query group, and whether every query's page and count equal the substring search's. */
interface QueryFigures {
  group: string;
  latencies: number[];
  typed?: number[];
  bytes?: number[];
  /** For each count the index gave as an upper bound: how far above the true count, as a fraction. */
  overcounts?: number[];
  wrong: string[];
}

function lines(figures: QueryFigures[]): string[] {
  return figures.map(({ group, latencies, typed, bytes, overcounts, wrong }) =>
    [
      `    ${group.padEnd(13)} median ${ms(median(latencies)).padStart(5)} ms, p95 ${ms(p95(latencies)).padStart(5)} ms`,
      typed ? `; typed, per keystroke: median ${ms(median(typed))} ms, p95 ${ms(p95(typed))} ms` : '',
      bytes ? `; fetched per query: median ${kb(median(bytes))}, max ${kb(Math.max(...bytes))}` : '',
      overcounts?.length ? `; ${overcounts.length / RUNS} of ${latencies.length / RUNS} counts upper bounds, at most +${(Math.max(...overcounts) * 100).toFixed(1)} %` : '',
      wrong.length ? `; DIFFERS from substring search: ${wrong.join(', ')}` : '',
    ].join(''),
  );
}

/** Today's search: every passage in memory, scanned for each query (the places' part is left out). */
async function baseline(data: Archive): Promise<string[]> {
  const corpusJson = JSON.stringify({ documents: data.documents, passages: data.passages });
  const cpu = process.cpuUsage();
  const built = await timed(() => createSearch([], data.passages, () => 0));
  const figures: QueryFigures[] = [];
  for (const [group, queries] of Object.entries(QUERIES)) {
    const latencies: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const query of queries) latencies.push((await timed(() => built.value(query, { hiddenKinds: [], onlyIds: null, documentId: null }, LIMIT))).ms);
    }
    figures.push({ group, latencies, wrong: [] });
  }
  return [
    `  linear substring search (today): the corpus's documents and passages in the browser, ${mb(corpusJson.length)} as JSON, ${mb(gz(corpusJson))} gzipped; lowercased once in ${ms(built.ms)} ms (${cpuSeconds(cpu).toFixed(1)} CPU s)`,
    ...lines(figures),
  ];
}

/** The sharded gram index: build, files, and queries through the static layout. */
async function shardedIndex(data: Archive): Promise<string[]> {
  const cpu = process.cpuUsage();
  const built = await timed(() => buildPassageIndex(data, 'atlas'));
  const buildCpu = cpuSeconds(cpu);
  const files = built.value;
  const kinds = new Map<string, { raw: number[]; gz: number[] }>();
  for (const [name, text] of files) {
    const kind = name.split('/')[2]!;
    const sizes = kinds.get(kind) ?? { raw: [], gz: [] };
    sizes.raw.push(text.length);
    sizes.gz.push(gz(text));
    kinds.set(kind, sizes);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const all = [...kinds.values()];
  const out = [
    `  sharded gram index: built in ${ms(built.ms)} ms (${buildCpu.toFixed(1)} CPU s), ${files.size} files, ${mb(sum(all.flatMap((k) => k.raw)))} (${mb(sum(all.flatMap((k) => k.gz)))} gzipped)`,
    ...[...kinds].map(
      ([kind, { raw, gz: zipped }]) =>
        `    ${kind.padEnd(11)} ${String(raw.length).padStart(6)} files, median ${kb(median(raw))} (${kb(median(zipped))} gz), max ${kb(Math.max(...raw))} (${kb(Math.max(...zipped))} gz)`,
    ),
  ];

  const documentFiles = new Map(data.documents.map((d) => [d.id, JSON.stringify({ document: d, passages: data.byDocument.get(d.id) })]));
  const newSearch = () => {
    let bytes = 0;
    const documents = new Map<string, Promise<Passage[]>>();
    const search = createPassageSearch({
      fetchJson: async (path) => {
        const text = files.get(`atlas/${path}`)!;
        bytes += text.length;
        return JSON.parse(text);
      },
      passagesOf: (id) => {
        let passages = documents.get(id);
        if (!passages) {
          const text = documentFiles.get(id)!;
          bytes += text.length;
          documents.set(id, (passages = Promise.resolve((JSON.parse(text) as { passages: Passage[] }).passages)));
        }
        return passages;
      },
    });
    return { search: search.search, bytes: () => bytes };
  };
  const figures: QueryFigures[] = [];
  for (const [group, queries] of Object.entries(QUERIES)) {
    const latencies: number[] = [];
    const typed: number[] = [];
    const bytes: number[] = [];
    const overcounts: number[] = [];
    const wrong = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      for (const query of queries) {
        const cold = newSearch();
        const answer = await timed(() => cold.search(query, { documentId: null, limit: LIMIT }));
        latencies.push(answer.ms);
        bytes.push(cold.bytes());
        const truth = data.truth(query);
        const sameCount = answer.value.exact ? answer.value.total === truth.total : answer.value.total >= truth.total;
        if (!answer.value.exact) overcounts.push(answer.value.total / truth.total - 1);
        if (page(answer.value.hits) !== page(truth.hits) || !sameCount) wrong.add(query);
        const typing = newSearch();
        for (let n = 1; n <= [...query].length; n++) {
          typed.push((await timed(() => typing.search([...query].slice(0, n).join(''), { documentId: null, limit: LIMIT }))).ms);
        }
      }
    }
    figures.push({ group, latencies, typed, bytes, overcounts, wrong: [...wrong] });
  }
  return [...out, `    queries, cold (a new search per query: manifest, shards, tails, document chunks and documents fetched):`, ...lines(figures)];
}

/** The grams of a passage as the index cuts them, as strings, for the libraries' tokenizers. */
const gramsOf = (text: string) => {
  const grams = new Set<string>();
  eachGram(asciiLower(text), (first, second) => grams.add(gramText(first, second)));
  return [...grams];
};

/**
 * A library's whole index: built from the same grams, saved as the library saves it (one piece: neither loads part
 * of an index), loaded back as a browser would at its first search, then queried; candidates checked against the
 * text as ours are, in display order.
 */
async function library(engine: Exclude<Engine, 'index'>, data: Archive): Promise<string[]> {
  const ordinal = new Map(data.ordered.map((p, i) => [p, i]));
  const cpu = process.cpuUsage();
  const building = await timed(async (): Promise<{ saved: string[]; load: () => (grams: string[]) => number[] }> => {
    if (engine === 'minisearch') {
      const options = { fields: ['text'], idField: 'n', tokenize: gramsOf, processTerm: (term: string) => term };
      const index = new MiniSearch<{ n: number; text: string }>(options);
      for (const p of data.passages) index.add({ n: ordinal.get(p)!, text: p.text });
      const json = JSON.stringify(index);
      return {
        saved: [json],
        load: () => {
          const loaded = MiniSearch.loadJSON<{ n: number; text: string }>(json, options);
          return (grams) => loaded.search(grams.join(' '), { combineWith: 'AND', tokenize: (q) => q.split(' ') }).map((r) => r.id as number);
        },
      };
    }
    const index = new FlexIndex({ tokenize: 'strict', encode: gramsOf });
    for (const p of data.passages) index.add(ordinal.get(p)!, p.text);
    const pieces: Array<[string, string]> = [];
    await index.export((key, value) => void pieces.push([String(key), value]));
    return {
      saved: pieces.map(([, value]) => value),
      load: () => {
        const loaded = new FlexIndex({ tokenize: 'strict', encode: (text: string) => text.split(' ') });
        for (const [key, value] of pieces) loaded.import(key, value);
        return (grams) => loaded.search(grams.join(' '), { limit: data.passages.length }) as number[];
      },
    };
  });
  const buildCpu = cpuSeconds(cpu);
  const { saved, load } = building.value;
  const bytes = saved.reduce((n, piece) => n + piece.length, 0);
  const zipped = saved.reduce((n, piece) => n + gz(piece), 0);
  const loading = await timed(() => load());
  const search = loading.value;
  const figures: QueryFigures[] = [];
  for (const [group, queries] of Object.entries(QUERIES)) {
    const latencies: number[] = [];
    const wrong = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      for (const query of queries) {
        const needle = asciiLower(query);
        const answer = await timed(() => {
          const candidates = search(queryGrams(needle).grams).sort((a, b) => a - b);
          return scanPassages(candidates.map((n) => data.ordered[n]!), needle, LIMIT);
        });
        latencies.push(answer.ms);
        const truth = data.truth(query);
        if (answer.value.total !== truth.total || answer.value.hits.some((h, i) => h.passage !== truth.hits[i]?.passage)) wrong.add(query);
      }
    }
    figures.push({ group, latencies, wrong: [...wrong] });
  }
  return [
    `  ${engine}: built in ${ms(building.ms)} ms (${buildCpu.toFixed(1)} CPU s), saved in ${saved.length} piece(s), ${mb(bytes)} (${mb(zipped)} gzipped), loaded in ${ms(loading.ms)} ms, heap ${mb(process.memoryUsage().heapUsed)}`,
    `    queries, after the load (candidates checked against the text in memory, no document fetched):`,
    ...lines(figures),
  ];
}

const child = process.argv.indexOf('--child');
if (child >= 0) {
  const engine = process.argv[child + 1] as Engine;
  const size = Number(process.argv[child + 2]);
  const data = archive(size);
  const out = engine === 'index' ? [...(await baseline(data)), ...(await shardedIndex(data))] : await library(engine, data);
  console.log(out.join('\n'));
} else {
  const sizes = (arg('sizes') ?? '500,5000,10000').split(',').map(Number);
  const engines = (arg('engines') ?? ENGINES.join(',')).split(',') as Engine[];
  console.log(`passage search: ${LIMIT} results a query, ${RUNS} runs of each query; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  for (const size of sizes) {
    const { passages } = syntheticCorpus(buildAtlas(inputs).corpus, size);
    const characters = passages.reduce((n, p) => n + p.text.length, 0);
    console.log(`\n${size.toLocaleString('en')} documents, ${passages.length.toLocaleString('en')} passages, ${(characters / 1e6).toFixed(1)} M characters`);
    for (const engine of engines) {
      try {
        // Room for the libraries' in-memory indexes; one that needs more than this is reported, not waited for.
        const output = execFileSync(process.execPath, ['--max-old-space-size=8192', ...process.execArgv, import.meta.filename, '--child', engine, String(size)], {
          encoding: 'utf8',
          timeout: 15 * 60_000,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        console.log(output.trimEnd());
      } catch (error) {
        const { signal, stderr } = error as { signal?: string; stderr?: string };
        const reason = signal === 'SIGTERM' ? 'gave up after 15 minutes' : /heap out of memory/.test(stderr ?? '') ? 'out of memory (8 GB heap)' : (stderr ?? String(error)).trim().split('\n').at(-1);
        console.log(`  ${engine}: ${reason}`);
      }
    }
  }
}
