/**
 * MapLibre as the app's maps use it (the explorer's and the embed's): its worker comes from the bundle, and is
 * started now, while the atlas data is still loading, rather than when the first map is created.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

maplibregl.setWorkerUrl(workerUrl);
maplibregl.prewarm();

export { maplibregl };
