/**
 * The one owner of a MapLibre map; the explorer's MapView and the embed's EmbedMap are views over it. It creates
 * the map, draws a scene (atlas, language, filter, basemap: scene.ts) and keeps the map in step as the scene changes,
 * in place (the map, its canvas and its camera stay); flags the places hovered and selected; frames the camera;
 * listens to the map for its view; and removes it. Until the first view has drawn and every place is added, changes
 * wait in a queue (style-queue.ts) and are taken together when the style is loaded.
 */
import { untrack } from 'svelte';
import type { Atlas } from '../app/atlas.ts';
import { mapLibreLocale, strings, type Lang } from '../i18n/strings.ts';
import { BASEMAP_TIMEOUT_MS, isBasemapSource, withTimeout, type Basemap } from './basemaps.ts';
import { stacksOf } from './features.ts';
import { hitBox, NEAR_LAYERS, placesHit, screenDistance, UNDER_LAYERS, type PlacesHit } from './hit.ts';
import { CreditedAttribution, flagPlace, maplibregl, setCounts, showAllPlaces, updateCounts } from './maplibre.ts';
import { flagChanges, labelFields, sceneSteps, type Scene } from './scene.ts';
import { StyleQueue } from './style-queue.ts';
import { buildStyle, countStatesOf, globalStateOf, STACK_SOURCE, type CountState } from './style.ts';

/** What the controller asks of the atlas. */
export type MapAtlas = Pick<Atlas, 'mapData' | 'extentOf' | 'standIn'>;
export type MapScene = Scene<MapAtlas, Basemap>;

/** Where the camera goes: a view, or places fitted into the map (none: the prefecture). */
export type CameraTarget =
  | { center: [number, number]; zoom: number }
  | { places: readonly string[]; padding?: number | { top: number; right: number; bottom: number; left: number }; maxZoom?: number };

/**
 * Flags, each a set of places with a feature-state flag: `selected` (the selection, or the embed's marked places),
 * `highlight` (a place hovered outside the map, e.g. a name in the text) and `pointer` (under the pointer). The last
 * two both set `hover`.
 */
const FLAG_NAMES = ['selected', 'highlight', 'pointer'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];
const FLAG_KEY = { selected: 'selected', highlight: 'hover', pointer: 'hover' } as const;

export interface MapControllerOptions {
  interactive: boolean;
  /** In a page that scrolls (an embed): the wheel scrolls the page, Ctrl/⌘ + wheel or two fingers move the map. */
  cooperativeGestures: boolean;
  /** The credits behind an (i) button (and folded on a phone) rather than written out. */
  compactCredits: boolean;
  /** Where the first view starts, asked when it is drawn (the atlas is here, and the page laid out). */
  camera: () => CameraTarget;
  /** The map's controls besides the credits, new ones each time: they are built again in the new language. */
  controls: () => Array<[maplibregl.IControl, maplibregl.ControlPosition]>;
  /** Flag the place under the pointer as hovered. */
  flagPointer?: boolean;
  /** Keep framed places framed when the map changes size, until the reader moves it. */
  keepFramed?: boolean;
  /**
   * A click on the map, with the places it means (several on a stack or a crossing: the owner lets the reader
   * choose) and where, in the map's pixels; null where it means none, and always before the first view is ready.
   */
  onclick?: (hit: MapPointerHit | null) => void;
  /** On every pointer move: the places under it and where, or null. */
  onpointer?: (hit: MapPointerHit | null) => void;
  /** The place under the pointer changed. */
  onhover?: (id: string | null) => void;
  /** The map has started to move, whoever moves it (MapLibre does not mark every move of the reader's as such: the wheel). */
  onmovestart?: () => void;
  /** The reader moved the map (once it is ready). */
  onmoveend?: (view: { center: [number, number]; zoom: number }) => void;
  onidle?: (map: maplibregl.Map) => void;
  /** An online basemap could not be reached (an error, or no tile in time). */
  onbasemaperror?: () => void;
  /** The browser took the WebGL context away. */
  oncontextlost?: () => void;
  /** The first view has drawn and every place is added (not yet drawn): the map takes changes from now on. */
  onload?: (map: maplibregl.Map) => void;
  /** Every place is drawn too. */
  oncomplete?: (map: maplibregl.Map) => void;
}

