/**
 * The place linker as a command other tools can call (documented in README.md, "Linking text from the command line"):
 *
 *   npm run --silent link -- --jsonl < in.jsonl > out.jsonl
 *
 * Reads JSON Lines {"id": string, "text": string}; writes one line per input line, in the same order:
 *   {"id": …, "mentions": [{"start": n, "end": n, "surface": "…", "place": {"id": "…", "name": "…", "kind": "…"}}]}
 * (offsets in UTF-16 code units, end exclusive). A line that is not such an object gets
 *   {"id": <its id or null>, "line": n, "error": "…"}
 * and the following lines are still processed. Exit status: 0 all lines linked, 1 some lines were errors,
 * 2 usage or gazetteer error. Each line is linked as one document.
 */
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { readInputs } from './atlas-pipeline.ts';
import { gazetteerLinker } from '../src/lib/pipeline/build-atlas.ts';
import type { Linker } from '../src/lib/linker/index.ts';

const USAGE = 'usage: npm run --silent link -- --jsonl < input.jsonl   (each line: {"id": string, "text": string})';

/** The output line for one input line (without the newline). */
function linkLine(linker: Linker, line: string, lineNumber: number): { output: string; ok: boolean } {
  const fail = (id: unknown, error: string) => ({ output: JSON.stringify({ id: typeof id === 'string' ? id : null, line: lineNumber, error }), ok: false });
  if (line.trim() === '') return fail(null, 'empty line; expected {"id": string, "text": string}');
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return fail(null, `not valid JSON: ${(e as Error).message}`);
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return fail(null, 'expected a JSON object {"id": string, "text": string}');
  const { id, text } = input as { id?: unknown; text?: unknown };
  if (typeof id !== 'string') return fail(id, '"id" must be a string');
  if (typeof text !== 'string') return fail(id, '"text" must be a string');
  const mentions = linker.link(text).map(({ start, end, surface, placeId }) => {
    const place = linker.places.get(placeId)!;
    return { start, end, surface, place: { id: place.id, name: place.name, kind: place.kind } };
  });
  return { output: JSON.stringify({ id, mentions }), ok: true };
}

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  /** One line of usage or error text. */
  error(line: string): void;
}

/** The whole command: arguments and streams in, exit status out. Runs in-process (the unit tests call it). */
export async function runLinkCli(args: string[], io: CliIo, root = resolve(import.meta.dirname, '..')): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length !== 1 || args[0] !== '--jsonl') {
    io.error(USAGE);
    return 2;
  }
  let linker: Linker;
  try {
    linker = gazetteerLinker(readInputs(root)).linker;
  } catch (e) {
    io.error(`link: cannot build the gazetteer: ${(e as Error).message}`);
    return 2;
  }
  let lineNumber = 0;
  let failures = 0;
  let pending = '';
  const flush = async () => {
    if (!io.stdout.write(pending)) await new Promise((done) => io.stdout.once('drain', done));
    pending = '';
  };
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    const { output, ok } = linkLine(linker, line, ++lineNumber);
    if (!ok) failures++;
    pending += `${output}\n`;
    if (pending.length > 1 << 16) await flush();
  }
  await flush();
  return failures > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runLinkCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, error: (line) => console.error(line) });
}
