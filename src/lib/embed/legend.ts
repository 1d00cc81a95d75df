/**
 * The embed's legend: one list for the page and for the PNG, drawn with the colours of the map style, naming only
 * what the map shows at the moment (the kinds on screen, and the notes about schematic geometry when there is some).
 */
import type { MapProperties } from '../map/features.ts';
import { PALETTE, TOGGLE_KINDS, type ToggleKind } from '../map/style.ts';
import type { LegendItem, Swatch } from './png.ts';
import type { EmbedText } from './strings.ts';

/** What the legend has to explain about the features on screen. */
export interface MapFacts {
  /** Kinds with a feature on screen, in legend order; counties are explained by the shading. */
  kinds: ToggleKind[];
  counties: boolean;
  /** A line drawn dashed: planned, proposed or under construction. */
  unbuilt: boolean;
  /** A hollow point: an approximate position. */
  approximate: boolean;
  /** A line with a soft band: straight between sourced stations. */
  stationChain: boolean;
}

export const NO_FACTS: MapFacts = { kinds: [], counties: false, unbuilt: false, approximate: false, stationChain: false };

const UNBUILT = ['proposed', 'planned', 'under-construction'];

/** Reads the facts from the properties of the rendered features (as queryRenderedFeatures returns them). */
export function factsOf(features: Array<Partial<MapProperties>>): MapFacts {
  const kinds = new Set(features.map((p) => p.kind));
  const lines = features.filter((p) => p.geom === 'line');
  return {
    kinds: TOGGLE_KINDS.filter((k) => k !== 'county' && kinds.has(k)),
    counties: kinds.has('county'),
    unbuilt: lines.some((p) => UNBUILT.includes(p.status ?? '')),
    approximate: features.some((p) => p.geom === 'point' && p.schematic),
    stationChain: lines.some((p) => p.geometry_quality === 'station-chain'),
  };
}

const point = (colour: string): Swatch => ({ shape: 'point', fill: colour, stroke: '#ffffff' });

/** The swatch of a kind, as the layer list draws it. */
export function kindSwatch(kind: ToggleKind): Swatch {
  switch (kind) {
    case 'county':
      return { shape: 'fill', fill: PALETTE.countyScale[2], stroke: PALETTE.outline };
    case 'transport':
      return { shape: 'line', stroke: PALETTE.mode.rail, width: 3 };
    case 'water':
      return { shape: 'line', stroke: PALETTE.kind.water, width: 2.4 };
    case 'park':
      return { shape: 'fill', fill: `${PALETTE.kind.park}40`, stroke: PALETTE.kind.park };
    default:
      return point(PALETTE.kind[kind]);
  }
}

export function legendItems(t: EmbedText, markedNames: string[], facts: MapFacts): LegendItem[] {
  const items: LegendItem[] = [];
  if (markedNames.length) {
    items.push({ label: t.legendHighlighted(t.list(markedNames)), swatch: { shape: 'fill', fill: 'rgba(0,0,0,0)', stroke: PALETTE.focus } });
  }
  if (facts.counties) items.push({ label: t.app.legendShading, swatch: { shape: 'ramp', colours: [...PALETTE.countyScale] } });
  for (const kind of facts.kinds) items.push({ label: t.app.kind[kind], swatch: kindSwatch(kind) });
  if (facts.unbuilt) items.push({ label: t.app.legendUnbuilt, swatch: { shape: 'line', stroke: PALETTE.mode.rail, width: 2.6, dash: [5, 4] } });
  if (facts.stationChain) items.push({ label: t.app.legendStationChain, swatch: { shape: 'line', stroke: PALETTE.mode.rail, width: 2, band: true } });
  if (facts.approximate) items.push({ label: t.app.legendApproximate, swatch: { shape: 'point', fill: '#ffffff', stroke: PALETTE.kind.project } });
  return items;
}

/** The swatch as inline CSS, for the legend under the map (the PNG draws the same swatch on a canvas). */
export function swatchCss(swatch: Swatch): string {
  switch (swatch.shape) {
    case 'fill':
      return `background:${swatch.fill};border:1.5px solid ${swatch.stroke}`;
    case 'point':
      return `background:${swatch.fill};border:1.6px solid ${swatch.stroke};border-radius:50%;box-shadow:0 0 0 1px rgb(0 0 0 / 0.12)`;
    case 'ramp':
      return `background:linear-gradient(to right, ${swatch.colours.join(', ')})`;
    case 'line':
      return `height:0;border-top:${swatch.width}px ${swatch.dash ? 'dashed' : 'solid'} ${swatch.stroke}${swatch.band ? `;box-shadow:0 0 0 3px ${swatch.stroke}2e` : ''}`;
  }
}
