/**
 * The chooser a click on several places opens (map/hit.ts placesHit: a stack, crossing lines): what it lists, in what
 * order, and where it goes so that none of it is cut off. The explorer's map and the embed's show the same one
 * (components/PlaceChooser.svelte).
 */
import type { PlaceProperties } from '../geo/types.ts';
import { strings, type Lang } from '../i18n/strings.ts';
import { transportModeOf } from '../places/transport.ts';

export interface ChooserEntry {
  id: string;
  /** In the reader's language (the Chinese name where there is no English one). */
  name: string;
  /** The kind in words, a transport feature's mode after it (交通 · 铁路), as the place's panel says it. */
  kind: string;
  /** Passages that name it. */
  passages: number;
}

/**
 * One entry per place the atlas knows, the most named first (the count the entry shows), then by name in the
 * reader's language, then by id, so the same click lists the same places in the same order.
 */
export function chooserEntries(
  ids: readonly string[],
  placeOf: (id: string) => PlaceProperties | undefined,
  passagesOf: (id: string) => number,
  lang: Lang,
): ChooserEntry[] {
  const t = strings(lang);
  const entries = ids.flatMap((id) => {
    const place = placeOf(id);
    if (!place) return [];
    const kind = place.kind === 'transport' ? `${t.kind.transport} · ${t.mode[transportModeOf(place)]}` : t.kind[place.kind];
    return [{ id, name: lang === 'en' ? place.name_en || place.name : place.name, kind, passages: passagesOf(id) }];
  });
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh');
  return entries.sort((a, b) => b.passages - a.passages || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface Box {
  width: number;
  height: number;
}
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export interface Placement {
  left: number;
  top: number;
  /** The most room it has: larger, it scrolls (or wraps) inside rather than leaving the map. */
  maxWidth: number;
  maxHeight: number;
}

/** Pixels between the click and the chooser, and between the chooser and the edge of the room it has. */
export const CHOOSER_GAP = 10;
export const CHOOSER_MARGIN = 8;

/**
 * Where the chooser goes, in the map's pixels: beside the click (right, else left), else below or above it, always
 * inside the map less `insets` (what floats over the map) and a margin; where the insets leave too little room,
 * inside the whole map. `size` is the chooser's own, measured with `maxWidth` and `maxHeight` applied.
 */
export function chooserPlacement(at: { x: number; y: number }, size: Box, map: Box, insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 }): Placement {
  const roomWith = (i: Insets) => ({
    minX: i.left + CHOOSER_MARGIN,
    minY: i.top + CHOOSER_MARGIN,
    maxX: map.width - i.right - CHOOSER_MARGIN,
    maxY: map.height - i.bottom - CHOOSER_MARGIN,
  });
  let room = roomWith(insets);
  if (room.maxX - room.minX < Math.min(size.width, map.width / 2) || room.maxY - room.minY < Math.min(size.height, map.height / 2)) {
    room = roomWith({ top: 0, right: 0, bottom: 0, left: 0 });
  }
  const maxWidth = Math.max(0, room.maxX - room.minX);
  const maxHeight = Math.max(0, room.maxY - room.minY);
  const width = Math.min(size.width, maxWidth);
  const height = Math.min(size.height, maxHeight);
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  const clampX = (x: number) => clamp(x, room.minX, room.maxX - width);
  const clampY = (y: number) => clamp(y, room.minY, room.maxY - height);
  const fitsX = (x: number) => x >= room.minX && x + width <= room.maxX;
  const fitsY = (y: number) => y >= room.minY && y + height <= room.maxY;
  const place = (left: number, top: number) => ({ left, top, maxWidth, maxHeight });

  // Beside the click, level with it where there is room (the click stays in sight).
  for (const left of [at.x + CHOOSER_GAP, at.x - CHOOSER_GAP - width]) if (fitsX(left)) return place(left, clampY(at.y - CHOOSER_GAP));
  for (const top of [at.y + CHOOSER_GAP, at.y - CHOOSER_GAP - height]) if (fitsY(top)) return place(clampX(at.x - width / 2), top);
  return place(clampX(at.x + CHOOSER_GAP), clampY(at.y + CHOOSER_GAP));
}
