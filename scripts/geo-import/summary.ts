/** What the gazetteer holds, printed by the import (instead of a generated table committed to geo/). */
import type { PlaceFeature } from '../../src/lib/geo/types.ts';

function table(title: string, rows: Array<[string, number]>): void {
  console.log(`\n${title}`);
  for (const [key, n] of rows.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${key.padEnd(28)} ${String(n).padStart(5)}`);
}

function countBy(features: PlaceFeature[], key: (f: PlaceFeature) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return [...counts];
}

export function printSummary(features: PlaceFeature[]): void {
  console.log(`\n${features.length} records`);
  table('by kind', countBy(features, (f) => f.properties.kind));
  table('by geometry_quality', countBy(features, (f) => f.properties.geometry_quality));
  const admin = features.filter((f) => f.properties.kind === 'town' || f.properties.kind === 'village');
  table('townships and villages', countBy(admin, (f) => `${f.properties.kind} ${f.geometry ? 'with a point' : 'without a point'}`));
}
