/**
 * The PNG export: the map as drawn, with the editor's headline and description above it, its legend, notes, source,
 * byline and credit line below it, the marked places' labels, a scale bar and a locator inset on it, for print and
 * for pages that cannot run scripts. `pngLayout` is pure (text is measured through a callback, so it runs in
 * Node); `drawPng` paints a layout onto any 2D context.
 */
import type { Box, PlacedLabel, Pt } from './map-labels.ts';
import type { ScaleBar } from './scale-bar.ts';

export type Swatch =
  | { shape: 'fill'; fill: string; stroke: string }
  | { shape: 'point'; fill: string; stroke: string }
  /** A numbered disc, as the map draws several places at one point. */
  | { shape: 'disc'; text: string; stroke: string }
  /** Colours from low to high, side by side. */
  | { shape: 'ramp'; colours: string[] }
  /** `band`: a soft wide stroke under the line, as for a line drawn straight between stations; `casing`: an edge. */
  | { shape: 'line'; stroke: string; width: number; dash?: [number, number]; band?: boolean; casing?: string };

export interface LegendItem {
  label: string;
  swatch: Swatch;
}

/** A small map of the whole (金华市, or 浙江省) with the shown area marked, in the map's corner. */
export interface Inset {
  /** The whole's outline, in the inset's own pixels (0,0 at its top left). */
  outline: Pt[][];
  /** The area the map shows, as a ring in the same pixels. */
  shown: Pt[];
  width: number;
  height: number;
}

export interface PngContent {
  headline: string;
  description: string;
  notes: string | null;
  /** The editor's source line and byline, already prefixed ("来源：…", "制图：…"). */
  source: string | null;
  byline: string | null;
  legend: LegendItem[];
  /** The credit line in words: the atlas and the sources of what is drawn. */
  credit: string;
  /** The marked places' labels, in map pixels. */
  labels: PlacedLabel[];
  scaleBar: ScaleBar | null;
  inset: Inset | null;
}

/** Width of `text` in CSS pixels when drawn in `font` (CanvasRenderingContext2D.measureText in a browser). */
export type MeasureText = (text: string, font: string) => number;

export interface TextBox {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  font: string;
  colour: string;
}

export interface PngLayout {
  /** Size in CSS pixels; the image is `scale` times larger. */
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  texts: TextBox[];
  swatches: Array<{ x: number; y: number; swatch: Swatch }>;
  /** Labels on the map, in layout pixels. */
  labels: PlacedLabel[];
  scaleBar: (ScaleBar & { x: number; y: number; font: string }) | null;
  inset: (Inset & { x: number; y: number }) | null;
}

