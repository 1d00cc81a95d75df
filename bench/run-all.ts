/** Runs every bench/*.bench.ts in turn, each in its own process, and prints what they print:  npm run bench */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = import.meta.dirname;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.bench.ts')).sort()) {
  console.log(`\n## bench/${file}`);
  execFileSync(process.execPath, [...process.execArgv, `${dir}/${file}`], { stdio: 'inherit' });
}
