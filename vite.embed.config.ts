/**
 * The embed's builds, run after the app's by `npm run build`, into dist/ beside it (where atlas/ is):
 * - this file: embed.html, the page an article's iframe shows. A build of its own, so the article's reader
 *   downloads only what the embed uses, never code the explorer shares with it (bench/embed-size.bench.ts).
 * - vite.webcomponent.config.ts: <jinhua-atlas-map>, one ES module.
 * Both use relative URLs, so they work under any path.
 */
import { defineConfig, type UserConfig } from 'vite';
import { svelte, type Options } from '@sveltejs/vite-plugin-svelte';

type RolldownOptions = NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>;

export function embedBuild(svelteOptions: Partial<Options>, rolldownOptions: RolldownOptions): UserConfig {
  return {
    plugins: [svelte(svelteOptions)],
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      // MapLibre is most of it, as in the app.
      chunkSizeWarningLimit: 1300,
      rolldownOptions,
    },
  };
}

export default defineConfig(
  embedBuild(
    {},
    // MapLibre in a chunk of its own, as in the app, so the embed's own weight can be measured apart.
    { input: { embed: 'embed.html' }, output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  ),
);