const FONT_FAMILY = `system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;
/** Sizes in CSS pixels; printed, a CSS pixel is 0.75 pt, so the smallest (11 px) is 8.25 pt. */
export const PNG_FONTS = {
  headline: `600 20px ${FONT_FAMILY}`,
  description: `14px ${FONT_FAMILY}`,
  legend: `12px ${FONT_FAMILY}`,
  notes: `12px ${FONT_FAMILY}`,
  credit: `11px ${FONT_FAMILY}`,
  mapLabel: `600 13px ${FONT_FAMILY}`,
  scaleBar: `11px ${FONT_FAMILY}`,
  /** The number in the legend's numbered disc. */
  disc: `600 10px ${FONT_FAMILY}`,
} as const;
export const PNG_COLOURS = { paper: '#fffdf8', ink: '#2b2418', muted: '#6d6455', rule: '#ddd4c4', label: '#2b2418', halo: '#fffdf8', focus: '#c2410c' } as const;

/** The font size in CSS px of a canvas font string. */
export const fontPx = (font: string): number => Number(/(\d+(?:\.\d+)?)px/.exec(font)![1]);

const PAD = 16;
const SWATCH = 14;
const LEADING = 1.4;
/** Space the furniture on the map keeps from the frame. */
export const MAP_INSET = 8;
const SCALE_BAR_MAX = 0.3;

/** Cuts `text` to fit `width`, ending in an ellipsis when it had to cut. */
export function fitText(text: string, width: number, font: string, measure: MeasureText): string {
  if (measure(text, font) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, font) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

/** Breaks `text` into lines no wider than `width`, at spaces where there are any, else between characters (CJK). */
export function wrapText(text: string, width: number, font: string, measure: MeasureText): string[] {
  const tokens = text.match(/\S+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    if (line && measure((line + piece).trimEnd(), font) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  };
  for (const token of tokens) {
    if (measure(token.trimEnd(), font) <= width) push(token);
    else for (const char of token) push(char);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Where the scale bar and the inset sit on a map of this size: known before the labels are placed, so they keep clear. */
export function mapFurniture(mapSize: { width: number; height: number }, inset: { width: number; height: number } | null) {
  const scaleBarRoom = Math.round(mapSize.width * SCALE_BAR_MAX);
  const scaleBarBox: Box = { x0: MAP_INSET - 4, y0: mapSize.height - MAP_INSET - 24, x1: MAP_INSET + scaleBarRoom + 40, y1: mapSize.height - MAP_INSET + 2 };
  const insetBox: Box | null = inset
    ? { x0: mapSize.width - MAP_INSET - inset.width, y0: MAP_INSET, x1: mapSize.width - MAP_INSET, y1: MAP_INSET + inset.height }
    : null;
  return { scaleBarRoom, scaleBarBox, insetBox, keepClear: insetBox ? [scaleBarBox, insetBox] : [scaleBarBox] };
}

/**
 * Lays the picture out around a map of the given size: headline and description above (wrapped, never cut), the
 * map with its labels, scale bar and inset, then the legend (in as many rows as it needs), the notes, the source and
 * byline and the credit line below.
 */
export function pngLayout(mapSize: { width: number; height: number }, content: PngContent, measure: MeasureText): PngLayout {
  const width = mapSize.width;
  const inner = width - 2 * PAD;
  const texts: TextBox[] = [];
  const swatches: PngLayout['swatches'] = [];
  let y = PAD;
  const paragraph = (text: string, font: string, colour: string) => {
    const size = fontPx(font);
    for (const line of wrapText(text, inner, font, measure)) {
      texts.push({ text: line, x: PAD, y: y + size, font, colour });
      y += Math.round(size * LEADING);
    }
  };

  paragraph(content.headline, PNG_FONTS.headline, PNG_COLOURS.ink);
  y += 2;
  if (content.description) paragraph(content.description, PNG_FONTS.description, PNG_COLOURS.muted);
  y += 8;

  const map = { x: 0, y, width, height: mapSize.height };
  const furniture = mapFurniture(mapSize, content.inset);
  y += mapSize.height + 10;

  let x = PAD;
  const legendLine = Math.round(fontPx(PNG_FONTS.legend) * LEADING) + 4;
  for (const item of content.legend) {
    const label = fitText(item.label, inner - SWATCH - 6, PNG_FONTS.legend, measure);
    const itemWidth = SWATCH + 6 + measure(label, PNG_FONTS.legend);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += legendLine;
    }
    swatches.push({ x, y: y + 2, swatch: item.swatch });
    texts.push({ text: label, x: x + SWATCH + 6, y: y + 13, font: PNG_FONTS.legend, colour: PNG_COLOURS.ink });
    x += itemWidth + 16;
  }
  if (content.legend.length) y += legendLine + 4;

  if (content.notes) paragraph(content.notes, PNG_FONTS.notes, PNG_COLOURS.ink);
  const sourceLine = [content.source, content.byline].filter(Boolean).join(' · ');
  if (sourceLine) paragraph(sourceLine, PNG_FONTS.notes, PNG_COLOURS.muted);
  paragraph(content.credit, PNG_FONTS.credit, PNG_COLOURS.muted);

  const shift = (label: PlacedLabel): PlacedLabel => ({ ...label, y: label.y + map.y, corners: label.corners.map(([cx, cy]) => [cx + map.x, cy + map.y] as Pt) });
  return {
    width,
    height: Math.ceil(y + PAD - 4),
    map,
    texts,
    swatches,
    labels: content.labels.map(shift),
    scaleBar: content.scaleBar && { ...content.scaleBar, x: map.x + MAP_INSET, y: map.y + map.height - MAP_INSET, font: PNG_FONTS.scaleBar },
    inset: content.inset && furniture.insetBox && { ...content.inset, x: map.x + furniture.insetBox.x0, y: map.y + furniture.insetBox.y0 },
  };
}

/** The image's size in pixels for a layout drawn at `scale`. */
export const imageSize = (layout: Pick<PngLayout, 'width' | 'height'>, scale: number) => ({
  width: Math.round(layout.width * scale),
  height: Math.round(layout.height * scale),
});

type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'globalAlpha'
  | 'arc'
  | 'fill'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'strokeText'
  | 'drawImage'
  | 'beginPath'
  | 'closePath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'setLineDash'
  | 'setTransform'
  | 'save'
  | 'restore'
  | 'translate'
  | 'rotate'
>;

/** Paints the layout at `scale` device pixels per CSS pixel; `mapImage` must already be at that scale. */
export function drawPng(ctx: Context2D, layout: PngLayout, mapImage: CanvasImageSource, scale: number): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = PNG_COLOURS.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { map } = layout;
  ctx.drawImage(mapImage, map.x, map.y, map.width, map.height);
  for (const label of layout.labels) drawLabel(ctx, label);
  if (layout.scaleBar) drawScaleBar(ctx, layout.scaleBar);
  if (layout.inset) drawInset(ctx, layout.inset);
  ctx.strokeStyle = PNG_COLOURS.rule;
  ctx.lineWidth = 1;
  ctx.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1);
  for (const { x, y, swatch } of layout.swatches) drawSwatch(ctx, x, y, swatch);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = t.font;
    ctx.fillStyle = t.colour;
    ctx.fillText(t.text, t.x, t.y);
  }
}

function haloText(ctx: Context2D, text: string, x: number, y: number, colour: string, halo: number) {
  ctx.lineJoin = 'round';
  ctx.strokeStyle = PNG_COLOURS.halo;
  ctx.lineWidth = halo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
}

function drawLabel(ctx: Context2D, label: PlacedLabel) {
  ctx.save();
  ctx.translate(label.x, label.y);
  ctx.rotate(label.angle);
  ctx.font = label.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  haloText(ctx, label.text, 0, 0, PNG_COLOURS.label, 3.5);
  ctx.restore();
}

function drawScaleBar(ctx: Context2D, bar: NonNullable<PngLayout['scaleBar']>) {
  const { x, y, px } = bar;
  ctx.fillStyle = 'rgba(255,253,248,0.8)';
  ctx.fillRect(x - 4, y - 22, px + 8, 26);
  ctx.strokeStyle = PNG_COLOURS.ink;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x, y - 6);
  ctx.lineTo(x, y);
  ctx.lineTo(x + px, y);
  ctx.lineTo(x + px, y - 6);
  ctx.stroke();
  ctx.font = bar.font;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  haloText(ctx, bar.label, x, y - 9, PNG_COLOURS.ink, 3);
}

function ring(ctx: Context2D, points: Pt[], x: number, y: number) {
  ctx.beginPath();
  points.forEach(([px, py], i) => (i ? ctx.lineTo(x + px, y + py) : ctx.moveTo(x + px, y + py)));
  ctx.closePath();
}

function drawInset(ctx: Context2D, inset: NonNullable<PngLayout['inset']>) {
  const { x, y } = inset;
  ctx.fillStyle = PNG_COLOURS.paper;
  ctx.fillRect(x, y, inset.width, inset.height);
  ctx.strokeStyle = PNG_COLOURS.muted;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, inset.width - 1, inset.height - 1);
  ctx.fillStyle = '#ebe2cf';
  ctx.strokeStyle = '#4d4131';
  ctx.lineWidth = 0.8;
  for (const outline of inset.outline) {
    ring(ctx, outline, x, y);
    ctx.fill();
    ctx.stroke();
  }
  ring(ctx, inset.shown, x, y);
  ctx.globalAlpha = 0.25;
  ctx.fillStyle = PNG_COLOURS.focus;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = PNG_COLOURS.focus;
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

function drawSwatch(ctx: Context2D, x: number, y: number, swatch: Swatch): void {
  const mid = y + SWATCH / 2;
  switch (swatch.shape) {
    case 'fill':
      ctx.fillStyle = swatch.fill;
      ctx.fillRect(x, y, SWATCH, SWATCH);
      ctx.strokeStyle = swatch.stroke;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(x + 0.75, y + 0.75, SWATCH - 1.5, SWATCH - 1.5);
      return;
    case 'point':
    case 'disc':
      ctx.beginPath();
      ctx.arc(x + SWATCH / 2, mid, SWATCH / 2 - (swatch.shape === 'disc' ? 0.5 : 2), 0, 2 * Math.PI);
      ctx.fillStyle = swatch.shape === 'disc' ? '#ffffff' : swatch.fill;
      ctx.fill();
      ctx.strokeStyle = swatch.stroke;
      ctx.lineWidth = 1.6;
      ctx.stroke();
      if (swatch.shape === 'disc') {
        ctx.font = PNG_FONTS.disc;
        ctx.fillStyle = swatch.stroke;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(swatch.text, x + SWATCH / 2, mid + 0.5);
      }
      return;
    case 'ramp': {
      const step = SWATCH / swatch.colours.length;
      swatch.colours.forEach((colour, i) => {
        ctx.fillStyle = colour;
        ctx.fillRect(x + i * step, y, step + 0.5, SWATCH);
      });
      return;
    }
    case 'line': {
      const stroke = (colour: string, width: number, alpha: number) => {
        ctx.globalAlpha = alpha;
        ctx.strokeStyle = colour;
        ctx.lineWidth = width;
        ctx.beginPath();
        ctx.moveTo(x, mid);
        ctx.lineTo(x + SWATCH, mid);
        ctx.stroke();
        ctx.globalAlpha = 1;
      };
      if (swatch.band) stroke(swatch.stroke, 8, 0.18);
      ctx.setLineDash(swatch.dash ?? []);
      if (swatch.casing) stroke(swatch.casing, swatch.width + 2, 1);
      stroke(swatch.stroke, swatch.width, 1);
      ctx.setLineDash([]);
    }
  }
}
