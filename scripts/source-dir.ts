/** The raw-source folder an import script was given (package.json passes the shared folder beside the clone), or one line saying what is missing. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function sourceDirArg(script: string, what: string): string {
  const arg = process.argv[2];
  const fail = (line: string) => {
    console.error(line);
    process.exit(2);
  };
  if (!arg) fail(`usage: tsx scripts/${script} <${what} folder> (npm run passes the shared folder's ${what})`);
  const dir = resolve(arg!);
  if (!existsSync(dir)) fail(`${script}: ${arg} not found — this import reads the raw sources from the shared folder beside the clone (shared/${what}); the app does not need it`);
  return dir;
}
