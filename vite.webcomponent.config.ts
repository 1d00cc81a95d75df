/**
 * The <jinhua-atlas-map> web component as one ES module, dist/jinhua-atlas-map.js (see vite.embed.config.ts).
 * Svelte's styles are injected at run time, into the element's shadow root, instead of a CSS file the host page
 * would have to link; MapLibre's worker URL resolves against the module's own URL, wherever the host page is.
 */
import { defineConfig } from 'vite';
import { embedBuild } from './vite.embed.config.ts';

export default defineConfig(
  embedBuild(
    { compilerOptions: { css: 'injected' }, emitCss: false },
    { input: { 'jinhua-atlas-map': 'src/webcomponent/jinhua-atlas-map.ts' }, output: { entryFileNames: '[name].js' } },
  ),
);
