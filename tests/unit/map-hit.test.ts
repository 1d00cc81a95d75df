import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceProperties } from '../../src/lib/geo/types.ts';
import { CHOOSER_GAP, CHOOSER_MARGIN, chooserEntries, chooserPlacement } from '../../src/lib/map/chooser.ts';
import { HIT_TOLERANCE, NEAR_LAYERS, placesHit, screenDistance, UNDER_LAYERS, type MapHit } from '../../src/lib/map/hit.ts';
import { CLICKABLE_LAYERS } from '../../src/lib/map/style.ts';

/** Screen pixels stand in for longitude and latitude: the projection is the identity. */
const identity = ([x, y]: number[]) => ({ x: x!, y: y! });
const at = { x: 0, y: 0 };
const point = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });
const hit = (layer: string, id: string, geometry: Geometry = point(0, 0), mentions = 0, context = false): MapHit =>
  ({ layer: { id: layer }, properties: { id, mentions, context }, geometry }) as never;
const hitsAt = (hits: MapHit[]) => placesHit(hits, (h) => screenDistance(h.geometry!, identity, at));

describe('placesHit: the places a click means', () => {
  it('splits the clickable layers into those hit near the pointer and those hit under it', () => {
    expect([...NEAR_LAYERS, ...UNDER_LAYERS].sort()).toEqual([...CLICKABLE_LAYERS].sort());
    expect(UNDER_LAYERS).toEqual(['area-fill', 'land-fill']);
  });

  it('takes the topmost layer only: a point over the line and the county under it, whatever order they come in', () => {
    expect(hitsAt([hit('land-fill', 'dongyang'), hit('line-hit', 'rail'), hit('point-hit', 'station')])).toEqual({ ids: ['station'], stacked: false });
    expect(hitsAt([hit('land-fill', 'dongyang'), hit('line-hit', 'rail')])).toEqual({ ids: ['rail'], stacked: false });
    expect(hitsAt([])).toBeNull();
  });

  it('never means a neighbouring prefecture (context), which is drawn but not selectable', () => {
    expect(hitsAt([hit('land-fill', 'hangzhou', point(0, 0), 0, true)])).toBeNull();
    expect(hitsAt([hit('land-fill', 'hangzhou', point(0, 0), 0, true), hit('land-fill', 'dongyang')])).toEqual({ ids: ['dongyang'], stacked: false });
  });

  it('means every place stacked on the point, the most named first, and says they are stacked', () => {
    const stack = [hit('point-hit', 'bridge', point(3, 0), 1), hit('point-hit', 'hospital', point(3, 0), 4), hit('land-fill', 'dongyang', point(0, 0), 77)];
    expect(hitsAt(stack)).toEqual({ ids: ['hospital', 'bridge'], stacked: true });
    // Ties go to the smaller id, so the same stack always leads with the same place.
    expect(hitsAt([hit('point-hit', 'b', point(1, 1), 2), hit('point-hit', 'a', point(1, 1), 2)])?.ids).toEqual(['a', 'b']);
  });

  it('ranks by the live count (feature-state) once a text was added in the browser', () => {
    const counted = { ...hit('point-hit', 'a', point(0, 0), 1), state: { mentions: 3 } } as MapHit;
    expect(hitsAt([hit('point-hit', 'b', point(0, 0), 2), counted])?.ids).toEqual(['a', 'b']);
  });

  it('means one point when the pointer is on it, not the neighbour whose wide hit area it also touches', () => {
    expect(hitsAt([hit('point-hit', 'town', point(1, 0)), hit('point-hit', 'village', point(16, 0))])).toEqual({ ids: ['town'], stacked: false });
    // Halfway between two points: as near to one as to the other, so both, and not stacked.
    expect(hitsAt([hit('point-hit', 'town', point(-9, 0)), hit('point-hit', 'village', point(9, 0))])).toEqual({ ids: ['town', 'village'], stacked: false });
  });

  it('means both lines where they cross, and the one under the pointer a little way from the crossing', () => {
    const rail: Geometry = { type: 'LineString', coordinates: [[-50, -50], [50, 50]] };
    const road: Geometry = { type: 'MultiLineString', coordinates: [[[-50, 50], [50, -50]]] };
    expect(hitsAt([hit('line-hit', 'rail', rail, 5), hit('line-hit', 'road', road, 9)])).toEqual({ ids: ['road', 'rail'], stacked: false });
    const away = { x: 12, y: 12 }; // on the railway, 17 px from the road
    expect(placesHit([hit('line-hit', 'rail', rail), hit('line-hit', 'road', road)], (h) => screenDistance(h.geometry!, identity, away))?.ids).toEqual(['rail']);
  });

  it('takes a line cut into tiles (the same place more than once) as one place, at its nearest piece', () => {
    const far: Geometry = { type: 'LineString', coordinates: [[40, 0], [80, 0]] };
    const near: Geometry = { type: 'LineString', coordinates: [[-10, 1], [10, 1]] };
    const other: Geometry = { type: 'LineString', coordinates: [[-10, 1 + HIT_TOLERANCE + 3], [10, 1 + HIT_TOLERANCE + 3]] };
    expect(hitsAt([hit('line-hit', 'rail', far), hit('line-hit', 'road', other), hit('line-hit', 'rail', near)])?.ids).toEqual(['rail']);
  });
});

describe('screenDistance', () => {
  it('measures to the nearest point of a set, to the nearest segment of a line, and 0 to an area', () => {
    expect(screenDistance({ type: 'MultiPoint', coordinates: [[30, 40], [3, 4]] }, identity, at)).toBe(5);
    expect(screenDistance({ type: 'LineString', coordinates: [[-10, 2], [10, 2]] }, identity, at)).toBe(2);
    expect(screenDistance({ type: 'LineString', coordinates: [[3, 4], [30, 40]] }, identity, at)).toBe(5); // past the end
    expect(screenDistance({ type: 'Polygon', coordinates: [[[50, 50], [60, 50], [60, 60], [50, 50]]] }, identity, at)).toBe(0);
  });
});

