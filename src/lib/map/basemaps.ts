import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * Optional online basemaps. The default map is offline (the bundled context layers); these are requested only
 * when a reader switches to one. Both are Web Mercator in WGS84 (Tianditu's CGCS2000 agrees with WGS84 to well
 * under a metre), so the overlays need no shifting.
 */
export const BASEMAP_IDS = ['offline', 'openfreemap', 'tianditu'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];

export interface Basemap {
  id: Exclude<BasemapId, 'offline'>;
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Every basemap source and layer id starts with this, so errors can be told apart from the atlas's own. */
export const BASEMAP_PREFIX = 'basemap-';

export const OPENFREEMAP_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';

export function isBasemapSource(sourceId: string | undefined): boolean {
  return !!sourceId && sourceId.startsWith(BASEMAP_PREFIX);
}

/**
 * OpenFreeMap's shapes (land use, water, roads, boundaries) under the atlas. Its symbol layers are left out: they
 * need its glyph and sprite servers, and their mixed-language labels would fight the atlas's own Chinese labels.
 */
export function openFreeMapBasemap(style: StyleSpecification): Basemap {
  const rename = (id: string) => `${BASEMAP_PREFIX}ofm-${id}`;
  const usesSprite = (layer: LayerSpecification) =>
    'paint' in layer && !!layer.paint && Object.keys(layer.paint).some((key) => key.endsWith('-pattern'));
  const layers = style.layers
    .filter((layer) => layer.type !== 'symbol' && !usesSprite(layer))
    .map((layer) => ({ ...layer, id: rename(layer.id), ...('source' in layer ? { source: rename(layer.source) } : {}) }) as LayerSpecification);
  const sources = Object.fromEntries(Object.entries(style.sources).map(([id, source]) => [rename(id), source]));
  return { id: 'openfreemap', sources, layers };
}

const TIANDITU_ATTRIBUTION = '© 天地图 Tianditu (国家地理信息公共服务平台)';

/** Tianditu's vector map (vec_w) with its Chinese annotation layer (cva_w), in Web Mercator tiles. */
export function tiandituBasemap(key: string): Basemap {
  const tiles = (layer: 'vec' | 'cva') =>
    Array.from(
      { length: 8 },
      (_, n) =>
        `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default` +
        `&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
    );
  const raster = (layer: 'vec' | 'cva'): SourceSpecification => ({
    type: 'raster',
    tiles: tiles(layer),
    tileSize: 256,
    maxzoom: 18,
    attribution: TIANDITU_ATTRIBUTION,
  });
  return {
    id: 'tianditu',
    sources: { [`${BASEMAP_PREFIX}tdt-vec`]: raster('vec'), [`${BASEMAP_PREFIX}tdt-cva`]: raster('cva') },
    layers: [
      { id: `${BASEMAP_PREFIX}tdt-vec`, type: 'raster', source: `${BASEMAP_PREFIX}tdt-vec` },
      { id: `${BASEMAP_PREFIX}tdt-cva`, type: 'raster', source: `${BASEMAP_PREFIX}tdt-cva` },
    ],
  };
}

/**
 * How long an online basemap may take to answer — its style, then its first tile — before the map says it cannot
 * be reached and goes back to the offline map. A server that takes the connection and never answers is as dead
 * as one that refuses it, and the reader should not be left looking at a map that waits forever.
 */
export const BASEMAP_TIMEOUT_MS = 12_000;

/**
 * Settles as `start(signal)` does, or rejects with `message` after `ms`, aborting `signal` so the work can stop
 * (a fetch is cancelled). The work does not have to honour the signal: the timeout rejects either way.
 */
export function withTimeout<T>(start: (signal: AbortSignal) => Promise<T>, ms: number, message: string): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new Error(message));
    }, ms);
    start(controller.signal)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** Fetches what a basemap needs before it can be drawn; rejects when it cannot be reached or does not answer in time. */
export async function loadBasemap(
  id: Exclude<BasemapId, 'offline'>,
  tiandituKey: string | undefined,
  { fetch: fetchStyle = globalThis.fetch, timeoutMs = BASEMAP_TIMEOUT_MS }: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<Basemap> {
  if (id === 'tianditu') {
    if (!tiandituKey) throw new Error('VITE_TIANDITU_KEY is not set');
    return tiandituBasemap(tiandituKey);
  }
  const style = await withTimeout(
    async (signal) => {
      const response = await fetchStyle(OPENFREEMAP_STYLE_URL, { signal });
      if (!response.ok) throw new Error(`${OPENFREEMAP_STYLE_URL}: HTTP ${response.status}`);
      return (await response.json()) as StyleSpecification;
    },
    timeoutMs,
    `${OPENFREEMAP_STYLE_URL}: no answer in ${timeoutMs / 1000} s`,
  );
  return openFreeMapBasemap(style);
}
