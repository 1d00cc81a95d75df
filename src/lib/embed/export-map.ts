/** Browser side of the PNG export: renders the live map at print resolution and composes it with `pngLayout`. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawPng, pngLayout, type PngContent } from './png.ts';

/** Device pixels per CSS pixel in the exported image: sharp in print without a huge file. */
export const EXPORT_SCALE = 2;

/** The attribution exactly as the map shows it (style sources and the custom line). */
export function attributionOf(map: MapLibreMap): string {
  const inner = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner');
  return (inner?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the next frame MapLibre draws and copies it while the WebGL drawing buffer is still valid. */
function copyNextFrame(map: MapLibreMap, paint: (canvas: HTMLCanvasElement) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        paint(map.getCanvas());
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

export async function mapToPng(map: MapLibreMap, content: Omit<PngContent, 'attribution'>, scale = EXPORT_SCALE): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const container = map.getContainer();
  const layout = pngLayout(
    { width: container.clientWidth, height: container.clientHeight },
    { ...content, attribution: attributionOf(map) },
    measure,
  );
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);

  const before = map.getPixelRatio();
  try {
    if (before !== scale) {
      map.setPixelRatio(scale);
      // Labels are placed again at the new resolution; wait until the map has settled.
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    }
    await copyNextFrame(map, (mapCanvas) => drawPng(ctx, layout, mapCanvas, scale));
  } finally {
    if (before !== scale) map.setPixelRatio(before);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas produced no PNG'))), 'image/png'),
  );
}
