/**
 * The embed's builds, run after the app's by `npm run build`, into dist/ beside it (where atlas/ is):
 * - this file: embed.html, the page an article's iframe shows. A build of its own, so the article's reader
 *   downloads only what the embed uses, never code the explorer shares with it (bench/embed-size.bench.ts).
 * - vite.webcomponent.config.ts: <jinhua-atlas-map>, one ES module.
 * Both use relative URLs, so they work under any path.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte, type Options } from '@sveltejs/vite-plugin-svelte';
import { RESIZE_SCRIPT, RESIZE_SCRIPT_FILE } from './src/lib/embed/snippet.ts';

type RolldownOptions = NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>;

export function embedBuild(svelteOptions: Partial<Options>, rolldownOptions: RolldownOptions, plugins: Plugin[] = []): UserConfig {
  return {
    plugins: [svelte(svelteOptions), ...plugins],
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

/**
 * The iframe snippet's resize script as a file, dist/embed-resize.js, for articles whose content-security policy
 * allows no inline script (`script-src 'self'`): the site copies it and loads it with a src. Its text is
 * snippet.ts's RESIZE_SCRIPT, the one the ordinary snippet inlines.
 */
function resizeScriptFile(): Plugin {
  return {
    name: 'jinhua-atlas-resize-script',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: RESIZE_SCRIPT_FILE, source: `${RESIZE_SCRIPT}\n` });
    },
  };
}

export default defineConfig(
  embedBuild(
    {},
    // MapLibre in a chunk of its own, as in the app, so the embed's own weight can be measured apart.
    { input: { embed: 'embed.html' }, output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
    [resizeScriptFile()],
  ),
);
