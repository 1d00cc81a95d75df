/**
 * Builds the atlas (geo/ + data/ → the app's assets) once per test run, before any unit test file starts, and
 * hands it to them as the JSON the app loads. Test files get it from `builtAtlas()` in ./built-atlas.ts.
 */
import type { TestProject } from 'vitest/node';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { buildAtlas } from '../../src/lib/pipeline/build-atlas.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    builtAtlasJson: string;
  }
}

export default function setup(project: TestProject) {
  const started = performance.now();
  project.provide('builtAtlasJson', JSON.stringify(buildAtlas(readInputs(process.cwd()))));
  console.log(`unit: atlas built once for every test file (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
