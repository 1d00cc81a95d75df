import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ExportSizeId } from '../lib/embed/export-size.ts';
import type { EmbedSubject } from '../lib/embed/subject.ts';

/** What an embed hands its host (the iframe page or the web component) once its map has loaded. */
export interface EmbedHandle {
  map: MapLibreMap;
  subject: EmbedSubject;
  /** The current view as a PNG at one of the export sizes, with the editor's texts, legend, scale bar and credits. */
  exportPng(size?: ExportSizeId): Promise<Blob>;
}

/** Why an embed will show no map: `webgl` (the browser cannot draw it) or `data` (the atlas could not be loaded). */
export interface EmbedFailure {
  reason: 'webgl' | 'data';
  /** In English, for the host page's developer. */
  message: string;
}