const place = (id: string, kind: PlaceProperties['kind'], name: string, name_en: string, subkind?: string): PlaceProperties => ({
  id,
  kind,
  name,
  name_en,
  pinyin: '',
  aliases: [],
  parent: null,
  geometry_quality: 'surveyed-point',
  source: 'test',
  ...(subkind ? { subkind } : {}),
});

describe('chooserEntries: what the chooser lists', () => {
  const places = new Map(
    [
      place('prk-studios', 'park', '横店影视城', 'Hengdian World Studios'),
      place('stn-palace', 'transport', '明清宫站', '', 'station'),
      place('lmk-gate', 'landmark', '城门', 'City Gate'),
      place('lmk-bridge', 'landmark', '古桥', 'Old Bridge'),
    ].map((p) => [p.id, p]),
  );
  const passages: Record<string, number> = { 'prk-studios': 7, 'stn-palace': 2, 'lmk-gate': 2, 'lmk-bridge': 2 };
  const entries = (ids: string[], lang: 'zh' | 'en') => chooserEntries(ids, (id) => places.get(id), (id) => passages[id] ?? 0, lang);

  it('lists each place with its name in the reader’s language, its kind in words and its passages', () => {
    expect(entries(['stn-palace', 'prk-studios'], 'zh')).toEqual([
      { id: 'prk-studios', name: '横店影视城', kind: '公园景区', passages: 7 },
      { id: 'stn-palace', name: '明清宫站', kind: '交通 · 铁路', passages: 2 },
    ]);
    expect(entries(['stn-palace', 'prk-studios'], 'en')).toEqual([
      { id: 'prk-studios', name: 'Hengdian World Studios', kind: 'Parks & sights', passages: 7 },
      // No English name: the Chinese one, rather than nothing.
      { id: 'stn-palace', name: '明清宫站', kind: 'Transport · Railway', passages: 2 },
    ]);
  });

  it('puts the most named first, then orders by name, whatever order the map returned them in', () => {
    const ids = ['lmk-gate', 'stn-palace', 'lmk-bridge', 'prk-studios'];
    expect(entries(ids, 'en').map((e) => e.id)).toEqual(['prk-studios', 'lmk-gate', 'lmk-bridge', 'stn-palace']); // City Gate, Old Bridge, 明清宫站
    expect(entries([...ids].reverse(), 'en').map((e) => e.id)).toEqual(entries(ids, 'en').map((e) => e.id));
    expect(entries(ids, 'zh')[0]!.id).toBe('prk-studios');
  });

  it('leaves out an id the atlas does not know', () => {
    expect(entries(['gone', 'lmk-gate'], 'zh').map((e) => e.id)).toEqual(['lmk-gate']);
  });
});

describe('chooserPlacement: where the chooser goes', () => {
  const map = { width: 800, height: 600 };
  const size = { width: 220, height: 160 };
  const inside = (p: ReturnType<typeof chooserPlacement>, s = size, m = map) =>
    p.left >= CHOOSER_MARGIN && p.top >= CHOOSER_MARGIN && p.left + Math.min(s.width, p.maxWidth) <= m.width - CHOOSER_MARGIN && p.top + Math.min(s.height, p.maxHeight) <= m.height - CHOOSER_MARGIN;

  it('goes to the right of the click, level with it, where there is room', () => {
    expect(chooserPlacement({ x: 100, y: 200 }, size, map)).toMatchObject({ left: 100 + CHOOSER_GAP, top: 200 - CHOOSER_GAP });
  });

  it('goes to the left near the right edge, and up from the bottom edge, never past the map', () => {
    const p = chooserPlacement({ x: 780, y: 590 }, size, map);
    expect(p.left).toBe(780 - CHOOSER_GAP - size.width);
    expect(p.top).toBe(map.height - CHOOSER_MARGIN - size.height);
    expect(inside(p)).toBe(true);
  });

  it('goes below the click on a map too narrow to have it beside (a phone), keeping clear of it', () => {
    const phone = { width: 390, height: 420 };
    const wide = { width: 300, height: 160 };
    const p = chooserPlacement({ x: 195, y: 100 }, wide, phone);
    expect(p.top).toBe(100 + CHOOSER_GAP);
    expect(inside(p, wide, phone)).toBe(true);
    // Near the bottom: above it.
    const q = chooserPlacement({ x: 195, y: 400 }, wide, phone);
    expect(q.top + wide.height).toBe(400 - CHOOSER_GAP);
  });

  it('keeps clear of what floats over the map, unless that leaves too little room', () => {
    const insets = { top: 24, right: 24, bottom: 24, left: 270 };
    const p = chooserPlacement({ x: 100, y: 300 }, size, map, insets);
    expect(p.left).toBeGreaterThanOrEqual(270 + CHOOSER_MARGIN);
    const small = { width: 360, height: 240 };
    expect(inside(chooserPlacement({ x: 100, y: 100 }, size, small, insets), size, small)).toBe(true);
  });

  it('gives a chooser larger than the map the map’s room, to scroll within', () => {
    const tiny = { width: 300, height: 160 };
    const p = chooserPlacement({ x: 150, y: 80 }, { width: 240, height: 400 }, tiny);
    expect(p.maxHeight).toBe(160 - 2 * CHOOSER_MARGIN);
    expect(p.top).toBe(CHOOSER_MARGIN);
    expect(inside(p, { width: 240, height: 400 }, tiny)).toBe(true);
  });
});
