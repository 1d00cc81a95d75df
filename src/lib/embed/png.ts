/**
 * The PNG export: the map as drawn, with headline, caption, legend and attribution set around it, for print and
 * for pages that cannot run scripts. `pngLayout` is pure (text is measured through a callback, so it runs in
 * Node); `drawPng` paints a layout onto any 2D context.
 */

export type Swatch =
  | { shape: 'fill'; fill: string; stroke: string }
  | { shape: 'point'; fill: string; stroke: string }
  /** Colours from low to high, side by side. */
  | { shape: 'ramp'; colours: string[] }
  /** `band`: a soft wide stroke under the line, as for a line drawn straight between stations. */
  | { shape: 'line'; stroke: string; width: number; dash?: [number, number]; band?: boolean };

export interface LegendItem {
  label: string;
  swatch: Swatch;
}

export interface PngContent {
  headline: string;
  caption: string;
  legend: LegendItem[];
  attribution: string;
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
}

const FONT_FAMILY = `system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;
export const PNG_FONTS = {
  headline: `600 20px ${FONT_FAMILY}`,
  caption: `14px ${FONT_FAMILY}`,
  legend: `13px ${FONT_FAMILY}`,
  attribution: `11px ${FONT_FAMILY}`,
} as const;
export const PNG_COLOURS = { paper: '#fffdf8', ink: '#2b2418', muted: '#6d6455', rule: '#ddd4c4' } as const;

const PAD = 16;
const SWATCH = 14;
const LINE = { headline: 26, caption: 20, legend: 20, attribution: 15 };

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

/**
 * Lays the picture out around a map of the given size: headline and one-line caption above, legend (in as many
 * rows as it needs) and attribution below. Nothing is drawn over the map itself.
 */
export function pngLayout(mapSize: { width: number; height: number }, content: PngContent, measure: MeasureText): PngLayout {
  const width = mapSize.width;
  const inner = width - 2 * PAD;
  const texts: TextBox[] = [];
  const swatches: PngLayout['swatches'] = [];
  let y = PAD;

  texts.push({ text: fitText(content.headline, inner, PNG_FONTS.headline, measure), x: PAD, y: y + 20, font: PNG_FONTS.headline, colour: PNG_COLOURS.ink });
  y += LINE.headline;
  texts.push({ text: fitText(content.caption, inner, PNG_FONTS.caption, measure), x: PAD, y: y + 15, font: PNG_FONTS.caption, colour: PNG_COLOURS.muted });
  y += LINE.caption + 8;

  const map = { x: 0, y, width, height: mapSize.height };
  y += mapSize.height + 10;

  let x = PAD;
  for (const item of content.legend) {
    const label = fitText(item.label, inner - SWATCH - 6, PNG_FONTS.legend, measure);
    const itemWidth = SWATCH + 6 + measure(label, PNG_FONTS.legend);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += LINE.legend;
    }
    swatches.push({ x, y: y + 3, swatch: item.swatch });
    texts.push({ text: label, x: x + SWATCH + 6, y: y + 14, font: PNG_FONTS.legend, colour: PNG_COLOURS.ink });
    x += itemWidth + 16;
  }
  if (content.legend.length) y += LINE.legend + 4;

  for (const line of wrapText(content.attribution, inner, PNG_FONTS.attribution, measure)) {
    texts.push({ text: line, x: PAD, y: y + 11, font: PNG_FONTS.attribution, colour: PNG_COLOURS.muted });
    y += LINE.attribution;
  }
  return { width, height: Math.ceil(y + PAD - 4), map, texts, swatches };
}

type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'globalAlpha'
  | 'arc'
  | 'fill'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'drawImage'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'setLineDash'
  | 'setTransform'
>;

/** Paints the layout at `scale` device pixels per CSS pixel; `mapImage` must already be at that scale. */
export function drawPng(ctx: Context2D, layout: PngLayout, mapImage: CanvasImageSource, scale: number): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = PNG_COLOURS.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { map } = layout;
  ctx.drawImage(mapImage, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = PNG_COLOURS.rule;
  ctx.lineWidth = 1;
  ctx.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1);
  for (const { x, y, swatch } of layout.swatches) drawSwatch(ctx, x, y, swatch);
  for (const t of layout.texts) {
    ctx.font = t.font;
    ctx.fillStyle = t.colour;
    ctx.fillText(t.text, t.x, t.y);
  }
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
      ctx.beginPath();
      ctx.arc(x + SWATCH / 2, mid, SWATCH / 2 - 2, 0, 2 * Math.PI);
      ctx.fillStyle = swatch.fill;
      ctx.fill();
      ctx.strokeStyle = swatch.stroke;
      ctx.lineWidth = 1.6;
      ctx.stroke();
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
      const stroke = (width: number, alpha: number) => {
        ctx.globalAlpha = alpha;
        ctx.strokeStyle = swatch.stroke;
        ctx.lineWidth = width;
        ctx.beginPath();
        ctx.moveTo(x, mid);
        ctx.lineTo(x + SWATCH, mid);
        ctx.stroke();
        ctx.globalAlpha = 1;
      };
      if (swatch.band) stroke(8, 0.18);
      ctx.setLineDash(swatch.dash ?? []);
      stroke(swatch.width, 1);
      ctx.setLineDash([]);
    }
  }
}
