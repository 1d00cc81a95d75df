import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Position } from 'geojson';
import { withContainment } from '../../src/lib/pipeline/containment.ts';
import { withLabelPoints } from '../../src/lib/pipeline/label-points.ts';
import { withinOf } from '../../src/lib/places/within.ts';
import { isLocated, type PlaceCollection, type PlaceFeature, type PlaceProperties } from '../../src/lib/geo/types.ts';
import { builtAtlas } from './built-atlas.ts';

// Real county and prefecture boundaries; the test places sit at points derived from them, not typed in.
const { places } = builtAtlas();
const real = (id: string) => places.features.filter(isLocated).find((f) => f.properties.id === id)!;
const inside = (id: string) => pointOnFeature(real(id)).geometry.coordinates;
const props = (id: string, kind: PlaceProperties['kind'], parent: string | null = null): PlaceProperties => ({
  id,
  kind,
  name: id,
  name_en: id,
  pinyin: '',
  aliases: [],
  parent,
  geometry_quality: 'approximate',
  source: 'test',
});
const feature = (p: PlaceProperties, geometry: PlaceFeature['geometry']): PlaceFeature => ({ type: 'Feature', properties: p, geometry });
const counties = places.features.filter((f) => f.properties.kind !== 'neighbour');

function rollUp(...extra: PlaceFeature[]) {
  const out: PlaceCollection = withContainment({ type: 'FeatureCollection', features: [...counties, ...extra] });
  return (id: string) => withinOf(out.features.find((f) => f.properties.id === id)!.properties);
}

describe('containment roll-up (build step)', () => {
  it('puts a point inside its county and the prefecture', () => {
    const within = rollUp(feature(props('town', 'town'), { type: 'Point', coordinates: inside('dongyang') }));
    expect(within('town')).toEqual(['dongyang', 'jinhua']);
  });

  it('puts a line inside every county it crosses', () => {
    const line = feature(props('railway', 'transport'), { type: 'LineString', coordinates: [inside('yiwu'), inside('dongyang')] });
    expect(rollUp(line)('railway')).toEqual(expect.arrayContaining(['yiwu', 'dongyang', 'jinhua']));
  });

  it('adds the chain of parents, so a place located only at its town is inside that town', () => {
    const town = feature(props('town', 'town', 'dongyang'), { type: 'Point', coordinates: inside('dongyang') });
    const village = feature(props('village', 'village', 'town'), { type: 'Point', coordinates: inside('dongyang') });
    expect(rollUp(town, village)('village')).toEqual(['dongyang', 'jinhua', 'town']);
  });

  it('puts an unlocated place (no geometry) inside its parents only', () => {
    const town = feature(props('town', 'town', 'dongyang'), { type: 'Point', coordinates: inside('dongyang') });
    const unlocated = feature({ ...props('site', 'project', 'town'), geometry_quality: 'unlocated' }, null as never);
    expect(rollUp(town, unlocated)('site')).toEqual(['dongyang', 'jinhua', 'town']);
  });

  it('puts a county inside the prefecture only, and leaves context features alone', () => {
    const within = rollUp();
    expect(within('dongyang')).toEqual(['jinhua']);
    const out = withContainment({ type: 'FeatureCollection', features: [real('hangzhou')] });
    expect(out.features[0]!.properties).not.toHaveProperty('within');
  });
});

describe('label points (build step)', () => {
  it('gives every area one label point, inside its polygon', () => {
    const labelled = withLabelPoints(places);
    const areas = labelled.features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
    expect(areas.length).toBeGreaterThanOrEqual(16);
    for (const f of areas) {
      const at = f.properties['label_point'] as Position;
      expect(at, f.properties.id).toHaveLength(2);
      expect(booleanPointInPolygon(at, f as never), f.properties.id).toBe(true);
    }
    expect(labelled.features.filter((f) => f.properties['label_point']).length).toBe(areas.length);
  });
});
