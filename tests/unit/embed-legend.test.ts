import { describe, expect, it } from 'vitest';
import { factsOf, legendItems, NO_FACTS, swatchCss } from '../../src/lib/embed/legend.ts';
import { embedStrings } from '../../src/lib/embed/strings.ts';
import { PALETTE } from '../../src/lib/map/style.ts';

const t = embedStrings('zh');

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

  it('notes unbuilt lines, approximate points and lines drawn between stations only when some are on screen', () => {
    expect(factsOf([{ kind: 'transport', geom: 'line', status: 'completed' }])).toEqual({ ...NO_FACTS, kinds: ['transport'] });
    const facts = factsOf([
      { kind: 'transport', geom: 'line', status: 'under-construction', geometry_quality: 'station-chain' },
      { kind: 'project', geom: 'point', schematic: true },
    ]);
    expect(facts).toMatchObject({ unbuilt: true, stationChain: true, approximate: true });
  });
});

describe('legend items', () => {
  it('lead with the marked places, then the shading, the kinds and the notes, in the map’s colours', () => {
    const items = legendItems(t, ['东阳市', '义乌市'], { kinds: ['town'], counties: true, unbuilt: true, approximate: true, stationChain: false });
    expect(items.map((i) => i.label)).toEqual([
      '标出：东阳市、义乌市',
      t.app.legendShading,
      t.app.kind.town,
      t.app.legendUnbuilt,
      t.app.legendApproximate,
    ]);
    expect(items[0]!.swatch).toMatchObject({ stroke: PALETTE.focus });
    expect(items[1]!.swatch).toEqual({ shape: 'ramp', colours: [...PALETTE.countyScale] });
    expect(items[2]!.swatch).toMatchObject({ shape: 'point', fill: PALETTE.kind.town });
  });

  it('is empty for an empty map, and speaks English when asked', () => {
    expect(legendItems(t, [], NO_FACTS)).toEqual([]);
    expect(legendItems(embedStrings('en'), ['Yiwu'], NO_FACTS).map((i) => i.label)).toEqual(['Marked: Yiwu']);
  });

  it('draws each swatch the same way in CSS', () => {
    expect(swatchCss({ shape: 'ramp', colours: ['#000', '#fff'] })).toBe('background:linear-gradient(to right, #000, #fff)');
    expect(swatchCss({ shape: 'line', stroke: '#123', width: 2, dash: [2, 2] })).toBe('height:0;border-top:2px dashed #123');
  });
});
