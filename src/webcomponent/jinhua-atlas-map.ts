/**
 * <jinhua-atlas-map>: the embed as a custom element, for pages that prefer a script tag to an iframe. One ES module
 * (dist/jinhua-atlas-map.js) defines it. Everything renders in a shadow root, styled by one constructable
 * stylesheet (MapLibre's CSS and the embed's own, built into the module) shared by every element: nothing leaks
 * into the host page, the host's CSS does not reach the map, and a strict `style-src` needs no 'unsafe-inline'.
 *
 * A page may hold any number of elements, and a browser keeps only some 16 WebGL contexts: each element creates its
 * map when it comes near the viewport and releases it (map.remove()) when it moves far away or leaves the page; a
 * map whose context the browser takes away is recreated. The header, caption and passages stay all along.
 * Attributes are live: a changed one changes the same map in place (its framing, language, layers, marks), except
 * `static` (MapLibre reads it only when it creates a map) and `data-base` (another atlas), which start it anew.
 *
 * Attributes: the embed page's query parameters (place, doc, layers, map, lang, panel, static, headline, description,
 * notes, source, byline, height),
 * plus data-base: the URL of the folder that holds atlas/, relative to the page (default: this module's folder).
 * Events (bubbling, composed): `jinhua-atlas-ready` (each time a map has loaded), `jinhua-atlas-select`
 * (detail: { place }), `jinhua-atlas-error` (detail: { reason: 'webgl' | 'data', message }: there will be no map).
 * Methods: toPNG(size?) → Promise<Blob> (size: an export size id, src/lib/embed/export-size.ts), which always settles; property `map` (the MapLibre map while loaded, else null).
 */
import { mount, unmount } from 'svelte';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import EmbedApp from '../embed/EmbedApp.svelte';
import type { EmbedFailure, EmbedHandle } from '../embed/handle.ts';
import { loadAtlas, type AtlasData } from '../lib/app/load.ts';
import type { ExportSizeId } from '../lib/embed/export-size.ts';
import { DEFAULT_OPTIONS, OPTION_NAMES, optionsFromAttributes, type EmbedOptions } from '../lib/embed/options.ts';
import type { UrlProblem } from '../lib/url/codec.ts';
import { MapReadiness } from '../lib/embed/readiness.ts';
import { ELEMENT_NAME } from '../lib/embed/snippet.ts';
import { reactive } from './props.svelte.ts';

/** The embed components' CSS, put here by vite.webcomponent.config.ts when it builds this module. */
const EMBED_CSS = '/*__JINHUA_ATLAS_EMBED_CSS__*/';
const HOST_CSS = `:host { display: block; } :host([hidden]) { display: none; }`;

/** How near the viewport (above or below it) an element has its map: half a screen, so it is drawn before it shows. */
const NEAR_VIEWPORT = '50% 0px';

/** One stylesheet for every element's shadow root (adopted, not a <style>: no inline style for a CSP to allow). */
let sheet: CSSStyleSheet | null = null;
function sharedSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${maplibreCss}\n${EMBED_CSS}\n${HOST_CSS}`);
  }
  return sheet;
}

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

/** Every element watches the viewport through one observer. */
let observer: IntersectionObserver | null = null;
function viewportObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.target instanceof JinhuaAtlasMap) entry.target.nearViewport(entry.isIntersecting);
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  return observer;
}

class JinhuaAtlasMap extends HTMLElement {
  static observedAttributes = [...OPTION_NAMES, 'data-base'];
  #app: ReturnType<typeof mount> | null = null;
  /** What the mounted embed reads, and follows as it changes (the options: as the attributes say, once read). */
  #props: { active: boolean; options: EmbedOptions; problems: UrlProblem[] } = reactive({ active: false, options: DEFAULT_OPTIONS, problems: [] });
  #readiness = new MapReadiness<EmbedHandle>(`<${ELEMENT_NAME}>`);
  #updateQueued = false;
  #baseChanged = false;

  /** The MapLibre map while it is loaded, else null (far from the viewport, still loading, or no WebGL). */
  get map() {
    return this.#readiness.handle?.map ?? null;
  }

  /**
   * The current view as a PNG at one of the export sizes (default web 600 px at 2×), texts, legend and credits drawn
   * in. Waits for a map being created; rejects with the reason when there is none (far from the viewport, removed,
   * no WebGL, no data).
   */
  async toPNG(size?: ExportSizeId): Promise<Blob> {
    return (await this.#readiness.whenReady()).exportPng(size);
  }

  connectedCallback() {
    this.#render();
    viewportObserver().observe(this);
  }

  disconnectedCallback() {
    viewportObserver().unobserve(this);
    if (this.#app) unmount(this.#app);
    this.#app = null;
    this.#props.active = false;
    this.#readiness.removed();
  }

  attributeChangedCallback(name: string) {
    if (!this.#app) return;
    if (name === 'data-base') this.#baseChanged = true;
    // Setting several attributes in a row updates once.
    if (this.#updateQueued) return;
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      if (!this.isConnected) return;
      // Another data folder is another atlas (its places, its geometry): the embed loads it and starts over.
      if (this.#baseChanged) this.#render();
      else this.#readOptions();
    });
  }

  /** Called by the viewport observer: create the map when near, release it when far. */
  nearViewport(near: boolean) {
    if (near && !this.#props.active) this.#readiness.loading();
    if (!near) this.#readiness.released(); // also the first report, for whatever waits since the element was added
    this.#props.active = near;
  }

  /** The options as the attributes say now: the mounted embed follows them. */
  #readOptions() {
    const { options, problems } = optionsFromAttributes(this);
    this.#props.options = options;
    this.#props.problems = problems;
  }

  #render() {
    this.#baseChanged = false;
    if (this.#app) unmount(this.#app);
    if (this.#props.active) this.#readiness.loading(); // the map is created anew, from the new data
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sharedSheet()];
    const target = document.createElement('div');
    root.replaceChildren(target);

    // A data-base the page author wrote is relative to the page; the default is this module's own folder.
    const base = (this.dataset.base ? new URL(this.dataset.base, document.baseURI) : new URL(/* @vite-ignore */ './', import.meta.url)).href.replace(/\/?$/, '/');
    this.#readOptions();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    const props = this.#props;
    const fire = (type: string, detail?: unknown) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    this.#app = mount(EmbedApp, {
      target,
      props: {
        get options() {
          return props.options;
        },
        get problems() {
          return props.problems;
        },
        data: loadShared(base),
        atlasBase: base,
        get active() {
          return props.active;
        },
        onselect: (place) => fire('jinhua-atlas-select', { place }),
        onready: (handle) => {
          if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', handle.subject.frameTitle);
          this.#readiness.ready(handle);
          fire('jinhua-atlas-ready');
        },
        onlost: () => this.#readiness.loading(),
        onfail: (failure: EmbedFailure) => {
          this.#readiness.failed(new Error(`<${ELEMENT_NAME}>: ${failure.message}`));
          fire('jinhua-atlas-error', failure);
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
