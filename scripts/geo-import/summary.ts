/** What the gazetteer holds, printed by the import (instead of a generated table committed to geo/). */
import type { PlaceFeature } from '../../src/lib/geo/types.ts';
import { gzipBytes } from './layers.ts';

function table(title: string, rows: Array<[string, number]>): void {
  console.log(`\n${title}`);
  for (const [key, n] of rows.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${key.padEnd(28)} ${String(n).padStart(5)}`);
}

function countBy(features: PlaceFeature[], key: (f: PlaceFeature) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return [...counts];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printSummary(features: PlaceFeature[], files: Array<{ file: string; content: string }>): void {
  console.log('\nlayers');
  for (const { file, content } of files) console.log(`  ${file.padEnd(28)} ${kb(Buffer.byteLength(content)).padStart(10)} ${kb(gzipBytes(content)).padStart(9)} gzipped`);
  const total = files.reduce((sum, f) => sum + gzipBytes(f.content), 0);
  console.log(`  all layers: ${kb(total)} gzipped (the app loads the built assets, not these: npm run bench:size)`);
  console.log(`\n${features.length} records`);
  table('by kind', countBy(features, (f) => f.properties.kind));
  table('by geometry_quality', countBy(features, (f) => f.properties.geometry_quality));
  const admin = features.filter((f) => f.properties.kind === 'town' || f.properties.kind === 'village');
  table('townships and villages', countBy(admin, (f) => `${f.properties.kind} ${f.geometry ? 'with a point' : 'without a point'}`));
}
