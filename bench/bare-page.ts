/**
 * A bare MapLibre page that draws the same nine counties (fill, outline, labels) from a GeoJSON file: the baseline the
 * app's map `load` is measured against. It lives beside the built app (`<dist>/bare/`), so one server serves both.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceCollection } from '../src/lib/geo/types.ts';
import { MARKS } from '../src/lib/perf-marks.ts';

export function prepareBarePage(dist: string): void {
  mkdirSync(join(dist, 'bare'), { recursive: true });
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(`node_modules/maplibre-gl/dist/${file}`, join(dist, 'bare', file));
  const places = JSON.parse(readFileSync(join(dist, 'atlas/places.geojson'), 'utf8')) as PlaceCollection;
  const counties = { type: 'FeatureCollection', features: places.features.filter((f) => f.properties.kind === 'county') };
  writeFileSync(join(dist, 'bare/counties.geojson'), JSON.stringify(counties));
  writeFileSync(
    join(dist, 'bare/index.html'),
    `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
  <style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
  <script type="module">
  import * as maplibregl from './maplibre-gl.mjs';
  maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
  const counties = await (await fetch('counties.geojson')).json();
  const map = new maplibregl.Map({
    container: 'map',
    bounds: [119.2, 28.5, 120.8, 29.7],
    style: { version: 8, sources: { c: { type: 'geojson', data: counties } }, layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#e4e1da' } },
      { id: 'fill', type: 'fill', source: 'c', paint: { 'fill-color': '#fbf9f3' } },
      { id: 'line', type: 'line', source: 'c', paint: { 'line-color': '#8a7f6e' } },
      { id: 'label', type: 'symbol', source: 'c', layout: { 'text-field': ['get', 'name'] } } ] },
  });
  map.on('load', () => performance.mark('${MARKS.load}'));
  window.__map = map;
  </script></body></html>`,
  );
}
