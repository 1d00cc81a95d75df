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

  // Draw synchronously and copy at once, while the WebGL drawing buffer still holds the frame. No waiting for an
  // animation frame: a browser may not give one to an iframe scrolled out of view, and a host can ask any time.
  const before = map.getPixelRatio();
  try {
    if (before !== scale) map.setPixelRatio(scale);
    map.redraw();
    drawPng(ctx, layout, map.getCanvas(), scale);
  } finally {
    if (before !== scale) {
      map.setPixelRatio(before);
      map.redraw(); // resizing the canvas cleared it
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas produced no PNG'))), 'image/png'),
  );
}
