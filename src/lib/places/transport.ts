import type { PlaceProperties } from '../geo/types.ts';

/** How the map draws a transport feature: railways, expressways and roads are styled apart. */
export type TransportMode = 'rail' | 'expressway' | 'road' | 'other';

// Rail first: 高速铁路 (high-speed railway) contains 高速 (expressway).
const RULES: Array<[TransportMode, RegExp]> = [
  ['rail', /rail|metro|tram|^station$|铁路|高铁|轨道|轻轨|地铁|城际/i],
  ['expressway', /expressway|motorway|高速/i],
  ['road', /\broad\b|highway|avenue|国道|省道|县道|公路|大道|[^铁]路$/i],
];

/**
 * The transport mode of a feature, from the gazetteer's subkind (or mode) where there is one, otherwise from
 * its Chinese name. Stations go with the railways; anything else (airports, ports, hubs) is 'other'.
 */
export function transportModeOf(place: Pick<PlaceProperties, 'name'> & Record<string, unknown>): TransportMode {
  const described = [place['subkind'], place['mode']].filter((v): v is string => typeof v === 'string');
  for (const text of [...described, place.name]) {
    const rule = RULES.find(([, pattern]) => pattern.test(text));
    if (rule) return rule[0];
  }
  return 'other';
}
