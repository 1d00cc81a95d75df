/**
 * The embed page (embed.html), shown in an iframe inside an article: options from the query string, height and
 * selection reported to the host page with postMessage, PNG export on the host's request.
 */
import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './embed.css';
import EmbedApp from './EmbedApp.svelte';
import type { EmbedHandle } from './handle.ts';
import { loadAtlas } from '../lib/app/load.ts';
import { parseEmbedOptions } from '../lib/embed/options.ts';
import { embedMessage, isHostMessage, type EmbedMessage } from '../lib/embed/protocol.ts';
import { strings } from '../lib/i18n/strings.ts';

const { options, problems } = parseEmbedOptions(new URLSearchParams(location.search));
document.documentElement.lang = strings(options.lang).htmlLang;

// Height and selection are no secret, and the host's origin is not known in advance: post to any parent.
const post = (message: EmbedMessage) => {
  if (window.parent !== window) window.parent.postMessage(message, '*');
};

let handle: EmbedHandle | null = null;
/** Why there is no map (no WebGL, no data), once that is known. */
let failure: string | null = null;
const target = document.getElementById('embed')!;
mount(EmbedApp, {
  target,
  props: {
    options,
    problems,
    data: loadAtlas(),
    atlasBase: new URL('./', location.href).href,
    headingLevel: 1, // the page is the embed's own document
    onselect: (place) => post(embedMessage('select', { place })),
    onready: (ready) => {
      handle = ready;
      document.title = ready.subject.frameTitle;
      (window as unknown as { __map: EmbedHandle['map'] }).__map = ready.map;
      post(embedMessage('ready', { places: ready.subject.highlighted.map((p) => p.id) }));
    },
    // The page says so where the map would be; the host hears it once, without a requestId.
    onfail: ({ message }) => post(embedMessage('error', { message: (failure = message) })),
    onlost: () => (handle = null),
  },
});

let reported = -1;
new ResizeObserver(() => {
  const height = Math.ceil(target.getBoundingClientRect().height);
  if (height !== reported) post(embedMessage('height', { height: (reported = height) }));
}).observe(target);

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isHostMessage(event.data)) return;
  const { requestId, size } = event.data;
  // A host opened from a file has the origin 'null', which postMessage does not accept as a target.
  const reply = (message: EmbedMessage) => window.parent.postMessage(message, event.origin === 'null' ? '*' : event.origin);
  if (!handle) return reply(embedMessage('error', { requestId, message: failure ?? 'the map has not loaded yet' }));
  handle
    .exportPng(size)
    .then(blobToDataUrl)
    .then(
      (dataUrl) => reply(embedMessage('png', { requestId, dataUrl })),
      (error: Error) => reply(embedMessage('error', { requestId, message: error.message })),
    );
});

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('could not read the PNG'));
    reader.readAsDataURL(blob);
  });
}
