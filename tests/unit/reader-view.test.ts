import { describe, expect, it } from 'vitest';
import { countInView } from '../../src/lib/reader/offscreen.ts';
import { edgeHint } from '../../src/lib/map/edge-hint.ts';
import { neighbourHints } from '../../src/lib/map/neighbours.ts';

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

describe('neighbourHints: the nearest towns, named at the edge of a view that shows almost none', () => {
  const seat = (id: string, x: number, y: number, km: number) => ({ id, x, y, km });
  const inset = { top: 20, right: 20, bottom: 20, left: 20 };

  it('names the nearest towns beyond the view, nearest first, each at the edge on its side', () => {
    const hints = neighbourHints([seat('here', 200, 150, 0), seat('east', 700, 150, 6), seat('north', 200, -400, 7), seat('far', -900, 150, 30)], 400, 300, inset);
    expect(hints.map((h) => h.id)).toEqual(['east', 'north']);
    expect(hints[0]).toMatchObject({ x: 380, y: 150, angle: 0, km: 6 });
    expect(hints[1]).toMatchObject({ x: 200, y: 20, angle: -90, km: 7 });
  });

  it('says nothing when the view already shows towns enough to tell where it is', () => {
    expect(neighbourHints([seat('a', 100, 100, 1), seat('b', 300, 200, 2), seat('east', 700, 150, 6)], 400, 300, inset)).toEqual([]);
  });

  it('names one town per edge, the nearer, and at most three', () => {
    const east = (id: string, dy: number, km: number) => seat(id, 900, 150 + dy, km);
    const hints = neighbourHints([east('e1', 0, 5), east('e2', 120, 6), seat('w', -500, 150, 7), seat('n', 200, -500, 8), seat('s', 200, 900, 9)], 400, 300, inset);
    expect(hints.map((h) => h.id)).toEqual(['e1', 'w', 'n']);
  });

  it('leaves out a town whose name would crowd a corner beside a nearer one', () => {
    const hints = neighbourHints([seat('se-right', 900, 320, 5), seat('se-bottom', 500, 400, 6), seat('w', -500, 150, 7)], 400, 300, inset);
    expect(hints.map((h) => h.id)).toEqual(['se-right', 'w']);
  });

  it('stays inside the inset box, clear of the buttons along the top and the scale along the bottom', () => {
    const [north, south] = neighbourHints([seat('n', 200, -500, 5), seat('s', 200, 900, 6)], 400, 300, { top: 60, right: 40, bottom: 44, left: 40 });
    expect(north).toMatchObject({ id: 'n', x: 200, y: 60 });
    expect(south).toMatchObject({ id: 's', x: 200, y: 256 });
  });
});
