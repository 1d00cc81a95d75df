import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { atlasData } from './scripts/vite-plugin-atlas.ts';

export default defineConfig({
  plugins: [svelte(), atlasData()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // MapLibre in a chunk of its own, so the app's own weight can be measured apart (bench/size-bundle.bench.ts).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
  // The add-text worker as an ES module, so what it loads for one format only (mammoth for .docx, html-to-text for
  // .html) stays in chunks of its own, fetched when a file of that format is added.
  worker: { format: 'es' },
  // A taken port is an error, not a silent move to the next one (where a check of the README's URL would reach
  // some other server): `npm run dev -- --port 5174` picks another.
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    // In a terminal, the live summary; otherwise (CI, a log) every test as it finishes, so a long stretch shows progress.
    reporters: process.stdout.isTTY ? ['default'] : ['verbose'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The real atlas is built once here; test files read it with builtAtlas() (tests/unit/built-atlas.ts).
          globalSetup: ['tests/unit/global-setup.ts'],
          // Generous on purpose: a test that builds a gazetteer takes a few seconds alone and several times that on a
          // loaded 2-core machine. Time is measured by bench/, never by a test's timeout.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // After the unit tests, not beside them: Chromium and the unit tests' child processes fight for 2 cores.
          sequence: { groupOrder: 1 },
          // A real browser on a loaded 2-core machine: an axe run or a page load can take most of a minute there.
          testTimeout: 180_000,
          hookTimeout: 240_000,
          // A real browser on a loaded 2-core machine: waiting for the page to settle may take seconds (not a timing check).
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
