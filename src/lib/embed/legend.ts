/**
 * The embed's legend: one list for the page and for the PNG, drawn with the colours of the map style, naming only
 * what the map shows at the moment, each symbol with the shape it has on the map (a line's swatch is a line, a
 * numbered disc a numbered disc), and the notes about schematic geometry only when some is shown.
 */
import type { GeometryClass, MapProperties } from '../map/features.ts';
import { TOGGLE_KINDS, type ToggleKind } from '../map/kinds.ts';
import { PALETTE } from '../map/style.ts';
import type { TransportMode } from '../places/transport.ts';
import type { LegendItem, Swatch } from './png.ts';
import type { EmbedText } from './strings.ts';

const MODES: TransportMode[] = ['rail', 'expressway', 'road', 'other'];

/** What the legend has to explain about the features on screen. */
export interface MapFacts {
  /** Kinds with a feature on screen, in legend order, other than counties (explained by the shading) and transport. */
  kinds: ToggleKind[];
  counties: boolean;
  /** Transport drawn as lines, by mode. */
  lineModes: TransportMode[];
  /** Transport drawn as points (stations, toll stations, the known ends of a road), by mode. */
  pointModes: TransportMode[];
  /** Of those, the modes whose points are all schematic, drawn hollow (a road known only by its toll stations). */
  hollowModes: TransportMode[];
  /** A numbered disc: several places the sources put at one point. */
  stacks: boolean;
  /** A line drawn dashed: planned, proposed or under construction. */
  unbuilt: boolean;
  /** A hollow point: an approximate position. */
  approximate: boolean;
  /** A line with a soft band: straight between sourced stations. */
  stationChain: boolean;
}

export const NO_FACTS: MapFacts = {
  kinds: [],
  counties: false,
  lineModes: [],
  pointModes: [],
  hollowModes: [],
  stacks: false,
  unbuilt: false,
  approximate: false,
  stationChain: false,
};

const UNBUILT = ['proposed', 'planned', 'under-construction'];

/** A rendered feature's properties (as queryRenderedFeatures returns them); a stack's carry its `count`. */
export type RenderedProperties = Partial<MapProperties> & { count?: number };

/** Reads the facts from the properties of the rendered features. */
export function factsOf(features: RenderedProperties[]): MapFacts {
  const stacks = features.some((p) => (p.count ?? 0) > 1);
  const places = features.filter((p) => p.count === undefined);
  const kinds = new Set(places.map((p) => p.kind));
  const lines = places.filter((p) => p.geom === 'line');
  const transport = (geom: GeometryClass) => new Set(places.filter((p) => p.kind === 'transport' && p.geom === geom).map((p) => p.mode || 'other'));
  const lineModes = transport('line');
  const pointModes = transport('point');
  const solidModes = new Set(places.filter((p) => p.kind === 'transport' && p.geom === 'point' && !p.schematic).map((p) => p.mode || 'other'));
  return {
    kinds: TOGGLE_KINDS.filter((k) => k !== 'county' && k !== 'transport' && kinds.has(k)),
    counties: kinds.has('county'),
    lineModes: MODES.filter((m) => lineModes.has(m)),
    pointModes: MODES.filter((m) => pointModes.has(m)),
    hollowModes: MODES.filter((m) => pointModes.has(m) && !solidModes.has(m)),
    stacks,
    unbuilt: lines.some((p) => UNBUILT.includes(p.status ?? '')),
    approximate: places.some((p) => p.geom === 'point' && p.schematic && p.kind !== 'transport'),
    stationChain: lines.some((p) => p.geometry_quality === 'station-chain'),
  };
}

const point = (colour: string): Swatch => ({ shape: 'point', fill: colour, stroke: '#ffffff' });

/** The swatch of a kind, as the map draws it. */
export function kindSwatch(kind: ToggleKind): Swatch {
  switch (kind) {
    case 'county':
      return { shape: 'fill', fill: PALETTE.countyScale[2], stroke: PALETTE.outline };
    case 'transport':
      return lineSwatch('rail');
    case 'water':
      return { shape: 'line', stroke: PALETTE.kind.water, width: 2.4 };
    case 'park':
      return { shape: 'fill', fill: `${PALETTE.kind.park}40`, stroke: PALETTE.kind.park };
    default:
      return point(PALETTE.kind[kind]);
  }
}

const modeColour = (mode: TransportMode) => (mode === 'other' ? PALETTE.kind.transport : PALETTE.mode[mode]);

