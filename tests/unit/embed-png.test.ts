import { describe, expect, it } from 'vitest';
import { EXPORT_SIZES, EXPORT_SIZE_IDS, MIN_PRINT_PT, pointsOf, exportMapHeight } from '../../src/lib/embed/export-size.ts';
import { drawPng, fitText, fontPx, imageSize, mapFurniture, pngLayout, PNG_FONTS, wrapText, type PngContent } from '../../src/lib/embed/png.ts';
import { buildStyle } from '../../src/lib/map/style.ts';

/** A stand-in for canvas text metrics: every character (CJK or not) is `size` × 0.6 wide, size read from the font. */
const measure = (text: string, font: string) => [...text].length * fontPx(font) * 0.6;

const content: PngContent = {
  headline: '东阳市、义乌市',
  description: '地图标出东阳市、义乌市；5 篇文献中共有 103 段提到这些地点。',
  notes: '人口为 2020 年第七次人口普查数据。',
  source: '来源：金华统计年鉴',
  byline: '制图：张三',
  legend: [
    { label: '标出：东阳市、义乌市', swatch: { shape: 'fill', fill: 'rgba(0,0,0,0)', stroke: '#c2410c' } },
    { label: '铁路', swatch: { shape: 'line', stroke: '#2f3b45', width: 2.6 } },
    { label: '高速公路', swatch: { shape: 'line', stroke: '#d07020', width: 2.4, casing: '#8a4513' } },
    { label: '数字圆点：同一位置的地点数', swatch: { shape: 'disc', text: '3', stroke: '#4d4131' } },
  ],
  credit: '地图：金华文献地图 · 边界与乡镇驻地：高德地图（经 Vonng/adcode，CC BY 4.0） · © OpenStreetMap contributors (ODbL)',
  labels: [{ id: 'dongyang', text: '东阳市', x: 100, y: 80, angle: 0, font: PNG_FONTS.mapLabel, corners: [[80, 70], [120, 70], [120, 90], [80, 90]] }],
  scaleBar: { px: 80, metres: 10000, label: '10 公里' },
  inset: { outline: [[[0, 0], [60, 0], [60, 50]]], shown: [[10, 10], [20, 10], [20, 20], [10, 20]], width: 70, height: 60 },
};

describe('pngLayout', () => {
  it('keeps the map at its size, full width, with the texts above and below it, never over it', () => {
    const layout = pngLayout({ width: 640, height: 480 }, content, measure);
    expect(layout.width).toBe(640);
    expect(layout.map).toMatchObject({ x: 0, width: 640, height: 480 });
    const mapBottom = layout.map.y + layout.map.height;
    for (const t of layout.texts) {
      expect(t.y < layout.map.y || t.y > mapBottom + 10, t.text).toBe(true);
      expect(t.x + measure(t.text, t.font), t.text).toBeLessThanOrEqual(640);
    }
    const written = layout.texts.map((t) => t.text).join('');
    for (const text of [content.headline, content.description, content.notes!, content.credit, '来源：金华统计年鉴 · 制图：张三']) {
      expect(written.replace(/\s/g, '')).toContain(text.replace(/\s/g, ''));
    }
    // The map's labels move with the map; the scale bar sits in its bottom left corner, the inset in its top right.
    expect(layout.labels[0]!.y).toBe(80 + layout.map.y);
    expect(layout.scaleBar!.y).toBeLessThan(mapBottom);
    expect(layout.inset!.x + layout.inset!.width).toBeLessThanOrEqual(640);
    expect(layout.inset!.y).toBeGreaterThanOrEqual(layout.map.y);
  });

  it('wraps a headline or description too long for one line rather than cutting it, and flows the legend into rows', () => {
    const wide = pngLayout({ width: 900, height: 400 }, content, measure);
    const narrow = pngLayout({ width: 300, height: 400 }, content, measure);
    const rows = (l: typeof wide) => new Set(l.swatches.map((s) => s.y)).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
    const description = narrow.texts.filter((t) => t.font === PNG_FONTS.description);
    expect(description.length).toBeGreaterThan(1);
    expect(description.map((t) => t.text).join('').replace(/\s/g, '')).toBe(content.description.replace(/\s/g, ''));
    expect(narrow.texts.every((t) => !t.text.endsWith('…'))).toBe(true);
  });

  it('leaves out the notes, source and byline the editor did not write', () => {
    const full = pngLayout({ width: 600, height: 400 }, content, measure);
    const bare = pngLayout({ width: 600, height: 400 }, { ...content, notes: null, source: null, byline: null }, measure);
    expect(full.texts.length - bare.texts.length).toBe(2);
    expect(bare.texts.map((t) => t.text).join('')).not.toMatch(/人口|来源|制图/);
    expect(bare.height).toBeLessThan(full.height);
  });
});

