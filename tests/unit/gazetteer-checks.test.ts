/**
 * Bad gazetteer input stops the build with the file, the feature id and the reason: broken geometry, a duplicate
 * id, an alias two places claim with no rule to tell them apart, a parent that does not contain its child.
 * The inputs are a small valid gazetteer (tests/fixtures/geo/mini) with one thing broken at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';
import { buildAtlas, type InputFile } from '../../src/lib/pipeline/build-atlas.ts';

const DIR = 'tests/fixtures/geo/mini';
const fixture = (): InputFile<string>[] =>
  readdirSync(DIR)
    .sort()
    .map((name) => ({ file: `geo/${name}`, content: readFileSync(`${DIR}/${name}`, 'utf8') }));

type Collection = { type: 'FeatureCollection'; features: PlaceFeature[] };

/** The fixture with one feature changed (or, with `add`, one feature appended to a file). */
function variant(file: string, change: (features: PlaceFeature[]) => void): InputFile<string>[] {
  return fixture().map((input) => {
    if (input.file !== `geo/${file}`) return input;
    const fc = JSON.parse(input.content) as Collection;
    change(fc.features);
    return { file: input.file, content: `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n` };
  });
}
const byId = (features: PlaceFeature[], id: string) => features.find((f) => f.properties.id === id)!;
const documents = [{ file: 'data/documents/a.txt', content: new TextEncoder().encode('东镇子在东县。\n') }];
const build = (geo: InputFile<string>[], notPlaces?: InputFile<string>) => () => buildAtlas({ geo, documents, ...(notPlaces ? { notPlaces } : {}) });

