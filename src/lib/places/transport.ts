import type { PlaceProperties } from '../geo/types.ts';

/** How the map draws a transport feature: railways, expressways and roads are styled apart. */
export type TransportMode = 'rail' | 'expressway' | 'road' | 'other';

/**
 * The mode each transport `subkind` of the gazetteer states (geo/transport.geojson). Stations go with the railways.
 * A subkind that names a facility rather than a mode (`hub`, `logistics`, `corridor`) states none.
 */
export const SUBKIND_MODES: Readonly<Record<string, TransportMode>> = {
  railway: 'rail',
  'high-speed-railway': 'rail',
  'railway-spur': 'rail',
  metro: 'rail',
  station: 'rail',
  'metro-station': 'rail',
  expressway: 'expressway',
  road: 'road',
  'national-road': 'road',
  airport: 'other',
};

// Only where the subkind states no mode. Rail first: 高速铁路 (high-speed railway) contains 高速 (expressway).
const NAME_RULES: Array<[TransportMode, RegExp]> = [
  ['rail', /rail|metro|tram|铁路|高铁|轨道|轻轨|地铁|城际/i],
  ['expressway', /expressway|motorway|高速/i],
  ['road', /\broad\b|highway|avenue|国道|省道|县道|公路|大道|[^铁]路$/i],
];

/**
 * The transport mode of a feature, as its subkind states it; only a feature whose subkind states none (a hub, a
 * logistics park, a record without one) is read by its name (高铁新城交通枢纽 is a railway hub), and 'other' when
 * the name says nothing either.
 */
export function transportModeOf(place: Pick<PlaceProperties, 'name' | 'subkind'>): TransportMode {
  const stated = place.subkind !== undefined && Object.hasOwn(SUBKIND_MODES, place.subkind) ? SUBKIND_MODES[place.subkind] : undefined;
  return stated ?? NAME_RULES.find(([, pattern]) => pattern.test(place.name))?.[0] ?? 'other';
}
