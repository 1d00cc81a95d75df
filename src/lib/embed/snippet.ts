/**
 * The HTML an editor pastes into an article: an iframe plus a small script that sizes it from the embed's height
 * messages, or the web component's script tag and element.
 */
import { embedAttributes, type EmbedOptions } from './options.ts';
import { EMBED_SOURCE, PROTOCOL_VERSION } from './protocol.ts';

/** The attribute the resize script looks for, so it never touches the host's other iframes. */
export const IFRAME_MARKER = 'data-jinhua-atlas';

/**
 * Sizes every marked iframe to the height its embed reports. ES5 and idempotent: pasting two embeds into one page
 * includes it twice, and it must still listen once. It trusts a height only from the window of the iframe it sizes.
 */
export const RESIZE_SCRIPT =
  `(function(){if(window.jinhuaAtlasResize)return;window.jinhuaAtlasResize=1;` +
  `window.addEventListener('message',function(e){var d=e.data;` +
  `if(!d||d.source!=='${EMBED_SOURCE}'||d.version!==${PROTOCOL_VERSION}||d.type!=='height'||typeof d.height!=='number')return;` +
  `var f=document.querySelectorAll('iframe[${IFRAME_MARKER}]');` +
  `for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+'px';});})();`;

/**
 * The same script as a file beside embed.html (written by vite.embed.config.ts), for articles whose content-security
 * policy allows no inline script: README "Content-Security-Policy".
 */
export const RESIZE_SCRIPT_FILE = 'embed-resize.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeAttribute = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface IframeSnippetInput {
  /** The embed page's URL with its options (absolute for a real article). */
  src: string;
  /** What the map shows, for screen readers (the iframe's title and aria-label). */
  title: string;
  /** Height before the first message arrives, so the article does not jump much. */
  initialHeight: number;
}

export function iframeTag({ src, title, initialHeight }: IframeSnippetInput): string {
  const label = escapeAttribute(title);
  return (
    `<iframe ${IFRAME_MARKER} src="${escapeAttribute(src)}" title="${label}" aria-label="${label}" ` +
    `style="width:100%;height:${Math.round(initialHeight)}px;border:0;display:block" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** The iframe and its resize script: what the embed-code builder copies. */
export function iframeSnippet(input: IframeSnippetInput): string {
  return `${iframeTag(input)}\n<script>${RESIZE_SCRIPT}</script>`;
}

export const ELEMENT_NAME = 'jinhua-atlas-map';

/** The web component alternative: one module script and the element with the same options as attributes. */
export function webComponentSnippet({ moduleUrl, options, title }: { moduleUrl: string; options: EmbedOptions; title: string }): string {
  const attributes = embedAttributes(options)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return (
    `<script type="module" src="${escapeAttribute(moduleUrl)}"></script>\n` +
    `<${ELEMENT_NAME}${attributes} aria-label="${escapeAttribute(title)}"></${ELEMENT_NAME}>`
  );
}
