import { describe, expect, it } from 'vitest';
import { drawPng, fitText, pngLayout, wrapText, type PngContent } from '../../src/lib/embed/png.ts';

/** A stand-in for canvas text metrics: every character (CJK or not) is `size` × 0.6 wide, size read from the font. */
const measure = (text: string, font: string) => [...text].length * Number(/(\d+)px/.exec(font)![1]) * 0.6;

const content: PngContent = {
  headline: '东阳市、义乌市',
  caption: '地图标出东阳市、义乌市；5 篇文献中共有 103 段提到这些地点。',
  legend: [
    { label: '标出：东阳市、义乌市', swatch: { shape: 'fill', fill: '#e9b872', stroke: '#5b4e3a' } },
    { label: '县市区界', swatch: { shape: 'line', stroke: '#8a7f6e', width: 1 } },
    { label: '金华市界', swatch: { shape: 'line', stroke: '#5b4e3a', width: 2.5 } },
    { label: '邻近地市', swatch: { shape: 'fill', fill: '#ebe7de', stroke: '#8d8576' } },
  ],
  attribution: '边界 Boundaries: Amap via Vonng/adcode (CC BY 4.0)',
};

describe('pngLayout', () => {
  it('keeps the map at its size, full width, with the text above and below it, never over it', () => {
    const layout = pngLayout({ width: 640, height: 480 }, content, measure);
    expect(layout.width).toBe(640);
    expect(layout.map).toMatchObject({ x: 0, width: 640, height: 480 });
    const mapBottom = layout.map.y + layout.map.height;
    for (const t of layout.texts) {
      expect(t.y < layout.map.y || t.y > mapBottom + 10, t.text).toBe(true);
      expect(t.x + measure(t.text, t.font), t.text).toBeLessThanOrEqual(640);
    }
    expect(layout.height).toBeGreaterThan(mapBottom + 30);
    expect(layout.texts.map((t) => t.text)).toEqual(expect.arrayContaining([content.headline, content.caption, content.attribution]));
  });

  it('flows the legend into more rows on a narrow map, and wraps the attribution', () => {
    const wide = pngLayout({ width: 900, height: 400 }, content, measure);
    const narrow = pngLayout({ width: 300, height: 400 }, content, measure);
    const rows = (l: typeof wide) => new Set(l.swatches.map((s) => s.y)).size;
    expect(rows(wide)).toBe(1);
    expect(rows(narrow)).toBeGreaterThan(1);
    expect(narrow.swatches).toHaveLength(4);
    const attribution = narrow.texts.filter((t) => t.font.startsWith('11px'));
    expect(attribution.length).toBeGreaterThan(1);
    expect(attribution.map((t) => t.text).join(' ')).toBe(content.attribution);
    expect(narrow.height - narrow.map.height).toBeGreaterThan(wide.height - wide.map.height);
  });

  it('cuts a caption too long for one line with an ellipsis', () => {
    const layout = pngLayout({ width: 300, height: 200 }, content, measure);
    const caption = layout.texts[1]!;
    expect(caption.text.endsWith('…')).toBe(true);
    expect(content.caption.startsWith(caption.text.slice(0, -1))).toBe(true);
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
  it('paints paper, the map at the layout scale, swatches and every text', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_target, key) => (...args: unknown[]) => calls.push(`${String(key)}(${args.map((a) => (typeof a === 'object' ? 'img' : a)).join(',')})`),
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
    const layout = pngLayout({ width: 400, height: 300 }, content, measure);
    drawPng(ctx, layout, {} as CanvasImageSource, 2);
    expect(calls[0]).toBe('setTransform(2,0,0,2,0,0)');
    expect(calls).toContain(`fillRect(0,0,400,${layout.height})`);
    expect(calls).toContain(`drawImage(img,0,${layout.map.y},400,300)`);
    expect(calls.filter((c) => c.startsWith('fillText('))).toHaveLength(layout.texts.length);
  });
});
