/**
 * <jinhua-atlas-map>: the embed as a custom element, for pages that prefer a script tag to an iframe. One ES module
 * (dist/jinhua-atlas-map.js) defines it. Everything renders in a shadow root with MapLibre's CSS and the embed's
 * own styles injected there, so nothing leaks into the host page and the host's CSS does not reach the map.
 *
 * Attributes: the embed page's query parameters (place, doc, layers, map, lang, panel, static, headline, description,
 * notes, source, byline, height),
 * plus data-base: the URL of the folder that holds atlas/, relative to the page (default: this module's folder).
 * Events (bubbling, composed): `jinhua-atlas-select` (detail: { place }) and `jinhua-atlas-ready`.
 * Methods: toPNG(size?) → Promise<Blob> (size: an export size id, src/lib/embed/export-size.ts); property `map` (the MapLibre map once loaded).
 */
import { mount, unmount } from 'svelte';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import EmbedApp from '../embed/EmbedApp.svelte';
import type { EmbedHandle } from '../embed/handle.ts';
import { loadAtlas, type AtlasData } from '../lib/app/load.ts';
import type { ExportSizeId } from '../lib/embed/export-size.ts';
import { OPTION_NAMES, optionsFromAttributes } from '../lib/embed/options.ts';
import { ELEMENT_NAME } from '../lib/embed/snippet.ts';

const HOST_CSS = `:host { display: block; } :host([hidden]) { display: none; }`;

/** Several maps on one page share one download of the atlas per data folder. */
const loads = new Map<string, Promise<AtlasData>>();
function loadShared(base: string): Promise<AtlasData> {
  let load = loads.get(base);
  if (!load) {
    load = loadAtlas(base);
    loads.set(base, load);
    load.catch(() => loads.delete(base));
  }
  return load;
}

class JinhuaAtlasMap extends HTMLElement {
  static observedAttributes = [...OPTION_NAMES, 'data-base'];
  #app: ReturnType<typeof mount> | null = null;
  #handle: EmbedHandle | null = null;
  #ready: Promise<EmbedHandle> | null = null;
  #renderQueued = false;

  /** The MapLibre map once it has loaded, else null. */
  get map() {
    return this.#handle?.map ?? null;
  }

  /** The current view as a PNG at one of the export sizes (default web 600 px at 2×), texts, legend and credits drawn in. */
  async toPNG(size?: ExportSizeId): Promise<Blob> {
    const handle = this.#handle ?? (await this.#ready);
    if (!handle) throw new Error(`<${ELEMENT_NAME}> is not on the page`);
    return handle.exportPng(size);
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    if (this.#app) unmount(this.#app);
    this.#app = null;
    this.#handle = null;
  }

  attributeChangedCallback() {
    // Setting several attributes in a row renders once.
    if (!this.#app || this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  #render() {
    if (this.#app) unmount(this.#app);
    this.#handle = null;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${maplibreCss}\n${HOST_CSS}`;
    const target = document.createElement('div');
    root.replaceChildren(style, target);

    // A data-base the page author wrote is relative to the page; the default is this module's own folder.
    const base = (this.dataset.base ? new URL(this.dataset.base, document.baseURI) : new URL(/* @vite-ignore */ './', import.meta.url)).href.replace(/\/?$/, '/');
    const { options, problems } = optionsFromAttributes(this);
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    let resolveReady: (handle: EmbedHandle) => void = () => {};
    this.#ready = new Promise((resolve) => (resolveReady = resolve));
    this.#app = mount(EmbedApp, {
      target,
      props: {
        options,
        problems,
        data: loadShared(base),
        atlasBase: base,
        onselect: (place) => this.dispatchEvent(new CustomEvent('jinhua-atlas-select', { detail: { place }, bubbles: true, composed: true })),
        onready: (handle) => {
          this.#handle = handle;
          if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', handle.subject.frameTitle);
          resolveReady(handle);
          this.dispatchEvent(new CustomEvent('jinhua-atlas-ready', { bubbles: true, composed: true }));
        },
      },
    });
  }
}

if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, JinhuaAtlasMap);

declare global {
  interface HTMLElementTagNameMap {
    [ELEMENT_NAME]: JinhuaAtlasMap;
  }
}
