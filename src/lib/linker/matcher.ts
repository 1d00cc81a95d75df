import type { PlaceProperties } from '../geo/types.ts';

export interface TextMention {
  start: number;
  end: number;
  surface: string;
  placeId: string;
}

/**
 * First place matcher: finds each place's official name and aliases in a text, leftmost-longest, so that
 * 东阳市 wins over 东阳 at the same position. (The skeleton's matcher; the full linker replaces it.)
 */
export function createMatcher(places: Pick<PlaceProperties, 'id' | 'name' | 'aliases'>[]) {
  const entries = places
    .flatMap((p) => [p.name, ...p.aliases].map((surface) => ({ surface, placeId: p.id })))
    .sort((a, b) => b.surface.length - a.surface.length);
  return function findMentions(text: string): TextMention[] {
    const found: TextMention[] = [];
    for (let i = 0; i < text.length; ) {
      const hit = entries.find((e) => text.startsWith(e.surface, i));
      if (hit) {
        found.push({ start: i, end: i + hit.surface.length, surface: hit.surface, placeId: hit.placeId });
        i += hit.surface.length;
      } else i++;
    }
    return found;
  };
}
