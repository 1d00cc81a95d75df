/** Serving the e2e tests' own atlases in place of the published one, and reading the published one back. */
import type { Page } from 'playwright-core';
import { shardPath, type CataloguePage, type CorpusSummary, type DocumentShard } from '../../src/lib/corpus/shards.ts';
import type { CorpusAsset } from '../../src/lib/corpus/types.ts';
import type { AtlasAssets } from '../../src/lib/pipeline/build-atlas.ts';
import { corpusShards } from '../../src/lib/pipeline/corpus-shards.ts';

/** Serves a built atlas (places and the corpus's shards, as the build writes them) instead of the published one. */
export async function serveAtlas(page: Page, { places, corpus }: AtlasAssets): Promise<void> {
  const files = corpusShards(corpus, places);
  await page.route('**/atlas/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?(atlas\/)/, '$1');
    if (path === 'atlas/places.geojson') return route.fulfill({ json: places });
    if (path === 'atlas/gazetteer.json') return route.continue();
    const body = files.get(path);
    return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ body, contentType: 'application/json' });
  });
}

/** The corpus put together again from its shards: documents in catalogue order (newest first), then their passages. */
export function corpusFromShards(read: (path: string) => string): CorpusAsset {
  const summary = JSON.parse(read(shardPath.summary)) as CorpusSummary;
  const catalogue = Array.from({ length: summary.cataloguePages }, (_, page) => (JSON.parse(read(shardPath.catalogue(page))) as CataloguePage).documents).flat();
  const shards = catalogue.map((d) => JSON.parse(read(shardPath.document(d.id))) as DocumentShard);
  const corpus: CorpusAsset = {
    documents: shards.map(({ document: { passageCount: _p, placeCount: _c, ...document } }) => document),
    passages: shards.flatMap((s) => s.passages),
    mentions: shards.flatMap((s) => s.mentions),
    passagesByPlace: {},
  };
  for (const passage of corpus.passages) {
    const named = new Set(corpus.mentions.filter((m) => m.passageId === passage.id).map((m) => m.placeId));
    for (const placeId of named) (corpus.passagesByPlace[placeId] ??= []).push(passage.id);
  }
  return corpus;
}
