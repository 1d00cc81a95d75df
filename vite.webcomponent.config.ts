/**
 * Second build, run after the app's (`npm run build`): the <jinhua-atlas-map> web component as one ES module,
 * dist/jinhua-atlas-map.js, next to the app so it finds atlas/ beside it. Svelte's styles are injected at run time
 * (into the element's shadow root) instead of a CSS file the host page would have to link.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' }, emitCss: false })],
  // Asset URLs (MapLibre's worker) resolve against the module's own URL, wherever the host page is.
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // MapLibre is most of it, as in the app.
    chunkSizeWarningLimit: 1300,
    rolldownOptions: {
      input: { 'jinhua-atlas-map': 'src/webcomponent/jinhua-atlas-map.ts' },
      output: { entryFileNames: '[name].js' },
    },
  },
});
