import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runLinkCli } from '../../scripts/link-cli.ts';

type Line = Record<string, unknown>;
const jsonLines = (text: string): Line[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

/** Runs the CLI in this process, with `input` on its stdin; what it writes is collected. */
async function runCli(input: string, args = ['--jsonl']) {
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

describe('npm run --silent link -- --jsonl (spawned, as the README documents it)', () => {
  // npm → tsx → node: a few seconds on an idle machine, many more on a busy one.
  it('links stdin to stdout through npm, writing nothing but JSON Lines, and exits 0', { timeout: 120_000 }, () => {
    const run = spawnSync('npm', ['run', '--silent', 'link', '--', '--jsonl'], { input: `${JSON.stringify({ id: 'x', text: '东阳与没有地名。' })}\n`, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout)).toEqual([{ id: 'x', mentions: [{ start: 0, end: 2, surface: '东阳', place: { id: 'dongyang', name: '东阳市', kind: 'county' } }] }]);
    expect(run.status).toBe(0);
  });
});