describe('export sizes', () => {
  it('give images of the requested pixel width: web 600 and 1200 at 1× and 2×, print one and two columns at 300 dpi', () => {
    const widths = EXPORT_SIZE_IDS.map((id) => {
      const size = EXPORT_SIZES[id];
      const layout = pngLayout({ width: size.cssWidth, height: exportMapHeight(size.cssWidth, { width: 640, height: 512 }) }, content, measure);
      return imageSize(layout, size.scale).width;
    });
    // 80 mm and 170 mm at 300 dpi
    expect(widths).toEqual([600, 1200, 1200, 2400, Math.round((80 / 25.4) * 300), Math.round((170 / 25.4) * 300)]);
  });

  it('keep the map’s shape the editor sees, within limits', () => {
    expect(exportMapHeight(600, { width: 640, height: 512 })).toBe(480);
    expect(exportMapHeight(600, { width: 640, height: 20 })).toBe(270);
  });

  /** The font sizes (CSS px) a text-size expression can produce: its outputs, never its zoom stops. */
  function textSizes(value: unknown): number[] {
    if (typeof value === 'number') return [value];
    if (!Array.isArray(value)) throw new Error(`unexpected text-size ${JSON.stringify(value)}`);
    const [op, ...args] = value;
    const odd = (list: unknown[]) => list.filter((_, i) => i % 2 === 1);
    switch (op) {
      case 'interpolate':
        return odd(args.slice(2)).flatMap(textSizes);
      case 'step':
        return [args[1], ...odd(args.slice(2))].flatMap(textSizes);
      case 'case':
        return [...odd(args.slice(0, -1)), args.at(-1)].flatMap(textSizes);
      case 'match':
        return [...odd(args.slice(1, -1)), args.at(-1)].flatMap(textSizes);
      default:
        throw new Error(`unexpected text-size ${JSON.stringify(value)}`);
    }
  }

  it('print no text smaller than 7 pt: neither the layout’s nor the map’s labels', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const style = buildStyle({ data: { ground: empty, places: empty, labels: empty, reference: empty }, lang: 'zh', filter: { hiddenKinds: [], onlyIds: null } });
    const mapSizes = style.layers.flatMap((layer) => (layer.type === 'symbol' && layer.layout?.['text-size'] !== undefined ? textSizes(layer.layout['text-size']) : []));
    expect(mapSizes.length).toBeGreaterThan(5);
    const layoutSizes = Object.values(PNG_FONTS).map(fontPx);
    for (const size of [EXPORT_SIZES['print-1col'], EXPORT_SIZES['print-2col']]) {
      expect(pointsOf(Math.min(...layoutSizes), size)).toBeGreaterThanOrEqual(MIN_PRINT_PT);
      expect(pointsOf(Math.min(...mapSizes), size)).toBeGreaterThanOrEqual(MIN_PRINT_PT);
      // A CSS pixel is printed at its physical size (0.75 pt), so the check is not met by shrinking the paper.
      expect(pointsOf(1, size)).toBeCloseTo(0.75, 2);
    }
  });
});

describe('map furniture', () => {
  it('keeps the scale bar and the inset inside the map, in opposite corners', () => {
    const { scaleBarBox, insetBox } = mapFurniture({ width: 600, height: 480 }, { width: 100, height: 90 });
    expect(scaleBarBox.y1).toBeLessThanOrEqual(480);
    expect(scaleBarBox.x0).toBeGreaterThanOrEqual(0);
    expect(insetBox!.x1).toBeLessThanOrEqual(600);
    expect(insetBox!.x0).toBeGreaterThan(scaleBarBox.x1);
  });
});

describe('text fitting', () => {
  it('fitText leaves text that fits alone and cuts text that does not at the widest fitting length', () => {
    expect(fitText('金华', 100, '10px x', measure)).toBe('金华');
    const cut = fitText('一二三四五六七八九十', 30, '10px x', measure);
    expect(cut).toBe('一二三四…');
    expect(measure(cut, '10px x')).toBeLessThanOrEqual(30);
  });

  it('wrapText breaks at spaces in Latin text and between characters in Chinese, losing nothing', () => {
    expect(wrapText('alpha beta gamma', 60, '10px x', measure)).toEqual(['alpha beta', 'gamma']);
    const cjk = wrapText('金华市九个县市区', 30, '10px x', measure);
    expect(cjk).toEqual(['金华市九个', '县市区']);
  });
});

describe('drawPng', () => {
  it('paints paper, the map at the layout scale, the labels turned along their line, swatches and every text', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_target, key) => (...args: unknown[]) => calls.push(`${String(key)}(${args.map((a) => (typeof a === 'object' ? 'img' : a)).join(',')})`),
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
    const turned = { ...content, labels: [{ ...content.labels[0]!, angle: 0.5 }] };
    const layout = pngLayout({ width: 400, height: 300 }, turned, measure);
    drawPng(ctx, layout, {} as CanvasImageSource, 2);
    expect(calls[0]).toBe('setTransform(2,0,0,2,0,0)');
    expect(calls).toContain(`fillRect(0,0,400,${layout.height})`);
    expect(calls).toContain(`drawImage(img,0,${layout.map.y},400,300)`);
    expect(calls).toContain('rotate(0.5)');
    expect(calls).toContain('fillText(东阳市,0,0)');
    expect(calls).toContain('fillText(10 公里,8,' + (layout.map.y + 300 - 8 - 9) + ')');
    // every text, the label, the scale bar's and the disc's number
    expect(calls.filter((c) => c.startsWith('fillText('))).toHaveLength(layout.texts.length + 3);
  });
});
