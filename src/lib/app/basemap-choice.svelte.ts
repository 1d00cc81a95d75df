import { loadBasemap, type Basemap, type BasemapId } from '../map/basemaps.ts';

export type OnlineBasemapId = Exclude<BasemapId, 'offline'>;

/**
 * The reader's basemap: the offline map until they choose an online one, which is fetched then (its style within
 * `BASEMAP_TIMEOUT_MS`, src/lib/map/basemaps.ts). When an online basemap cannot be had — its style fails or never
 * answers, or the map later reports that its tiles do — the choice goes back to the offline map and `onfail` names
 * the basemap that failed, for the message that says so.
 */
export class BasemapChoice {
  /** The basemap chosen: the layer panel's menu shows it (an online one from the moment it is chosen). */
  id = $state<BasemapId>('offline');
  /** What the map draws under the atlas: null for the offline map, and while an online one is on its way. */
  basemap = $state.raw<Basemap | null>(null);

  readonly #tiandituKey: string | undefined;
  readonly #onfail: (id: OnlineBasemapId) => void;
  readonly #load: typeof loadBasemap;

  constructor(options: { tiandituKey: string | undefined; onfail: (id: OnlineBasemapId) => void; load?: typeof loadBasemap }) {
    this.#tiandituKey = options.tiandituKey;
    this.#onfail = options.onfail;
    this.#load = options.load ?? loadBasemap;
  }

  async choose(id: BasemapId): Promise<void> {
    this.id = id;
    if (id === 'offline') {
      this.basemap = null;
      return;
    }
    try {
      const loaded = await this.#load(id, this.#tiandituKey);
      // The reader may have chosen another basemap while this one loaded: theirs stands.
      if (this.id === id) this.basemap = loaded;
    } catch {
      if (this.id === id) this.failed();
    }
  }

  /** The basemap chosen cannot be reached (its style did not load, or the map got no tile in time). */
  failed(): void {
    if (this.id === 'offline') return;
    this.#onfail(this.id);
    this.id = 'offline';
    this.basemap = null;
  }
}
