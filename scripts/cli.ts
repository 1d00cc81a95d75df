/** What every command-line script needs to behave in any checkout and in any pipe. */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module with this `import.meta.url` is the script node was started with. Compared as file system paths
 * (fileURLToPath undoes the URL's percent-encoding of spaces and CJK characters; realpath follows symlinks on both
 * sides), never as strings: `file://${argv[1]}` differs from the URL in any checkout path with a space or a CJK
 * character, and the command then did nothing and exited 0.
 */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(fileURLToPath(moduleUrl)) === real(script);
}

/**
 * When the reader of stdout goes away (`npm run link -- … | head -1`), stop quietly, as command-line tools do,
 * instead of dying with an EPIPE stack trace. Any other write error is still reported.
 */
export function stopQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
