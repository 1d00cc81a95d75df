/**
 * The atlas built from geo/ + data/ on disk, as the app loads it. Built once per test run by ./global-setup.ts;
 * a test file that needs the real atlas calls `builtAtlas()` rather than `buildAtlas(readInputs(…))`, which would
 * build it again in every file. (Tests of the build itself, on inputs they make, still call buildAtlas.)
 */
import { inject } from 'vitest';
import type { AtlasData } from '../../src/lib/app/load.ts';
import { shardPath, type CorpusSummary } from '../../src/lib/corpus/shards.ts';
import { createShardStore, memoryJson } from '../../src/lib/corpus/store.ts';
import type { AtlasAssets } from '../../src/lib/pipeline/build-atlas.ts';
import { corpusShards } from '../../src/lib/pipeline/corpus-shards.ts';

let parsed: AtlasAssets | undefined;

export function builtAtlas(): AtlasAssets {
  return (parsed ??= JSON.parse(inject('builtAtlasJson')) as AtlasAssets);
}

let data: AtlasData | undefined;

/**
 * The built atlas as the app holds it after loading: the places, the corpus summary, and the corpus's shards served
 * from memory (the same files the build writes, src/lib/pipeline/corpus-shards.ts).
 */
export function builtAtlasData(): AtlasData {
  return (data ??= atlasDataOf(builtAtlas()));
}

/** Any built atlas (e.g. one a test made from its own inputs) as the app would load it. */
export function atlasDataOf({ places, corpus }: AtlasAssets): AtlasData {
  const files = corpusShards(corpus, places);
  return { places, summary: JSON.parse(files.get(shardPath.summary)!) as CorpusSummary, shards: createShardStore(memoryJson(files)) };
}
