/** How an embed arranges map and passages for the width it gets: the same rules for the iframe and the element. */
import type { EmbedOptions } from './options.ts';

/** Below this width the passages go under the map (panel=auto). */
export const BESIDE_MIN_WIDTH = 640;
export const PANEL_WIDTH = 300;

export interface EmbedLayout {
  panel: 'below' | 'beside' | 'none';
  /** Map height in CSS pixels. */
  mapHeight: number;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * Jinhua is a little wider than tall, so a map about 0.8 times as high as it is wide frames the prefecture;
 * the clamps keep a phone column usable and a wide page from getting a wall of map.
 */
export function embedLayout(width: number, options: Pick<EmbedOptions, 'panel' | 'height'>): EmbedLayout {
  const panel = options.panel === 'auto' ? (width >= BESIDE_MIN_WIDTH ? 'beside' : 'below') : options.panel;
  const mapWidth = panel === 'beside' ? width - PANEL_WIDTH : width;
  const mapHeight = options.height ?? Math.round(panel === 'beside' ? clamp(mapWidth * 0.75, 320, 560) : clamp(mapWidth * 0.8, 260, 520));
  return { panel, mapHeight };
}
