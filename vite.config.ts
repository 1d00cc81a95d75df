import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { atlasData } from './scripts/vite-plugin-atlas.ts';

export default defineConfig({
  plugins: [svelte(), atlasData()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // MapLibre in a chunk of its own, so the app's own weight can be measured apart (bench/size-bundle.ts).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
  // The add-text worker as an ES module, so what it loads for one format only (mammoth for .docx, html-to-text for
  // .html) stays in chunks of its own, fetched when a file of that format is added.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // After the unit tests, not beside them: Chromium and the unit tests' child processes fight for 2 cores.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A real browser on a loaded 2-core machine: waiting for the page to settle may take seconds (not a timing check).
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
