/**
 * Regenerates every committed file in geo/ from the shared geo-sources, so the import is repeatable:
 *   npm run import:geo            (package.json passes the shared geo-sources folder)
 *
 * Boundaries come from the Amap fences (scripts/geo-import/boundaries.ts); every other place from the row of a
 * source that the hand-curated catalogue names (scripts/geo-import/catalogue.ts, resolved in places.ts). The
 * result goes through the same checks as the app's build (RFC 7946 validity, unique ids and names, alias
 * conflicts, parents containing children) before anything is written.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkAliasClaims, checkGazetteer } from '../src/lib/geo/gazetteer.ts';
import type { PlaceFeature } from '../src/lib/geo/types.ts';
import { parseFeatureCollection } from '../src/lib/geo/validate.ts';
import { importBoundaries } from './geo-import/boundaries.ts';
import { AMBIGUOUS_ALIASES } from './geo-import/catalogue.ts';
import { EXCLUSIONS } from './geo-import/exclusions.ts';
import { gzipBytes, layerOf, LAYERS, serialise } from './geo-import/layers.ts';
import { PlaceResolver } from './geo-import/places.ts';
import { renderReadme } from './geo-import/readme.ts';
import { sourceDirArg } from './source-dir.ts';
import { GeoSources } from './geo-import/sources.ts';

const geoDir = resolve(import.meta.dirname, '..', 'geo');

async function main(sourcesDir: string): Promise<void> {
  const sources = new GeoSources(sourcesDir);
  const boundaries = importBoundaries(sources);
  const places = new PlaceResolver(sources, boundaries).resolveAll();
  const all: PlaceFeature[] = [boundaries.province, boundaries.prefecture, ...boundaries.neighbours, ...boundaries.counties, ...places];

  const files = LAYERS.map((layer) => ({
    file: `geo/${layer.file}`,
    text: serialise(all.filter((f) => layerOf(f.properties.kind) === layer)),
  }));
  const ambiguous = { file: 'geo/ambiguous-aliases.json', text: `${JSON.stringify(AMBIGUOUS_ALIASES, null, 2)}\n` };

  // The same checks the build runs, so a bad catalogue entry never reaches geo/.
  const placed = files.flatMap(({ file, text }) => parseFeatureCollection(text, file).features.map((feature) => ({ file, feature: feature as PlaceFeature })));
  checkGazetteer(placed);
  checkAliasClaims(placed, { file: ambiguous.file, aliases: AMBIGUOUS_ALIASES });

  for (const { file, text } of [...files, ambiguous, { file: 'geo/README.md', text: renderReadme(files, EXCLUSIONS) }]) {
    writeFileSync(join(geoDir, '..', file), text);
  }
  for (const { file, text } of files) {
    const count = text.split('\n').length - 3;
    console.log(`${file.padEnd(24)} ${String(count).padStart(4)} features  ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(6)} KB  ${(gzipBytes(text) / 1024).toFixed(1).padStart(5)} KB gzipped`);
  }
  const total = files.reduce((sum, f) => sum + gzipBytes(f.text), 0);
  console.log(`first view (all layers): ${placed.length} features, ${(total / 1024).toFixed(1)} KB gzipped`);
}

await main(sourceDirArg('import-geo.ts', 'geo-sources'));