function lineSwatch(mode: TransportMode): Swatch {
  if (mode === 'expressway') return { shape: 'line', stroke: PALETTE.mode.expressway, width: 2.4, casing: PALETTE.mode.expresswayCasing };
  return { shape: 'line', stroke: modeColour(mode), width: mode === 'rail' ? 2.6 : 2 };
}

export interface MarkedPlace {
  name: string;
  geom: GeometryClass;
}

/** A legend entry and the symbol it explains (one entry per symbol drawn). */
export type KeyedLegendItem = LegendItem & { symbol: string };

/** The marked places' highlight, one entry per shape it takes (an outline, a halo along a line, a ring). */
function markedSwatch(geom: GeometryClass): Swatch {
  if (geom === 'line') return { shape: 'line', stroke: PALETTE.focus, width: 2.6, band: true };
  if (geom === 'point') return { shape: 'point', fill: `${PALETTE.focus}55`, stroke: PALETTE.focus };
  return { shape: 'fill', fill: 'rgba(0,0,0,0)', stroke: PALETTE.focus };
}

export function legendItems(t: EmbedText, marked: MarkedPlace[], facts: MapFacts): KeyedLegendItem[] {
  const items: KeyedLegendItem[] = [];
  for (const geom of ['area', 'line', 'point'] as const) {
    const names = marked.filter((m) => m.geom === geom).map((m) => m.name);
    if (names.length) items.push({ symbol: `marked:${geom}`, label: t.legendHighlighted(t.list(names)), swatch: markedSwatch(geom) });
  }
  if (facts.counties) items.push({ symbol: 'county', label: t.app.legendShading, swatch: { shape: 'ramp', colours: [...PALETTE.countyScale] } });
  for (const kind of facts.kinds) items.push({ symbol: `kind:${kind}`, label: t.app.kind[kind], swatch: kindSwatch(kind) });
  for (const mode of facts.lineModes) items.push({ symbol: `line:${mode}`, label: t.transportLine[mode], swatch: lineSwatch(mode) });
  for (const mode of facts.pointModes) {
    items.push({
      symbol: `point:${mode}`,
      label: t.transportPoint[mode],
      swatch: facts.hollowModes.includes(mode) ? { shape: 'point', fill: '#ffffff', stroke: modeColour(mode) } : point(modeColour(mode)),
    });
  }
  if (facts.stacks) items.push({ symbol: 'stack', label: t.legendStack, swatch: { shape: 'disc', text: '3', stroke: PALETTE.prefecture } });
  if (facts.unbuilt) items.push({ symbol: 'unbuilt', label: t.app.legendUnbuilt, swatch: { shape: 'line', stroke: PALETTE.mode.rail, width: 2.6, dash: [5, 4] } });
  if (facts.stationChain) items.push({ symbol: 'station-chain', label: t.app.legendStationChain, swatch: { shape: 'line', stroke: PALETTE.mode.rail, width: 2, band: true } });
  if (facts.approximate) items.push({ symbol: 'approximate', label: t.app.legendApproximate, swatch: { shape: 'point', fill: '#ffffff', stroke: PALETTE.kind.project } });
  return items;
}

/** The swatch as inline CSS, for the legend under the map (the PNG draws the same swatch on a canvas). */
export function swatchCss(swatch: Swatch): string {
  switch (swatch.shape) {
    case 'fill':
      return `background:${swatch.fill};border:1.5px solid ${swatch.stroke}`;
    case 'point':
      return `background:${swatch.fill};border:1.6px solid ${swatch.stroke};border-radius:50%;box-shadow:0 0 0 1px rgb(0 0 0 / 0.12)`;
    case 'disc':
      return `background:#ffffff;border:1.6px solid ${swatch.stroke};border-radius:50%;font-size:9px;line-height:1;text-align:center`;
    case 'ramp':
      return `background:linear-gradient(to right, ${swatch.colours.join(', ')})`;
    case 'line': {
      const shadows = [swatch.casing ? `0 0 0 1px ${swatch.casing}` : '', swatch.band ? `0 0 0 3px ${swatch.stroke}2e` : ''].filter(Boolean);
      return `height:0;border-top:${swatch.width}px ${swatch.dash ? 'dashed' : 'solid'} ${swatch.stroke}${shadows.length ? `;box-shadow:${shadows.join(', ')}` : ''}`;
    }
  }
}
