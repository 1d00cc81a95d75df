/** Node side of the build step: reads geo/ and data/, runs the pure buildAtlas, serialises the assets. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildAtlas, type AtlasInputs } from '../src/lib/pipeline/build-atlas.ts';
import { DOCUMENT_EXTENSION, documentFileNames } from '../src/lib/pipeline/document-files.ts';
import { corpusShards } from '../src/lib/pipeline/corpus-shards.ts';
import { firstViewPlaces, gazetteerAsset } from '../src/lib/pipeline/gazetteer-asset.ts';
import { buildPassageIndex } from '../src/lib/search/passage-index.ts';

/** Asset file name (under the site root) → JSON text. */
export type AssetFiles = Map<string, string>;

export const ASSET_DIR = 'atlas';

/**
 * The budget for the data the first view loads (`places.geojson` and `summary.json`), gzipped (issue 3):
 * bench/size-bundle.bench.ts measures the built files against it.
 */
export const FIRST_VIEW_BUDGET_BYTES = 300 * 1024;

export function readInputs(root: string): AtlasInputs {
  const rel = (path: string) => relative(root, path);
  const geoDir = join(root, 'geo');
  const docDir = join(root, 'data', 'documents');
  const notPlaces = join(geoDir, 'not-places.json');
  return {
    ...(existsSync(notPlaces) ? { notPlaces: { file: rel(notPlaces), content: readFileSync(notPlaces, 'utf8') } } : {}),
    geo: readdirSync(geoDir)
      .filter((name) => name.endsWith('.geojson'))
      .sort()
      .map((name) => ({ file: rel(join(geoDir, name)), content: readFileSync(join(geoDir, name), 'utf8') })),
    documents: documentFileNames(readdirSync(docDir), rel(docDir))
      .map((name) => {
        const path = join(docDir, name);
        const metaPath = path.replace(DOCUMENT_EXTENSION, '.meta.json');
        return {
          file: rel(path),
          content: new Uint8Array(readFileSync(path)),
          ...(existsSync(metaPath) ? { meta: { file: rel(metaPath), content: readFileSync(metaPath, 'utf8') } } : {}),
        };
      }),
  };
}

export function buildAssetFiles(root: string): AssetFiles {
  const inputs = readInputs(root);
  const { places, corpus } = buildAtlas(inputs);
  return new Map([
    [`${ASSET_DIR}/places.geojson`, JSON.stringify(firstViewPlaces(places, corpus))],
    [`${ASSET_DIR}/gazetteer.json`, JSON.stringify(gazetteerAsset(places, inputs.notPlaces))],
    ...corpusShards(corpus, places),
    ...buildPassageIndex(corpus, ASSET_DIR),
  ]);
}

/** Directories whose changes invalidate the assets (the dev server watches them). */
export function inputDirs(root: string): string[] {
  return [join(root, 'geo'), join(root, 'data')];
}
