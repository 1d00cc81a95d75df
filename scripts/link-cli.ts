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
 * 2 usage or gazetteer error, unreadable input or input that is not UTF-8. Each line is linked as one document.
 * `--jsonl FILE` reads FILE instead of stdin.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { isMainModule, stopQuietlyOnClosedPipe } from './cli.ts';
import { readInputs } from './atlas-pipeline.ts';
import { gazetteerLinker } from '../src/lib/pipeline/build-atlas.ts';
import type { Linker } from '../src/lib/linker/index.ts';

const USAGE = 'usage: npm run --silent link -- --jsonl [FILE] < input.jsonl   (reads FILE or stdin; each line: {"id": string, "text": string})';
const STDIN = 'standard input';

/** Input that is not UTF-8: the CLI stops rather than link text with replacement characters in it. */
class NotUtf8Error extends Error {}

/**
 * The input's lines, decoded as strict UTF-8 (a line that is not UTF-8 stops the reading with NotUtf8Error naming
 * its number), with \n or \r\n endings removed.
 */
async function* utf8Lines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let lines = 0;
  const split = function* (text: string) {
    rest += text;
    let end: number;
    while ((end = rest.indexOf('\n')) >= 0) {
      lines++;
      yield rest.slice(0, end).replace(/\r$/, '');
      rest = rest.slice(end + 1);
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      // The lines before the first bad byte are still answered; the line it is in is not.
      yield* split(new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0]!);
      throw new NotUtf8Error(`line ${lines + 1} is not UTF-8 text`);
    }
    yield* split(text);
  }
  try {
    yield* split(decoder.decode());
  } catch {
    throw new NotUtf8Error(`the last line (${lines + 1}) ends inside a UTF-8 character`);
  }
  if (rest !== '') yield rest.replace(/\r$/, '');
}

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
  if (args[0] !== '--jsonl' || args.length > 2) {
    io.error(USAGE);
    return 2;
  }
  const file = args[1];
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
  const input = file === undefined ? io.stdin : createReadStream(file);
  try {
    for await (const line of utf8Lines(input as AsyncIterable<Buffer | string>)) {
      const { output, ok } = linkLine(linker, line, ++lineNumber);
      if (!ok) failures++;
      pending += `${output}\n`;
      if (pending.length > 1 << 16) await flush();
    }
  } catch (e) {
    await flush(); // the lines before the bad one were answered
    const reason = e instanceof NotUtf8Error ? `${e.message}; convert it to UTF-8` : `cannot be read (${(e as Error).message})`;
    io.error(`link: ${file ?? STDIN}: ${reason}`);
    return 2;
  }
  await flush();
  return failures > 0 ? 1 : 0;
}

if (isMainModule(import.meta.url)) {
  stopQuietlyOnClosedPipe();
  process.exitCode = await runLinkCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, error: (line) => console.error(line) });
}
