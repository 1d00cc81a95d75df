/**
 * The sizes a PNG is exported at: web widths at 1× and 2×, and print widths at 300 dpi. A size is a layout width in
 * CSS pixels and a scale (image pixels per CSS pixel). Print is laid out at its physical size (96 CSS px to the
 * inch), so a CSS pixel is 0.75 pt on paper and the map's and the layout's text sizes read as points.
 */

export const EXPORT_SIZE_IDS = ['web-600', 'web-600-2x', 'web-1200', 'web-1200-2x', 'print-1col', 'print-2col'] as const;
export type ExportSizeId = (typeof EXPORT_SIZE_IDS)[number];

export interface ExportSize {
  id: ExportSizeId;
  medium: 'web' | 'print';
  /** Layout width in CSS pixels. */
  cssWidth: number;
  /** Image pixels per CSS pixel. */
  scale: number;
  /** Width of the image in pixels. */
  pixelWidth: number;
  /** Print only: width on paper, and resolution. */
  mm?: number;
  dpi?: number;
}

const CSS_PX_PER_INCH = 96;
const PT_PER_INCH = 72;
const MM_PER_INCH = 25.4;
export const PRINT_DPI = 300;
/** The smallest text a printed map may carry. */
export const MIN_PRINT_PT = 7;

/** Column widths of an A4 magazine page: one column, and two columns with the gutter. */
const PRINT_MM: Record<'print-1col' | 'print-2col', number> = { 'print-1col': 80, 'print-2col': 170 };

function webSize(id: ExportSizeId, cssWidth: number, scale: number): ExportSize {
  return { id, medium: 'web', cssWidth, scale, pixelWidth: cssWidth * scale };
}

function printSize(id: 'print-1col' | 'print-2col'): ExportSize {
  const mm = PRINT_MM[id];
  const pixelWidth = Math.round((mm / MM_PER_INCH) * PRINT_DPI);
  const cssWidth = Math.round((mm / MM_PER_INCH) * CSS_PX_PER_INCH);
  return { id, medium: 'print', cssWidth, scale: pixelWidth / cssWidth, pixelWidth, mm, dpi: PRINT_DPI };
}

export const EXPORT_SIZES: Record<ExportSizeId, ExportSize> = {
  'web-600': webSize('web-600', 600, 1),
  'web-600-2x': webSize('web-600-2x', 600, 2),
  'web-1200': webSize('web-1200', 1200, 1),
  'web-1200-2x': webSize('web-1200-2x', 1200, 2),
  'print-1col': printSize('print-1col'),
  'print-2col': printSize('print-2col'),
};

export const DEFAULT_EXPORT_SIZE: ExportSizeId = 'web-600-2x';

export const isExportSizeId = (value: unknown): value is ExportSizeId => (EXPORT_SIZE_IDS as readonly unknown[]).includes(value);

/** Points on paper of one CSS pixel of a print size. */
export const ptPerCssPx = (size: ExportSize): number => ((size.scale / (size.dpi ?? PRINT_DPI)) * PT_PER_INCH);

/** Text size in points on paper of `cssPx` CSS pixels (print sizes only). */
export const pointsOf = (cssPx: number, size: ExportSize): number => cssPx * ptPerCssPx(size);

/** Map height for a width, keeping the aspect of the map the editor sees (clamped to a sensible band). */
export function exportMapHeight(cssWidth: number, shown: { width: number; height: number }): number {
  const aspect = shown.width > 0 && shown.height > 0 ? shown.height / shown.width : 0.8;
  return Math.round(cssWidth * Math.min(1.4, Math.max(0.45, aspect)));
}