/** The places under the pointer (map/hit.ts) and where it is, in the map's pixels. */
export type MapPointerHit = PlacesHit & { x: number; y: number };

/** MapLibre's own UI strings (English), read from the first map before anything changes them. */
let defaultUiStrings: Record<string, string> | null = null;

export class MapController {
  /** The map once its first view has drawn and every place is added; null before, and once removed. */
  map = $state.raw<maplibregl.Map | null>(null);

  readonly #options: MapControllerOptions;
  #instance: maplibregl.Map | null = null;
  readonly #queue = new StyleQueue<maplibregl.Map>();
  #wanted: Scene<MapAtlas | null, Basemap> | null = null;
  /** What the map's style was last brought to (null: no style yet). Changes since are taken by #syncScene. */
  #shown: MapScene | null = null;
  #counts: ReadonlyMap<string, { source: string; state: CountState }> = new Map();
  /** The stacked points as the map has them (JSON): a change that leaves them as they are costs no worker trip. */
  #stacks = '';
  /** Per flag, the places the map has it on and those it should. */
  readonly #flags: Record<FlagName, { shown: readonly string[]; wanted: readonly string[] }> = {
    selected: { shown: [], wanted: [] },
    highlight: { shown: [], wanted: [] },
    pointer: { shown: [], wanted: [] },
  };
  #camera: CameraTarget | null = null;
  #readerMoved = false;
  #hovered: string | null = null;
  #uiLang: Lang | null = null;
  #controls: maplibregl.IControl[] = [];

  constructor(options: MapControllerOptions) {
    this.#options = options;
  }

  /** Creates the map in `container`, with no style until the atlas is here. Throws when it cannot (no WebGL). */
  create(container: HTMLElement, lang: Lang): maplibregl.Map {
    const { interactive, cooperativeGestures } = this.#options;
    const map = new maplibregl.Map({
      container,
      interactive,
      cooperativeGestures,
      dragRotate: false,
      pitchWithRotate: false,
      validateStyle: false, // built by buildStyle, which the unit tests validate against the style spec
      attributionControl: false, // CreditedAttribution: it adds the credits of what is in view
    });
    defaultUiStrings ??= { ...map._locale };
    this.#instance = map;
    if (interactive) map.touchZoomRotate.disableRotation();
    this.#localise(map, lang);
    this.#listen(map);
    this.#advance(this.#syncScene);
    return map;
  }

  /** Shows `scene`: the first view once there is an atlas, then every change in place. */
  show(scene: Scene<MapAtlas | null, Basemap>): void {
    this.#wanted = scene;
    if (this.#instance) this.#localise(this.#instance, scene.lang);
    this.#advance(this.#syncScene);
  }

  /** Puts the feature-state flag `name` on exactly the places `ids`. */
  flag(name: FlagName, ids: readonly string[]): void {
    this.#flags[name].wanted = ids;
    this.#advance(this.#syncFlags);
  }

  /** Moves the map to frame `target`, once it has a first view; the target it frames already does nothing. */
  frame(target: CameraTarget): void {
    if (!this.#instance || !this.#shown || JSON.stringify(target) === JSON.stringify(this.#camera)) return;
    this.#camera = target;
    this.#readerMoved = false;
    this.#moveTo(this.#instance, this.#shown.atlas);
  }

  /** Removes the map: its canvas, its listeners, its WebGL context. */
  dispose(): void {
    this.#queue.clear();
    this.map = null;
    const map = this.#instance;
    this.#instance = null;
    map?.remove();
  }

  /** Runs `sync` when the style is loaded; the first view, if there is none yet and the atlas is here. */
  #advance(sync: (map: maplibregl.Map) => void): void {
    const map = this.#instance;
    const atlas = this.#wanted?.atlas;
    if (!map || !atlas) return;
    if (this.#shown) this.#queue.run(sync);
    else this.#firstView(map, { ...this.#wanted!, atlas });
  }

  /** The counties inside the prefecture, the quickest to draw; the rest is added once they have (`load`). */
  #firstView(map: maplibregl.Map, scene: MapScene): void {
    this.#shown = scene;
    this.#camera = untrack(this.#options.camera); // not a dependency of whatever effect shows the scene
    this.#moveTo(map, scene.atlas);
    map.setStyle(buildStyle({ data: scene.atlas.mapData, lang: scene.lang, filter: scene.filter, basemap: scene.basemap, firstView: true }));
    this.#watchBasemap(map, scene.basemap);
  }

  #loaded(map: maplibregl.Map): void {
    const shown = this.#shown!;
    const { mapData } = shown.atlas;
    const complete = showAllPlaces(map, buildStyle({ data: mapData, lang: shown.lang, filter: shown.filter, basemap: shown.basemap }));
    // The sources carry every document's counts; under the document filter, its own are set over them.
    this.#counts = setCounts(map, countStatesOf(mapData), countStatesOf(mapData, shown.only));
    this.#stacks = JSON.stringify(stacksOf(mapData.places, shown.filter));
    this.map = map;
    // What changed while the first view loaded, and the flags.
    this.#queue.run(this.#syncScene);
    this.#queue.run(this.#syncFlags);
    this.#queue.open(map);
    this.#options.onload?.(map);
    complete.then(() => {
      if (this.#instance === map) this.#options.oncomplete?.(map);
    });
  }

  /** Brings the map from the scene it shows to the wanted one (scene.ts sceneSteps), in place. */
  #syncScene = (map: maplibregl.Map): void => {
    const wanted = this.#wanted;
    const shown = this.#shown;
    if (!wanted?.atlas || !shown) return;
    const next: MapScene = { ...wanted, atlas: wanted.atlas };
    const steps = sceneSteps(shown, next);
    if (!steps.length) return;
    this.#shown = next;
    const { mapData } = next.atlas;
    const style = () => buildStyle({ data: mapData, lang: next.lang, filter: next.filter, basemap: next.basemap });
    const stacks = stacksOf(mapData.places, next.filter);
    const stacksChanged = JSON.stringify(stacks) !== this.#stacks;
    this.#stacks = JSON.stringify(stacks);
    if (steps.includes('restyle')) {
      const before = map.style;
      map.setStyle(style(), { diff: true });
      this.#watchBasemap(map, next.basemap);
      if (map.style !== before) {
        // MapLibre could not diff the styles and builds the new one from scratch, feature-state lost with the old
        // sources (which carry every document's counts): the rest waits until it has loaded, and the flags and the
        // counts are set again.
        for (const flag of Object.values(this.#flags)) flag.shown = [];
        this.#counts = countStatesOf(mapData);
        this.#queue.close();
        this.#queue.run(this.#syncFlags);
        this.#queue.run((loaded) => (this.#counts = setCounts(loaded, this.#counts, countStatesOf(mapData, next.only))));
        map.once('style.load', () => this.#queue.open(map));
        return;
      }
      // Diffed: the sources kept their feature-state, the counts the map had.
      this.#counts = setCounts(map, this.#counts, countStatesOf(mapData, next.only));
    }
    if (steps.includes('relabel')) {
      for (const { layer, field } of labelFields(style())) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', field);
    }
    if (steps.includes('refilter')) {
      for (const [name, value] of Object.entries(globalStateOf(next.filter))) map.setGlobalStateProperty(name, value);
    }
    if (steps.includes('recount')) this.#counts = updateCounts(map, this.#counts, countStatesOf(mapData, next.only), stacksChanged ? stacks : null);
    else if (stacksChanged) map.getSource<maplibregl.GeoJSONSource>(STACK_SOURCE)?.setData(stacks);
  };

  /** Moves each feature-state flag to the places now wanted. */
  #syncFlags = (map: maplibregl.Map): void => {
    const atlas = this.#shown?.atlas;
    if (!atlas) return;
    for (const name of FLAG_NAMES) {
      const flag = this.#flags[name];
      const { off, on } = flagChanges(flag.shown, flag.wanted);
      for (const id of off) flagPlace(map, atlas, id, FLAG_KEY[name], false);
      for (const id of on) flagPlace(map, atlas, id, FLAG_KEY[name], true);
      flag.shown = flag.wanted;
    }
  };

  #moveTo(map: maplibregl.Map, atlas: MapAtlas): void {
    const target = this.#camera!;
    if ('center' in target) return void map.jumpTo({ center: target.center, zoom: target.zoom });
    const { padding = 0, maxZoom } = target;
    map.fitBounds(atlas.extentOf(target.places), { padding, ...(maxZoom === undefined ? {} : { maxZoom }), animate: false });
  }

  /**
   * The map's language: its labels change with the scene (#syncScene); its controls' titles and the canvas's name here.
   * MapLibre takes its UI strings only as an option when it creates a map, and its controls read them when they are
   * added: the strings are set where MapLibre keeps them (`_locale`) and the controls are added again.
   */
  #localise(map: maplibregl.Map, lang: Lang): void {
    if (lang === this.#uiLang) return;
    this.#uiLang = lang;
    map._locale = { ...defaultUiStrings, ...mapLibreLocale(lang) };
    map.getCanvas().setAttribute('aria-label', map._getUIString('Map.Title'));
    if (map.cooperativeGestures.isEnabled()) {
      map.cooperativeGestures.disable(); // its help text is written when it is enabled
      map.cooperativeGestures.enable();
    }
    for (const control of this.#controls) map.removeControl(control);
    const controls: Array<[maplibregl.IControl, maplibregl.ControlPosition | undefined]> = [
      [new CreditedAttribution(strings(lang).mapAttribution, this.#options.compactCredits), undefined],
      ...this.#options.controls(),
    ];
    for (const [control, position] of controls) map.addControl(control, position);
    this.#controls = controls.map(([control]) => control);
  }

  #listen(map: maplibregl.Map): void {
    const options = this.#options;
    const placesAt = (point: maplibregl.Point): MapPointerHit | null => {
      if (!this.map) return null;
      const hits = [
        ...map.queryRenderedFeatures(hitBox(point.x, point.y), { layers: NEAR_LAYERS }),
        ...map.queryRenderedFeatures(point, { layers: UNDER_LAYERS }),
      ];
      const hit = placesHit(hits, (h) => (h.geometry ? screenDistance(h.geometry, (p) => map.project(p as [number, number]), point) : 0));
      return hit && { ...hit, x: point.x, y: point.y };
    };
    map.on('load', () => this.#loaded(map));
    map.on('click', (event) => options.onclick?.(placesAt(event.point)));
    map.on('mousemove', (event) => {
      const hit = placesAt(event.point);
      options.onpointer?.(hit);
      this.#hover(map, hit?.ids[0] ?? null);
    });
    map.on('mouseout', () => {
      options.onpointer?.(null);
      this.#hover(map, null);
    });
    map.on('movestart', (event) => {
      if ('originalEvent' in event && event.originalEvent) this.#readerMoved = true;
      options.onmovestart?.();
    });
    map.on('moveend', () => {
      if (!this.map) return;
      const { lng, lat } = map.getCenter();
      options.onmoveend?.({ center: [lng, lat], zoom: map.getZoom() });
    });
    map.on('resize', () => {
      const target = this.#camera;
      if (options.keepFramed && !this.#readerMoved && this.#shown && target && 'places' in target) this.#moveTo(map, this.#shown.atlas);
    });
    map.on('idle', () => options.onidle?.(map));
    map.on('error', (event) => {
      if (isBasemapSource((event as { sourceId?: string }).sourceId)) options.onbasemaperror?.();
    });
    // MapLibre restores a lost context only if the browser gives it back, which it does not for a context it took
    // to make room for another: the owner recreates the map instead.
    map.on('webglcontextlost', () => options.oncontextlost?.());
  }

  #hover(map: maplibregl.Map, id: string | null): void {
    if (id === this.#hovered) return;
    this.#hovered = id;
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (this.#options.flagPointer) this.flag('pointer', id ? [id] : []);
    this.#options.onhover?.(id);
  }

  /**
   * An online basemap whose tiles never arrive (a server that accepts the connection and never answers: no error
   * event ever fires) counts as unreachable once BASEMAP_TIMEOUT_MS pass without one of its tiles loading.
   */
  #watchBasemap(map: maplibregl.Map, watched: Basemap | null): void {
    if (!watched) return;
    withTimeout(
      (signal) =>
        new Promise<void>((resolve) => {
          const onData = (event: maplibregl.MapSourceDataEvent) => {
            if (isBasemapSource(event.sourceId) && event.tile) stop();
          };
          const stop = () => {
            map.off('sourcedata', onData);
            resolve();
          };
          map.on('sourcedata', onData);
          signal.addEventListener('abort', stop);
        }),
      BASEMAP_TIMEOUT_MS,
      'no basemap tile arrived',
    ).catch(() => {
      if (this.#shown?.basemap === watched && this.#instance === map) this.#options.onbasemaperror?.();
    });
  }
}
