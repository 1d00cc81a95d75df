import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the CLI exactly as the README documents it (npm run --silent link -- --jsonl), with `input` on stdin. */
function runCli(input: string, args = ['--jsonl']) {
  const run = spawnSync('npm', ['run', '--silent', 'link', '--', ...args], { input, encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: run.stderr };
}

// Each test starts npm, tsx and a build of the whole gazetteer (5,000 places): seconds, more on a loaded machine.
describe('npm run --silent link -- --jsonl', { timeout: 60_000 }, () => {
  it('answers every input line in order, with UTF-16 offsets and the place’s id, official name and kind; bad lines get an error with their number', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '东阳与义乌山水相依' }),
      'not json',
      JSON.stringify({ id: 'b', text: 42 }),
      '',
      JSON.stringify({ id: 'c', text: '𠀋From Yiwu to DONGYANG' }),
      JSON.stringify(['id', 'text']),
    ].join('\n');
    const { status, lines } = runCli(`${input}\n`);
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

  it('exits 0 when every line was linked, and writes nothing but JSON Lines to stdout', () => {
    const { status, lines } = runCli(`${JSON.stringify({ id: 'x', text: '没有地名。' })}\n`);
    expect(status).toBe(0);
    expect(lines).toEqual([{ id: 'x', mentions: [] }]);
  });

  it('prints its usage and exits 2 without --jsonl', () => {
    const { status, stderr, lines } = runCli('', []);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toContain('usage: npm run --silent link -- --jsonl');
  });
});
