/**
 * The atlas built from geo/ + data/ on disk, as the app loads it. Built once per test run by ./global-setup.ts;
 * a test file that needs the real atlas calls `builtAtlas()` rather than `buildAtlas(readInputs(…))`, which would
 * build it again in every file. (Tests of the build itself, on inputs they make, still call buildAtlas.)
 */
import { inject } from 'vitest';
import type { AtlasAssets } from '../../src/lib/pipeline/build-atlas.ts';

let parsed: AtlasAssets | undefined;

export function builtAtlas(): AtlasAssets {
  return (parsed ??= JSON.parse(inject('builtAtlasJson')) as AtlasAssets);
}
