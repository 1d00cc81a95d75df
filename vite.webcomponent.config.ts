/**
 * The <jinhua-atlas-map> web component as one ES module, dist/jinhua-atlas-map.js (see vite.embed.config.ts).
 * The embed components' CSS is built into the module as a string, which the element adopts as a constructable
 * stylesheet in its shadow root: no CSS file for the host page to link, and no <style> element, which a strict
 * `style-src` would block. MapLibre's worker URL resolves against the module's own URL, wherever the host page is.
 */
import { defineConfig, type Plugin } from 'vite';
import { embedBuild } from './vite.embed.config.ts';

/** The string literal in src/webcomponent/jinhua-atlas-map.ts that stands for the CSS until the build fills it in. */
const CSS_PLACEHOLDER = /(["'`])\/\*__JINHUA_ATLAS_EMBED_CSS__\*\/\1/;

/** Moves the CSS Vite extracted from the Svelte components into the module, replacing the placeholder. */
function cssIntoModule(): Plugin {
  return {
    name: 'jinhua-atlas-css-into-module',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      const css = sheets.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
      const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && CSS_PLACEHOLDER.test(file.code));
      if (!chunk || chunk.type !== 'chunk' || !css) this.error('the web component build found no CSS or no placeholder for it');
      chunk.code = chunk.code.replace(CSS_PLACEHOLDER, () => JSON.stringify(css));
      for (const file of sheets) delete bundle[file.fileName];
    },
  };
}

export default defineConfig(
  embedBuild(
    { emitCss: true },
    { input: { 'jinhua-atlas-map': 'src/webcomponent/jinhua-atlas-map.ts' }, output: { entryFileNames: '[name].js' } },
    [cssIntoModule()],
  ),
);