describe('gazetteer build checks', () => {
  it('builds the valid fixture and links its places', () => {
    const { places, corpus } = build(fixture())();
    expect(places.features).toHaveLength(5);
    expect(corpus.mentions.map((m) => [m.surface, m.placeId])).toEqual([
      ['东镇子', 'east-town'],
      ['东县', 'east'],
    ]);
  });

  it('stops on bad geometry, naming file, line, id and reason', () => {
    const geo = variant('counties.geojson', (fs) => {
      byId(fs, 'east').geometry = { type: 'Polygon', coordinates: [[[120.1, 29], [120.2, 29.1], [120.2, 29], [120.1, 29.1], [120.1, 29]]] };
    });
    expect(build(geo)).toThrow(/^geo\/counties\.geojson, line 3, feature "east": invalid Polygon geometry \(self-intersecting or degenerate: edges cross at \[120.15, 29.05\]\)$/);
  });

  it('stops on a position outside the WGS84 range', () => {
    const geo = variant('towns.geojson', (fs) => {
      byId(fs, 'east-town').geometry = { type: 'Point', coordinates: [291.5, 29.05] };
    });
    expect(build(geo)).toThrow('geo/towns.geojson, line 2, feature "east-town": coordinate [291.5, 29.05] is outside WGS84 longitude/latitude range');
  });

  it('stops on a duplicate id, naming both files', () => {
    const geo = variant('towns.geojson', (fs) => {
      fs.push({ ...byId(fs, 'east-village'), properties: { ...byId(fs, 'east-village').properties, id: 'west', name: '另一个西' } });
    });
    expect(build(geo)).toThrow('geo/towns.geojson, feature "west": duplicate id (also in geo/counties.geojson)');
  });

  it('stops on a name used twice, unless both are administrative units (the official lists repeat village names)', () => {
    const landmark = variant('towns.geojson', (fs) => {
      Object.assign(byId(fs, 'east-village').properties, { name: '东镇', kind: 'landmark' });
    });
    expect(build(landmark)).toThrow('geo/towns.geojson, feature "east-village": name "东镇" is already the name of "east-town" (geo/towns.geojson)');
    // Two administrative units may share a name: the linker decides such a surface by the parent named in context.
    const village = variant('towns.geojson', (fs) => {
      byId(fs, 'east-village').properties.name = '东镇';
    });
    expect(build(village)).not.toThrow();
  });

  it('accepts an unlocated place (no geometry, a parent, a note) and nothing else without geometry', () => {
    const unlocated = (change: (p: PlaceFeature['properties']) => void) =>
      variant('towns.geojson', (fs) => {
        const v = byId(fs, 'east-village');
        v.geometry = null as never;
        Object.assign(v.properties, { geometry_quality: 'unlocated', quality_note: 'Unlocated: the document names it in 东镇, without a site.' });
        change(v.properties);
      });
    expect(build(unlocated(() => {}))).not.toThrow();
    expect(build(unlocated((p) => (p.parent = null)))).toThrow('geo/towns.geojson, feature "east-village": an "unlocated" place needs a parent: the most specific area it is known to be in');
    expect(build(unlocated((p) => (p.geometry_quality = 'approximate')))).toThrow(/feature "east-village": geometry is missing \(null\); only an "unlocated" place may have none/);
    const located = variant('towns.geojson', (fs) => {
      byId(fs, 'east-village').properties.geometry_quality = 'unlocated';
    });
    expect(build(located)).toThrow('geo/towns.geojson, feature "east-village": an "unlocated" place has no geometry (null)');
  });

  it('stops when more than five places stand at one point, naming the point and the places', () => {
    const stacked = (extra: number) =>
      variant('towns.geojson', (fs) => {
        const town = byId(fs, 'east-town');
        for (let i = 1; i <= extra; i++) {
          fs.push({ ...town, properties: { ...town.properties, id: `site-${i}`, kind: 'landmark', name: `东镇${i}号`, name_en: `Site ${i}`, aliases: [] } });
        }
      });
    // The fixture's village already stands at its town's point: two places there before any is added.
    expect(build(stacked(3))).not.toThrow();
    expect(build(stacked(4))).toThrow(
      /feature "site-4": 6 places stand at \[120\.15, 29\.05\] \(east-town, east-village, site-1, site-2, site-3, site-4\); at most 5 may share a point/,
    );
  });

  it('accepts an alias two places share (the linker decides by context), or an alias equal to another place’s name', () => {
    const shared = variant('towns.geojson', (fs) => {
      byId(fs, 'east-village').properties.aliases = ['东镇子'];
    });
    // 东镇子 is claimed by the town and the village; the document names neither's parent apart, so it links neither.
    expect(build(shared)().corpus.mentions.map((m) => m.surface)).toEqual(['东县']);
    const asName = variant('towns.geojson', (fs) => {
      byId(fs, 'east-village').properties.aliases = ['东县'];
    });
    expect(build(asName)).not.toThrow();
  });

  it('an ambiguity rule in not-places.json must list every place that claims its surface', () => {
    const geo = variant('towns.geojson', (fs) => {
      byId(fs, 'east-village').properties.aliases = ['东镇子'];
    });
    const listed = (places: string[]) => ({ file: 'geo/not-places.json', content: JSON.stringify({ ambiguous: { 东镇子: { places, rule: 'first-listed' } } }) });
    expect(build(geo, listed(['east-town', 'east-village']))).not.toThrow();
    expect(build(geo, listed(['east-village', 'east-town']))().corpus.mentions.map((m) => [m.surface, m.placeId])).toContainEqual(['东镇子', 'east-village']);
    expect(build(geo, { file: 'geo/not-places.json', content: JSON.stringify({ ambiguous: { 东镇子: { places: ['east-town'], rule: 'needs-place-context' } } }) })).toThrow(
      /feature "east-village": "东镇子" is also claimed by east-village, which its ambiguity entry does not list/,
    );
  });

  it('stops on a not-places.json rule for a place that does not exist, and on a malformed entry, naming file and key', () => {
    const stale = { file: 'geo/not-places.json', content: JSON.stringify({ ambiguous: { 东镇子: { places: ['east-town', 'nowhere'], rule: 'first-listed' } } }) };
    expect(build(fixture(), stale)).toThrow('geo/not-places.json: "东镇子": place "nowhere" is not in the gazetteer');
    const malformed = { file: 'geo/not-places.json', content: JSON.stringify({ ambiguous: { 东镇子: { places: 'east-town' } } }) };
    expect(build(fixture(), malformed)).toThrow(/^geo\/not-places\.json, line 1: "东镇子": expected/);
  });

  it('stops on a parent that does not contain its child, naming file, id and the position outside', () => {
    const geo = variant('towns.geojson', (fs) => {
      byId(fs, 'east-town').properties.parent = 'west';
    });
    expect(build(geo)).toThrow('geo/towns.geojson, feature "east-town": parent "west" does not contain it: [120.15, 29.05] is outside');
  });

  it('checks a child of a point (a village in a town) against the nearest ancestor with an area', () => {
    const geo = variant('towns.geojson', (fs) => {
      byId(fs, 'east-village').geometry = { type: 'Point', coordinates: [120.05, 29.05] };
    });
    expect(build(geo)).toThrow('geo/towns.geojson, feature "east-village": parent "east-town" does not contain it: [120.05, 29.05] is outside (checked against its ancestor "east")');
  });

  it('stops on a parent that is not in the gazetteer', () => {
    const geo = variant('towns.geojson', (fs) => {
      byId(fs, 'east-town').properties.parent = 'nowhere';
    });
    expect(build(geo)).toThrow('geo/towns.geojson, feature "east-town": parent "nowhere" is not in the gazetteer');
  });

  it('stops on an approximate or seat point that does not say what it stands for', () => {
    const geo = variant('towns.geojson', (fs) => {
      delete byId(fs, 'east-village').properties.quality_note;
    });
    expect(build(geo)).toThrow('geo/towns.geojson, feature "east-village": geometry_quality "approximate" needs a quality_note saying what the geometry stands for');
  });

  it('stops on an unknown kind or geometry quality', () => {
    const kind = variant('towns.geojson', (fs) => {
      (byId(fs, 'east-town').properties as { kind: string }).kind = 'castle';
    });
    expect(build(kind)).toThrow('geo/towns.geojson, feature "east-town": unknown kind "castle"');
    const quality = variant('towns.geojson', (fs) => {
      (byId(fs, 'east-town').properties as { geometry_quality: string }).geometry_quality = 'exact';
    });
    expect(build(quality)).toThrow('geo/towns.geojson, feature "east-town": unknown geometry_quality "exact"');
  });
});
