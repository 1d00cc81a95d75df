/** The embed's legend, one list for the page and for the PNG, with the colours the map style draws. */
import { PALETTE } from '../map/style.ts';
import type { LegendItem } from './png.ts';
import type { EmbedStrings } from './strings.ts';

export function legendItems(t: EmbedStrings, highlightedNames: string[], countiesShown: boolean): LegendItem[] {
  const items: LegendItem[] = [];
  if (highlightedNames.length) {
    items.push({
      label: t.legendHighlighted(t.list(highlightedNames)),
      swatch: { shape: 'fill', fill: PALETTE.countySelected, stroke: PALETTE.prefecture },
    });
  }
  if (countiesShown) items.push({ label: t.legendCounty, swatch: { shape: 'line', stroke: PALETTE.outline, width: 1 } });
  items.push(
    { label: t.legendPrefecture, swatch: { shape: 'line', stroke: PALETTE.prefecture, width: 2.5 } },
    { label: t.legendNeighbour, swatch: { shape: 'fill', fill: PALETTE.neighbour, stroke: PALETTE.contextLabel } },
  );
  return items;
}
