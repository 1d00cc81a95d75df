import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runLinkCli } from '../../scripts/link-cli.ts';

type Line = Record<string, unknown>;
const jsonLines = (text: string): Line[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

/** Runs the CLI in this process, with `input` on its stdin; what it writes is collected. */
async function runCli(input: string | Buffer, args = ['--jsonl']) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const errors: string[] = [];
  const status = await runLinkCli(args, { stdin: Readable.from([input]), stdout, error: (line) => errors.push(line) });
  return { status, lines: jsonLines(out), stderr: errors.join('\n') };
}

describe('the link command (in-process)', () => {
  it('answers every input line in order, with UTF-16 offsets and the place’s id, official name and kind; bad lines get an error with their number', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: '东阳与义乌山水相依' }),
      'not json',
      JSON.stringify({ id: 'b', text: 42 }),
      '',
      JSON.stringify({ id: 'c', text: '𠀋From Yiwu to DONGYANG' }),
      JSON.stringify(['id', 'text']),
    ].join('\n');
    const { status, lines } = await runCli(`${input}\n`);
    expect(lines).toEqual([
      {
        id: 'a',
        mentions: [
          { start: 0, end: 2, surface: '东阳', place: { id: 'dongyang', name: '东阳市', kind: 'county' } },
          { start: 3, end: 5, surface: '义乌', place: { id: 'yiwu', name: '义乌市', kind: 'county' } },
        ],
      },
      { id: null, line: 2, error: expect.stringMatching(/^not valid JSON/) },
      { id: 'b', line: 3, error: '"text" must be a string' },
      { id: null, line: 4, error: 'empty line; expected {"id": string, "text": string}' },
      {
        id: 'c',
        mentions: [
          { start: 7, end: 11, surface: 'Yiwu', place: { id: 'yiwu', name: '义乌市', kind: 'county' } },
          { start: 15, end: 23, surface: 'DONGYANG', place: { id: 'dongyang', name: '东阳市', kind: 'county' } },
        ],
      },
      { id: null, line: 6, error: 'expected a JSON object {"id": string, "text": string}' },
    ]);
    expect(status).toBe(1);
  });

  it('exits 0 when every line was linked', async () => {
    const { status, lines } = await runCli(`${JSON.stringify({ id: 'x', text: '没有地名。' })}\n`);
    expect(status).toBe(0);
    expect(lines).toEqual([{ id: 'x', mentions: [] }]);
  });

  it('prints its usage and exits 2 without --jsonl', async () => {
    const { status, stderr, lines } = await runCli('', []);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toContain('usage: npm run --silent link -- --jsonl');
  });
});

describe('the link command on input it cannot read (in-process)', () => {
  it('answers the lines before input that is not UTF-8, then stops with status 2 naming the input and the line', async () => {
    const input = Buffer.concat([Buffer.from(`${JSON.stringify({ id: 'a', text: '东阳' })}\n`), Buffer.from('{"id":"b","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    const { status, lines, stderr } = await runCli(input);
    expect(lines.map((l) => l.id)).toEqual(['a']);
    expect(stderr).toBe('link: standard input: line 2 is not UTF-8 text; convert it to UTF-8');
    expect(status).toBe(2);
  });

  it('stops with status 2 naming a file that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'link-'));
    try {
      for (const file of [join(dir, 'missing.jsonl'), dir]) {
        const { status, stderr } = await runCli('', ['--jsonl', file]);
        expect(stderr).toMatch(new RegExp(`^link: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read \\((ENOENT|EISDIR)`));
        expect(status).toBe(2);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

const ROOT = resolve(import.meta.dirname, '../..');

describe('the link command as a process', () => {
  // tsx → node: a few seconds on an idle machine, many more on a busy one.
  it('works from a checkout whose path has a space and CJK characters (it did nothing and exited 0)', { timeout: 120_000 }, () => {
    // A checkout at such a path: its own scripts/, the rest linked to this one.
    const checkout = join(mkdtempSync(join(tmpdir(), 'atlas-')), '金华 地图');
    try {
      mkdirSync(checkout);
      cpSync(join(ROOT, 'scripts'), join(checkout, 'scripts'), { recursive: true });
      for (const entry of ['src', 'geo', 'data', 'node_modules', 'package.json']) symlinkSync(join(ROOT, entry), join(checkout, entry));
      writeFileSync(join(checkout, 'in.jsonl'), `${JSON.stringify({ id: 'x', text: '东阳' })}\n`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(checkout, 'scripts', 'link-cli.ts'), '--jsonl', 'in.jsonl'], { cwd: checkout, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(jsonLines(run.stdout).map((l) => l.id)).toEqual(['x']);
      expect(run.status).toBe(0);
    } finally {
      rmSync(resolve(checkout, '..'), { recursive: true });
    }
  });

  it('stops quietly when its reader goes away (| head -1), without an EPIPE stack trace', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'link-cli.ts'), '--jsonl'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The command stops before it has read all this: its stdin closing under our write is expected.
    child.stdin.on('error', (e: NodeJS.ErrnoException) => expect(e.code).toBe('EPIPE'));
    // Plenty of output, so the command is still writing when the reader closes after the first chunk.
    child.stdin.end(`${JSON.stringify({ id: 'x', text: '东阳与义乌山水相依，横店镇' })}\n`.repeat(20000));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('npm run --silent link -- --jsonl (spawned, as the README documents it)', () => {
  // npm → tsx → node: a few seconds on an idle machine, many more on a busy one.
  it('links stdin to stdout through npm, writing nothing but JSON Lines, and exits 0', { timeout: 120_000 }, () => {
    const run = spawnSync('npm', ['run', '--silent', 'link', '--', '--jsonl'], { input: `${JSON.stringify({ id: 'x', text: '东阳与没有地名。' })}\n`, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout)).toEqual([{ id: 'x', mentions: [{ start: 0, end: 2, surface: '东阳', place: { id: 'dongyang', name: '东阳市', kind: 'county' } }] }]);
    expect(run.status).toBe(0);
  });
});
