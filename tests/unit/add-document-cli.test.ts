import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the CLI as the README documents it; only bad input here, so data/documents/ must stay as it is. */
function run(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'add-document', '--', ...args], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('npm run add-document -- FILE', () => {
  it('refuses bad input with a clear message and a non-zero exit, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'add-document-'));
    const before = readdirSync('data/documents');
    const cases: Array<[string, string | Uint8Array, RegExp]> = [
      ['empty.txt', '', /The text is empty.*\(empty\.txt\)/],
      ['picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), /not a text file/],
      ['notes.pdf', '%PDF-1.4', /not supported.*\.pdf/],
      ['fake.docx', 'not a zip', /\.docx cannot be read/],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(dir, name), content);
      const { status, stderr } = run(join(dir, name));
      expect(status, name).toBe(1);
      expect(stderr, name).toMatch(message);
    }
    expect(run().stderr).toMatch(/usage: npm run add-document -- FILE/);
    expect(run(join(dir, 'missing.txt')).stderr).toMatch(/no such file/);
    const unreadable = run(dir); // a folder: it was an EISDIR stack trace
    expect(unreadable.stderr).toMatch(/^add-document: .*: cannot be read \(EISDIR/);
    expect(unreadable.status).toBe(1);
    expect(readdirSync('data/documents')).toEqual(before);
  }, 180_000); // eight runs of the CLI, each starting tsx

});
