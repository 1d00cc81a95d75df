/** The exported map's scale bar, the labels of its marked places and its locator inset: plain geometry, tested here. */
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { placeMarkedLabels, labelBox, overlaps, type MarkedShape } from '../../src/lib/embed/map-labels.ts';
import { chooseLocator, coverage, locatorInset, type Rings } from '../../src/lib/embed/locator.ts';
import { metresPerPixel, scaleBar } from '../../src/lib/embed/scale-bar.ts';

const measure = (text: string, font: string) => [...text].length * Number(/(\d+)px/.exec(font)![1]) * 0.6;
const style = { font: '600 13px sans-serif', height: 17, margin: 3 };
const units = { km: '公里', m: '米' };

describe('scale bar', () => {
  it('is as long as its length at the map’s scale at that latitude (Web Mercator, 512 px tiles)', () => {
    for (const [lat, zoom] of [[29.1, 9], [28.5, 11.3], [0, 5]] as const) {
      const mpp = metresPerPixel(lat, zoom);
      const bar = scaleBar(mpp, 150, units)!;
      // The bar's two ends, 512·2^zoom px to 360° of longitude, measured on the ground along the parallel.
      const degrees = (bar.px * 360) / (512 * 2 ** zoom);
      const onGround = distance([120, lat], [120 + degrees, lat], { units: 'meters' });
      expect(Math.abs(onGround - bar.metres) / bar.metres).toBeLessThan(0.005);
      expect(bar.px).toBeLessThanOrEqual(150);
      expect(String(bar.metres)).toMatch(/^[125]0*$/);
    }
  });

  it('takes the longest round length that fits, and says it in the map’s units', () => {
    expect(scaleBar(100, 150, units)).toEqual({ px: 100, metres: 10000, label: '10 公里' });
    expect(scaleBar(2, 150, units)).toEqual({ px: 100, metres: 200, label: '200 米' });
    expect(scaleBar(0.001, 150, units)).toBeNull();
  });
});

describe('labels of the marked places', () => {
  const frame = { width: 300, height: 200 };
  const inside = (label: { corners: [number, number][] }) =>
    label.corners.every(([x, y]) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height);

  it('never cut a label at the frame: a place at the edge is labelled on its inner side', () => {
    const shapes: MarkedShape[] = [
      { id: 'e', text: '东阳市横店镇', geom: 'point', parts: [[[296, 100]]] },
      { id: 'n', text: '北山', geom: 'point', parts: [[[150, 2]]] },
      { id: 'w', text: '兰溪市', geom: 'area', parts: [[[1, 199]]] },
    ];
    const labels = placeMarkedLabels(frame, shapes, style, measure);
    expect(labels.map((l) => l.id)).toEqual(['e', 'n', 'w']);
    for (const label of labels) expect(inside(label), label.text).toBe(true);
    expect(labels[0]!.x).toBeLessThan(296);
  });

  it('label a line along the line, upright, beside it', () => {
    // Down to the right at 30°, as screen y grows downwards.
    const a: [number, number] = [20, 40];
    const line: MarkedShape = { id: 'hw', text: '杭温高铁', geom: 'line', parts: [[a, [80, 40 + 60 * Math.tan(Math.PI / 6)], [260, 40 + 240 * Math.tan(Math.PI / 6)]]] };
    const [label] = placeMarkedLabels(frame, [line], style, measure);
    expect(label!.angle).toBeCloseTo(Math.PI / 6, 5);
    expect(inside(label!)).toBe(true);
    // Its centre is half a line's height beside the line, not on it.
    const offLine = Math.abs(Math.sin(Math.PI / 6) * (label!.x - a[0]) - Math.cos(Math.PI / 6) * (label!.y - a[1]));
    expect(offLine).toBeCloseTo(style.height / 2 + 2, 1);
    // A line drawn right to left reads the same way up.
    const reversed = { ...line, parts: [[...line.parts[0]!].reverse()] };
    expect(placeMarkedLabels(frame, [reversed], style, measure)[0]!.angle).toBeCloseTo(Math.PI / 6, 5);
  });

  it('keep clear of each other and of the scale bar and inset where there is room', () => {
    const keepClear = [{ x0: 0, y0: 170, x1: 120, y1: 200 }];
    const shapes: MarkedShape[] = [
      { id: 'a', text: '义乌市', geom: 'point', parts: [[[150, 100]]] },
      { id: 'b', text: '义亭镇', geom: 'point', parts: [[[152, 102]]] },
      { id: 'c', text: '佛堂镇', geom: 'point', parts: [[[60, 162]]] }, // beside it would touch the scale bar
    ];
    const labels = placeMarkedLabels(frame, shapes, style, measure, keepClear);
    const boxes = labels.map(labelBox);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    expect(overlaps(boxes[2]!, keepClear[0]!)).toBe(false);
    expect(labels[2]!.y).toBeLessThan(162);
  });

  it('give no label to a place outside the frame', () => {
    expect(placeMarkedLabels(frame, [{ id: 'x', text: '远方', geom: 'point', parts: [[[500, 100]]] }], style, measure)).toEqual([]);
  });
});

describe('locator inset', () => {
  const prefecture: Rings = [[[119.2, 28.5], [120.8, 28.5], [120.8, 29.7], [119.2, 29.7], [119.2, 28.5]]];
  const province: Rings = [[[118, 27], [123, 27], [123, 31.2], [118, 31.2], [118, 27]]];

  it('marks the shown area inside the whole, fitted in the inset', () => {
    const inset = locatorInset(prefecture, [120.2, 29.0, 120.5, 29.3], 100, 120);
    expect(inset.width).toBe(100);
    expect(inset.height).toBeLessThanOrEqual(120);
    const xs = inset.outline[0]!.map((p) => p[0]);
    const [sx0, , sx1] = [inset.shown[0]![0], 0, inset.shown[1]![0]];
    expect(sx0).toBeGreaterThan(Math.min(...xs));
    expect(sx1).toBeLessThan(Math.max(...xs));
    // 0.3° of 1.6° of longitude
    expect((sx1 - sx0) / (Math.max(...xs) - Math.min(...xs))).toBeCloseTo(0.3 / 1.6, 3);
    for (const [x, y] of [...inset.outline[0]!, ...inset.shown]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(inset.width);
      expect(y).toBeLessThanOrEqual(inset.height);
    }
  });

  it('shows the prefecture within the province when the map shows most of the prefecture, and nothing when it shows the province', () => {
    expect(chooseLocator(prefecture, province, [120.2, 29.0, 120.5, 29.3])).toBe(prefecture);
    expect(coverage(prefecture, [119.1, 28.4, 120.9, 29.8])).toBeCloseTo(1, 5);
    expect(chooseLocator(prefecture, province, [119.1, 28.4, 120.9, 29.8])).toBe(province);
    expect(chooseLocator(prefecture, province, [117, 26, 124, 32])).toBeNull();
  });
});
