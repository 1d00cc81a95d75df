/** Shared by the embed benchmarks: builds into a scratch folder and reads which JS a page loads. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';

export const scratch = (name: string) => mkdtempSync(join(tmpdir(), `jinhua-${name}-`));

/** Runs a production build into `outDir` (the app's vite.config.ts unless `configFile` says otherwise). */
export async function buildInto(outDir: string, config: InlineConfig = {}): Promise<void> {
  await build({ logLevel: 'error', ...config, build: { emptyOutDir: true, ...config.build, outDir } });
}

/** The JS files an HTML page of the build loads up front: its module script and the chunks it preloads. */
export function scriptsOf(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const urls = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  return [...new Set(urls)].map((url) => join(outDir, url.replace(/^\.?\//, '')));
}

export const gzipKB = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;
export const rawKB = (files: string[]) => files.reduce((n, f) => n + readFileSync(f).length, 0) / 1024;
