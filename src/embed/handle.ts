import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EmbedSubject } from '../lib/embed/subject.ts';

/** What an embed hands its host (the iframe page or the web component) once its map has loaded. */
export interface EmbedHandle {
  map: MapLibreMap;
  subject: EmbedSubject;
  /** The current view as a PNG, with headline, caption, legend and attribution. */
  exportPng(): Promise<Blob>;
}
