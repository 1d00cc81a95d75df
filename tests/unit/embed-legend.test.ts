import { describe, expect, it } from 'vitest';
import { factsOf, legendItems, NO_FACTS, swatchCss, type RenderedProperties } from '../../src/lib/embed/legend.ts';
import { embedStrings } from '../../src/lib/embed/strings.ts';
import { PALETTE } from '../../src/lib/map/style.ts';

const t = embedStrings('zh');

/** One rendered feature of every symbol the map draws. */
const everything: RenderedProperties[] = [
  { kind: 'county', geom: 'area' },
  { kind: 'town', geom: 'point' },
  { kind: 'park', geom: 'area' },
  { kind: 'water', geom: 'line' },
  { kind: 'transport', geom: 'line', mode: 'rail', status: 'completed', geometry_quality: 'surveyed-point' },
  { kind: 'transport', geom: 'line', mode: 'rail', status: 'under-construction', geometry_quality: 'station-chain' },
  { kind: 'transport', geom: 'line', mode: 'expressway', status: 'completed' },
  { kind: 'transport', geom: 'point', mode: 'rail' },
  { kind: 'transport', geom: 'point', mode: 'expressway', schematic: true },
  { kind: 'project', geom: 'point', schematic: true },
  { kind: 'town', geom: 'point', count: 3 },
];

describe('what the legend explains', () => {
  it('names the kinds on screen in legend order, counties apart (the shading explains them)', () => {
    const facts = factsOf([
      { kind: 'project', geom: 'point' },
      { kind: 'county', geom: 'area' },
      { kind: 'town', geom: 'point' },
      { kind: 'town', geom: 'point' },
    ]);
    expect(facts).toEqual({ ...NO_FACTS, kinds: ['town', 'project'], counties: true });
  });

  it('tells transport apart by how it is drawn: railway and expressway lines, stations, toll stations not joined', () => {
    const facts = factsOf(everything);
    expect(facts.lineModes).toEqual(['rail', 'expressway']);
    expect(facts.pointModes).toEqual(['rail', 'expressway']);
    expect(facts.hollowModes).toEqual(['expressway']);
    expect(facts).toMatchObject({ stacks: true, unbuilt: true, stationChain: true, approximate: true });
  });

  it('notes unbuilt lines, approximate points, lines drawn between stations and numbered discs only when some are on screen', () => {
    expect(factsOf([{ kind: 'transport', geom: 'line', mode: 'rail', status: 'completed' }])).toEqual({ ...NO_FACTS, lineModes: ['rail'] });
    expect(factsOf([{ kind: 'town', geom: 'point', count: 1 }]).stacks).toBe(false);
  });
});

describe('legend items', () => {
  it('have one entry per symbol drawn, each with the shape the map gives it', () => {
    const marked = [
      { name: '东阳市', geom: 'area' as const },
      { name: '杭温高铁', geom: 'line' as const },
      { name: '横店镇', geom: 'point' as const },
    ];
    const items = legendItems(t, marked, factsOf(everything));
    expect(items.map((i) => i.symbol)).toEqual([
      'marked:area',
      'marked:line',
      'marked:point',
      'county',
      'kind:town',
      'kind:park',
      'kind:water',
      'kind:project',
      'line:rail',
      'line:expressway',
      'point:rail',
      'point:expressway',
      'stack',
      'unbuilt',
      'station-chain',
      'approximate',
    ]);
    const shape = (symbol: string) => items.find((i) => i.symbol === symbol)!.swatch.shape;
    // A line is explained by a line, a numbered disc by a numbered disc, a marked point by a ring.
    for (const symbol of ['marked:line', 'kind:water', 'line:rail', 'line:expressway', 'unbuilt', 'station-chain']) expect(shape(symbol), symbol).toBe('line');
    expect(shape('stack')).toBe('disc');
    expect(shape('marked:point')).toBe('point');
    expect(shape('marked:area')).toBe('fill');
    expect(items.find((i) => i.symbol === 'line:expressway')!.swatch).toMatchObject({ stroke: PALETTE.mode.expressway, casing: PALETTE.mode.expresswayCasing });
    expect(items.find((i) => i.symbol === 'point:expressway')!.swatch).toMatchObject({ fill: '#ffffff', stroke: PALETTE.mode.expressway });
    expect(items[1]!.label).toBe('标出：杭温高铁');
  });

  it('is empty for an empty map, and speaks English when asked', () => {
    expect(legendItems(t, [], NO_FACTS)).toEqual([]);
    const en = legendItems(embedStrings('en'), [{ name: 'Yiwu', geom: 'area' }], factsOf(everything)).map((i) => i.label);
    expect(en.slice(0, 2)).toEqual(['Marked: Yiwu', 'County shading: passages naming it']);
    expect(en).toContain('Numbered disc: places at one point');
    expect(en.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('draws each swatch the same way in CSS', () => {
    expect(swatchCss({ shape: 'ramp', colours: ['#000', '#fff'] })).toBe('background:linear-gradient(to right, #000, #fff)');
    expect(swatchCss({ shape: 'line', stroke: '#123', width: 2, dash: [2, 2] })).toBe('height:0;border-top:2px dashed #123');
  });
});
