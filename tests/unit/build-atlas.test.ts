import { describe, expect, it } from 'vitest';
import { buildAtlas, type AtlasInputs } from '../../src/lib/pipeline/build-atlas.ts';
import { builtAtlas } from './built-atlas.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const county = (id: string, coordinates: number[][][], short = id) => ({
  type: 'Feature',
  properties: { id, kind: 'county', name: `${short}市`, name_en: id, pinyin: '', aliases: [short], parent: null, geometry_quality: 'boundary', source: 'test' },
  geometry: { type: 'Polygon', coordinates },
});
const square = [[[120, 29], [120.1, 29], [120.1, 29.1], [120, 29.1], [120, 29]]];
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);

function inputs(overrides: Partial<AtlasInputs> = {}): AtlasInputs {
  return {
    geo: [{ file: 'geo/counties.geojson', content: fc(county('dongyang', square, '东阳')) }],
    documents: [{ file: 'data/documents/a.txt', content: utf8('标题\n\n东阳与义乌山水相依。\n东阳市委。\n') }],
    ...overrides,
  };
}

describe('buildAtlas (geo/ + data/ → assets)', () => {
  it('links passages to the places they name', () => {
    const { corpus } = buildAtlas(inputs());
    expect(corpus.passages.map((p) => p.text)).toEqual(['标题', '东阳与义乌山水相依。', '东阳市委。']);
    expect(corpus.passagesByPlace['dongyang']).toEqual(['a:1', 'a:2']);
    expect(corpus.mentions.map((m) => m.surface)).toEqual(['东阳', '东阳市']);
  });

  it('stops on a county with broken geometry, naming the file, line and feature', () => {
    const bowtie = [[[120, 29], [120.1, 29.1], [120.1, 29], [120, 29.1], [120, 29]]];
    const geo = [{ file: 'geo/counties.geojson', content: fc(county('yiwu', square), county('dongyang', bowtie)) }];
    expect(() => buildAtlas(inputs({ geo }))).toThrow(/^geo\/counties\.geojson, line \d+, feature "dongyang": invalid Polygon geometry/);
  });

  it('stops on an unclosed ring with the RFC 7946 reason', () => {
    const open = [[[120, 29], [120.1, 29], [120.1, 29.1], [120, 29.1]]];
    const geo = [{ file: 'geo/counties.geojson', content: fc(county('dongyang', open)) }];
    expect(() => buildAtlas(inputs({ geo }))).toThrow(/feature "dongyang": invalid GeoJSON: .*First and last positions/);
  });

  it('stops on a feature without geometry and on duplicate ids', () => {
    const nullGeometry = { ...county('dongyang', square), geometry: null };
    expect(() => buildAtlas(inputs({ geo: [{ file: 'geo/x.geojson', content: fc(nullGeometry) }] }))).toThrow(
      'geo/x.geojson, line 7, feature "dongyang": geometry is missing (null); only an "unlocated" place may have none',
    );
    const twice = [
      { file: 'geo/a.geojson', content: fc(county('dongyang', square)) },
      { file: 'geo/b.geojson', content: fc(county('dongyang', square)) },
    ];
    expect(() => buildAtlas(inputs({ geo: twice }))).toThrow('geo/b.geojson, feature "dongyang": duplicate id (also in geo/a.geojson)');
  });

  it('stops on a status statement whose document is not published or does not say its quote, naming the file and feature', () => {
    const withStatement = (document: string, quote: string) => {
      const place = county('dongyang', square, '东阳');
      return [{ file: 'geo/counties.geojson', content: fc({ ...place, properties: { ...place.properties, status_statements: [{ document, quote, status: 'completed' }] } }) }];
    };
    expect(buildAtlas(inputs({ geo: withStatement('a', '东阳市委') })).places.features).toHaveLength(1);
    expect(() => buildAtlas(inputs({ geo: withStatement('b', '东阳市委') }))).toThrow(/^geo\/counties\.geojson, feature "dongyang": a status statement cites document "b", which is not in data\/documents/);
    expect(() => buildAtlas(inputs({ geo: withStatement('a', '东阳县委') }))).toThrow(/feature "dongyang": a status statement quotes “东阳县委”, which is not in document "a" word for word/);
  });

  it('stops on an empty document and on one that is not text, naming the file', () => {
    expect(() => buildAtlas(inputs({ documents: [{ file: 'data/documents/empty.txt', content: new Uint8Array() }] }))).toThrow(
      'data/documents/empty.txt: the document is empty',
    );
    const binary = new Uint8Array([0x50, 0x4e, 0x47, 0x0a, 0xff, 0xfe, 0x00, 0x81]); // 'PNG\n' then bytes no text encoding allows
    expect(() => buildAtlas(inputs({ documents: [{ file: 'data/documents/pic.txt', content: binary }] }))).toThrow(
      /^data\/documents\/pic\.txt: not UTF-8 text \(first invalid byte at offset 4\)/,
    );
  });

  it('builds the real project inputs: 9 counties, 5 documents, every document with passages', () => {
    const { places, corpus } = builtAtlas();
    expect(places.features.filter((f) => f.properties.kind === 'county')).toHaveLength(9);
    expect(corpus.documents).toHaveLength(5);
    for (const doc of corpus.documents) expect(corpus.passages.some((p) => p.documentId === doc.id)).toBe(true);
    expect(corpus.passagesByPlace['dongyang']!.length).toBeGreaterThan(50);
  });
});
