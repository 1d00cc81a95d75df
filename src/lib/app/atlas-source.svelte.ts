/**
 * Where the explorer's atlas comes from: the published data the first view loads, the rest of the gazetteer once
 * something needs it, and the texts added in this browser. Each change rebuilds the atlas (createAtlas), and the
 * shell is told, so that links to a text no longer here can be dropped.
 */
import { isLocalId } from '../local-docs/ids.ts';
import type { Library } from '../local-docs/library.ts';
import type { GazetteerAsset } from '../pipeline/gazetteer-asset.ts';
import type { AppState } from '../url/state.ts';
import { createAtlas, type Atlas } from './atlas.ts';
import { loadAtlas, loadGazetteer, type AtlasData } from './load.ts';

/** What the source fetches: the static assets and the browser's library; tests give their own. */
export interface AtlasSourceDeps {
  loadAtlas(): Promise<AtlasData>;
  loadGazetteer(): Promise<GazetteerAsset>;
  /** The texts added in this browser; the library (and its worker) is loaded only when first asked for. */
  openLibrary(): Promise<Library>;
  /** How many texts this browser kept from an earlier visit. */
  keptTexts(): Promise<number>;
}

/** The page's own: relative URLs under the app's base, IndexedDB, the linking worker (each module fetched when first needed). */
export const browserDeps: AtlasSourceDeps = {
  loadAtlas: () => loadAtlas(),
  loadGazetteer: () => loadGazetteer(),
  openLibrary: async () => (await import('../local-docs/browser.ts')).browserLibrary(),
  keptTexts: async () => ((await (await import('../local-docs/store.ts')).indexedDbStore()?.all()) ?? []).length,
};

export interface AtlasSourceEvents {
  /** The atlas was rebuilt (a text added, removed or restored, the gazetteer in); `restored` after the kept texts came back. */
  rebuilt(atlas: Atlas, how: { restored: boolean }): void;
  /** The rest of the gazetteer could not be fetched (it is asked for again next time). */
  gazetteerFailed(error: Error): void;
  /** Texts kept from an earlier visit could not be linked again. */
  restoreFailed(): void;
}

export class AtlasSource {
  /** The atlas the screen shows: null until the first view's data has loaded. */
  atlas = $state.raw<Atlas | null>(null);
  /** Why the first view's data could not be loaded, if it could not. */
  error = $state<string | null>(null);
  /** Texts added in this browser: null until a text is added, or one kept from an earlier visit is restored. */
  library = $state.raw<Library | null>(null);

  readonly #deps: AtlasSourceDeps;
  readonly #on: AtlasSourceEvents;
  /** The published atlas data; the atlas is it plus the texts added in this browser. */
  #published: AtlasData | null = null;
  #gazetteer: Promise<GazetteerAsset> | null = null;
  #libraryLoading: Promise<Library> | null = null;
  #restoreStarted = false;

  constructor(on: AtlasSourceEvents, deps: AtlasSourceDeps = browserDeps) {
    this.#on = on;
    this.#deps = deps;
  }

  /**
   * Loads the first view's data. A link to a place that data lacks (most villages) waits for the rest of the
   * gazetteer. `ready` sees the atlas just before it is shown (the link's ids are checked against it there).
   */
  async load(linkedPlace: () => string | null, ready: (atlas: Atlas) => void): Promise<void> {
    let data: AtlasData;
    try {
      data = this.#published = await this.#deps.loadAtlas();
    } catch (error) {
      this.error = (error as Error).message;
      return;
    }
    let loaded = createAtlas(data);
    const place = linkedPlace();
    if (place && !loaded.place(place)) {
      loaded = await this.#fetchGazetteer().then(
        ({ places }) => createAtlas((this.#published = { ...data, gazetteer: places })),
        () => loaded,
      );
    }
    ready(loaded);
    this.atlas = loaded;
  }

  /** The rest of the gazetteer (atlas/gazetteer.json): fetched once, when search or a link first needs it. */
  #fetchGazetteer(): Promise<GazetteerAsset> {
    return (this.#gazetteer ??= this.#deps.loadGazetteer().catch((error: Error) => {
      this.#gazetteer = null;
      return Promise.reject(error);
    }));
  }

  /** Adds the rest of the gazetteer to the atlas (search finds every village from then on). */
  addGazetteer(): void {
    this.#fetchGazetteer().then(
      ({ places }) => {
        if (this.#published && !this.#published.gazetteer) {
          this.#published = { ...this.#published, gazetteer: places };
          this.rebuild();
        }
      },
      (error: Error) => this.#on.gazetteerFailed(error),
    );
  }

  /** Rebuilds the atlas from the published data and the library's texts. */
  rebuild({ restored = false } = {}): void {
    if (!this.#published) return;
    const texts = this.library?.docs.map((d) => d.corpus) ?? [];
    // A text may name places only the rest of the gazetteer holds (most villages): fetch it, then come back here.
    if (texts.length && !this.#published.gazetteer) this.addGazetteer();
    const atlas = (this.atlas = createAtlas(this.#published, texts));
    this.#on.rebuilt(atlas, { restored });
  }

  /** The library of texts added in this browser, loaded once (a failed load is tried again next time). */
  openLibrary(): Promise<Library> {
    return (this.#libraryLoading ??= this.#deps.openLibrary().then(
      (library) => (this.library = library),
      (error: Error) => {
        this.#libraryLoading = null;
        return Promise.reject(error);
      },
    ));
  }

  /**
   * Once, after the first view: texts kept from an earlier visit come back (linked again), and the atlas is rebuilt
   * with them, so links to local texts can be checked.
   */
  async restore(): Promise<void> {
    if (this.#restoreStarted) return;
    this.#restoreStarted = true;
    if (await this.#deps.keptTexts()) {
      try {
        await (await this.openLibrary()).restore();
      } catch {
        this.#on.restoreFailed();
      }
    }
    this.rebuild({ restored: true });
  }

  async remove(id: string): Promise<void> {
    await (await this.openLibrary()).remove(id);
    this.rebuild();
  }

  /** The published places the embed can show: it loads places.geojson only, not the rest of the gazetteer. */
  get embeddable(): ReadonlySet<string> {
    return new Set(this.#published?.places.features.map((f) => f.properties.id));
  }
}

/**
 * The links to texts added in this browser that the atlas no longer has (removed, or added in another browser):
 * their ids, and the state without them (null when nothing is to drop).
 */
export function goneLocalTexts(state: Pick<AppState, 'doc' | 'only'>, atlas: Pick<Atlas, 'localDocument'>): { ids: string[]; patch: Partial<AppState> | null } {
  const gone = (id: string | null): id is string => id !== null && isLocalId(id) && !atlas.localDocument(id);
  const ids = [...new Set([state.doc, state.only].filter(gone))];
  if (!ids.length) return { ids, patch: null };
  return { ids, patch: { ...(gone(state.doc) ? { doc: null, at: null } : {}), ...(gone(state.only) ? { only: null } : {}) } };
}
