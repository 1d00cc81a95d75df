import { describe, expect, it } from 'vitest';
import { countInView } from '../../src/lib/reader/offscreen.ts';
import { edgeHint } from '../../src/lib/map/edge-hint.ts';

describe('countInView', () => {
  const view = { top: 100, bottom: 500 };
  it('counts mentions above, in and below the view; a line cut by an edge is visible', () => {
    const spans = [
      { top: 0, bottom: 20 },
      { top: 90, bottom: 110 },
      { top: 300, bottom: 320 },
      { top: 490, bottom: 510 },
      { top: 600, bottom: 620 },
      { top: 700, bottom: 720 },
    ];
    expect(countInView(spans, view)).toEqual({ above: 1, visible: 3, below: 2 });
  });
  it('a span touching the edge from outside is off screen', () => {
    expect(countInView([{ top: 80, bottom: 100 }, { top: 500, bottom: 520 }], view)).toEqual({ above: 1, visible: 0, below: 1 });
  });
});

describe('edgeHint', () => {
  it('is null when any part of the place is on screen', () => {
    expect(edgeHint([390, 290, 420, 320], 400, 300, 20)).toBeNull();
    expect(edgeHint([-50, -50, 1000, 1000], 400, 300, 20)).toBeNull();
  });
  it('points right, at the inset right edge, for a place due east', () => {
    expect(edgeHint([900, 140, 920, 160], 400, 300, 20)).toEqual({ x: 380, y: 150, angle: 0 });
  });
  it('points up-left for a place beyond the top-left corner, on the edge it reaches first', () => {
    const hint = edgeHint([-1000, -110, -980, -90], 400, 300, 20)!;
    expect(hint.x).toBeCloseTo(20);
    expect(hint.y).toBeGreaterThan(20);
    expect(hint.y).toBeLessThan(150);
    expect(hint.angle).toBeLessThan(-90);
    expect(hint.angle).toBeGreaterThan(-180);
  });
  it('points down for a place due south', () => {
    expect(edgeHint([190, 800, 210, 820], 400, 300, 20)).toEqual({ x: 200, y: 280, angle: 90 });
  });
});
