/** What the e2e tests know about the built data, computed from the built assets themselves. */
import { existsSync, readFileSync } from 'node:fs';
import { bbox, booleanPointInPolygon, distance, lineIntersect, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { CorpusAsset } from '../../src/lib/corpus/types.ts';
import { corpusFromShards } from './serve-atlas.ts';
import { isLocated, type PlaceFeature, type PlaceCollection } from '../../src/lib/geo/types.ts';
import { NO_NOT_PLACES, parseNotPlaces } from '../../src/lib/linker/index.ts';

export const places = JSON.parse(readFileSync('dist/atlas/places.geojson', 'utf8')) as PlaceCollection;
/** The published corpus, put together again from the shards the build wrote (documents newest first, as the app lists them). */
export const corpus: CorpusAsset = corpusFromShards((path) => readFileSync(`dist/${path}`, 'utf8'));
/** A place the map draws (with a geometry). */
export const feature = (id: string): PlaceFeature => {
  const found = places.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no place "${id}" in dist/atlas/places.geojson`);
  if (!isLocated(found)) throw new Error(`"${id}" is unlocated (no geometry)`);
  return found;
};

const drawnOnTop = places.features.filter(isLocated).filter((f) => !f.properties.context && !['Polygon', 'MultiPolygon'].includes(f.geometry.type));

/** Kilometres from a position to the nearest point or line the map draws over the areas (but those in `except`). */
function clearance(at: Position, except: readonly string[] = []): number {
  return Math.min(
    ...drawnOnTop.filter((f) => !except.includes(f.properties.id)).map((f) => {
      const g = f.geometry;
      if (g.type === 'Point') return distance(at, g.coordinates);
      if (g.type === 'MultiPoint') return Math.min(...g.coordinates.map((c) => distance(at, c)));
      return nearestPointOnLine(f as Feature<LineString | MultiLineString>, point(at)).properties.dist;
    }),
  );
}

/** A point inside an area as far as possible from every point and line drawn over it, so a click there hits the area. */
export function clearSpotIn(id: string): [number, number] {
  const area = feature(id);
  const [w, s, e, n] = bbox(area);
  let best: { at: [number, number]; clear: number } | null = null;
  for (let i = 1; i < 24; i++) {
    for (let j = 1; j < 24; j++) {
      const at: [number, number] = [w + ((e - w) * i) / 24, s + ((n - s) * j) / 24];
      if (!booleanPointInPolygon(at, area as never)) continue;
      const clear = clearance(at);
      if (!best || clear > best.clear) best = { at, clear };
    }
  }
  if (!best) throw new Error(`no spot inside "${id}"`);
  return best.at;
}

/** A spot on a line as far as possible from every other point and line drawn, so a click there hits this line. */
export function clearSpotOnLine(id: string): [number, number] {
  const g = feature(id).geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  let best: { at: [number, number]; clear: number } | null = null;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      for (const t of [0.25, 0.5, 0.75]) {
        const [a, b] = [line[k - 1]!, line[k]!];
        const at: [number, number] = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
        const clear = clearance(at, [id]);
        if (!best || clear > best.clear) best = { at, clear };
      }
    }
  }
  if (!best) throw new Error(`"${id}" is not a line`);
  return best.at;
}

/** The places the map draws on one point shared with others, one list per point (the numbered discs). */
export function stacks(): string[][] {
  const byPoint = new Map<string, string[]>();
  for (const f of drawnOnTop) {
    if (f.geometry.type !== 'Point') continue;
    const key = f.geometry.coordinates.join(',');
    byPoint.set(key, [...(byPoint.get(key) ?? []), f.properties.id]);
  }
  return [...byPoint.values()].filter((ids) => ids.length > 1);
}

/** The places the map draws a point of at exactly this position (a point, or one of a set of points). */
export function drawnAt([lng, lat]: Position): string[] {
  const at = (c: Position) => c[0] === lng && c[1] === lat;
  return drawnOnTop
    .filter((f) => (f.geometry.type === 'Point' && at(f.geometry.coordinates)) || (f.geometry.type === 'MultiPoint' && f.geometry.coordinates.some(at)))
    .map((f) => f.properties.id);
}

/**
 * The oracle for "every passage that names 东阳", computed with a rule of its own from the passage texts of the built
 * corpus (how documents are cut into passages is tested in tests/unit/passages.test.ts): a passage names 东阳 when
 * 东阳 is still in it after removing the names of other places that contain it (e.g. 东阳江) and the surfaces
 * geo/not-places.json marks as not a place.
 */
export function passagesNamingDongyang(): string[] {
  const notPlaces = existsSync('geo/not-places.json') ? parseNotPlaces(readFileSync('geo/not-places.json', 'utf8')) : NO_NOT_PLACES;
  const others = [
    ...places.features.flatMap((f) => (f.properties.id === 'dongyang' ? [] : [f.properties.name, ...f.properties.aliases])),
    ...Object.entries(notPlaces.ambiguous).flatMap(([surface, entry]) => (entry.rule === 'not-a-place' ? [surface] : [])),
    ...notPlaces.phrases.map((p) => p.phrase),
    ...notPlaces.unmapped.map((u) => u.surface),
  ]
    .filter((n) => n.includes('东阳'))
    .sort((a, b) => b.length - a.length);
  return corpus.passages.map((p) => p.text).filter((text) => others.reduce((t, name) => t.replaceAll(name, '□'), text).includes('东阳'));
}

/** Where two lines the map draws cross, as far as possible from every other point and line drawn: their ids and the spot. */
export function clearCrossing(): { ids: [string, string]; at: [number, number] } {
  const lines = drawnOnTop.filter((f): f is PlaceFeature & Feature<LineString | MultiLineString> => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString');
  let best: { ids: [string, string]; at: [number, number]; clear: number } | null = null;
  for (const [i, a] of lines.entries()) {
    for (const b of lines.slice(i + 1)) {
      const ids: [string, string] = [a.properties.id, b.properties.id];
      for (const crossing of lineIntersect(a, b).features) {
        const at = crossing.geometry.coordinates as [number, number];
        const clear = clearance(at, ids);
        if (!best || clear > best.clear) best = { ids, at, clear };
      }
    }
  }
  if (!best) throw new Error('no two lines the map draws cross');
  return { ids: best.ids, at: best.at };
}
