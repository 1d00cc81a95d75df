/**
 * Ids from outside (issue #18): one grammar for place and document ids (src/lib/url/ids.ts), enforced by the build
 * with the file named; document file names that do not fit get a derived id; and ids that are JavaScript built-in
 * names go through the build and the app's lookups as ordinary ids. Inputs: the small fixture gazetteer
 * (tests/fixtures/geo/mini) with one thing changed at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { atlasDataOf } from './built-atlas.ts';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';
import { buildAtlas, buildCorpus, gazetteerLinker, type AtlasInputs, type InputFile } from '../../src/lib/pipeline/build-atlas.ts';
import { parseEmbedOptions } from '../../src/lib/embed/options.ts';
import { documentIdOf, isAtlasId } from '../../src/lib/url/ids.ts';
import { parseUrlState } from '../../src/lib/url/state.ts';

const DIR = 'tests/fixtures/geo/mini';
const BUILT_IN_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** The fixture gazetteer with the village's id replaced. */
function geoWithVillageId(id: string): InputFile<string>[] {
  return readdirSync(DIR)
    .sort()
    .map((name) => {
      const content = readFileSync(`${DIR}/${name}`, 'utf8');
      if (name !== 'towns.geojson') return { file: `geo/${name}`, content };
      const fc = JSON.parse(content) as { features: PlaceFeature[] };
      fc.features.find((f) => f.properties.id === 'east-village')!.properties.id = id;
      return { file: `geo/${name}`, content: `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n` };
    });
}

const text = (s: string) => new TextEncoder().encode(s);
const doc = (file: string, body: string, meta?: object): AtlasInputs['documents'][number] => ({
  file,
  content: text(body),
  ...(meta ? { meta: { file: file.replace(/\.(txt|md)$/, '.meta.json'), content: JSON.stringify(meta) } } : {}),
});

describe('one id grammar', () => {
  it('is the grammar links and embeds read', () => {
    for (const id of ['twn-hengdian', 'vil-330783118204', 'constructor']) {
      expect(isAtlasId(id)).toBe(true);
      expect(parseUrlState(`?place=${id}&doc=${id}`).problems).toEqual([]);
      expect(parseEmbedOptions(new URLSearchParams({ place: id, doc: id })).problems).toEqual([]);
    }
    for (const id of ['__proto__', 'toString', 'hasOwnProperty', 'Hengdian', 'a b', '横店', '-x', 'x'.repeat(101)]) {
      expect(isAtlasId(id), id).toBe(false);
      expect(parseUrlState(`?place=${encodeURIComponent(id)}`).problems.map((p) => p.problem)).toEqual(['malformed']);
    }
  });

  it('stops the build on a place id outside it, naming the file and the id', () => {
    for (const id of ['__proto__', 'toString', 'hasOwnProperty', 'East Village', '东村']) {
      expect(() => buildAtlas({ geo: geoWithVillageId(id), documents: [] }), id).toThrow(
        `geo/towns.geojson, feature "${id}": id "${id}" is not an id (lower-case ASCII letters, digits, "-" and "_", starting with a letter or digit, at most 100 characters): links and embeds could not name it`,
      );
    }
  });

  it('stops the build on a status statement that names a document by something no link could carry', () => {
    const geo = geoWithVillageId('east-village').map((input) => {
      if (input.file !== 'geo/towns.geojson') return input;
      const fc = JSON.parse(input.content) as { features: PlaceFeature[] };
      fc.features.find((f) => f.properties.id === 'east-village')!.properties.status_statements = [{ document: '东阳 报道', status: 'planned', quote: '规划建设' }];
      return { ...input, content: JSON.stringify(fc) };
    });
    expect(() => buildAtlas({ geo, documents: [] })).toThrow('feature "east-village": status statement names document "东阳 报道", which is not a document id');
  });

  it('stops the build on a document id outside it, naming the .meta.json and the field', () => {
    expect(() => buildAtlas({ geo: geoWithVillageId('east-village'), documents: [doc('data/documents/a.txt', '东村。\n', { id: 'Report 1', title: 'T' })] })).toThrow(
      'data/documents/a.meta.json: bad document metadata: field "id": "Report 1" is not an id',
    );
  });

  it('derives a safe, stable, distinct id for a document file name that does not fit', () => {
    expect(documentIdOf('report-2024')).toBe('report-2024');
    expect(documentIdOf('My Report (2024)')).toMatch(/^my-report-2024-[0-9a-f]{8}$/);
    expect(documentIdOf('金华 报道')).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(documentIdOf('金华 报道')).toBe(documentIdOf('金华 报道'));
    expect(documentIdOf('金华')).not.toBe(documentIdOf('东阳'));
    expect(documentIdOf('A B')).not.toBe(documentIdOf('a-b'));
    for (const stem of ['__proto__', 'toString', 'x'.repeat(300), '金华 报道', '..', ' ']) expect(isAtlasId(documentIdOf(stem)), stem).toBe(true);
    const { corpus } = buildAtlas({ geo: geoWithVillageId('east-village'), documents: [doc('data/documents/金华 报道.txt', '东村在东县。\n')] });
    expect(corpus.documents.map((d) => [d.id, d.title])).toEqual([[documentIdOf('金华 报道'), '金华 报道']]);
  });
});

describe('built-in names as ids', () => {
  it('go through the build and every lookup of the app as ordinary ids', async () => {
    const inputs: AtlasInputs = {
      geo: geoWithVillageId('constructor'),
      documents: [doc('data/documents/constructor.txt', '东村在东县。\n', { id: 'constructor', title: '东村' })],
    };
    const atlas = createAtlas(atlasDataOf(buildAtlas(inputs)));
    expect(atlas.place('constructor')?.name).toBe('东村');
    const view = await atlas.document('constructor');
    expect(view.document.title).toBe('东村');
    expect(atlas.passageCount('constructor')).toBe(1);
    expect((await atlas.placePassages('constructor')).groups.map((g) => g.document.id)).toEqual(['constructor']);
    expect(view.places).toEqual(new Set(['constructor', 'east']));
    expect(atlas.mapData.places.features.find((f) => f.properties.id === 'constructor')?.properties.mentions).toBe(1);
    for (const name of BUILT_IN_NAMES.filter((n) => n !== 'constructor')) {
      expect(atlas.place(name), name).toBeUndefined();
      expect(atlas.passageCount(name), name).toBe(0);
      expect((await atlas.placePassages(name)).groups, name).toEqual([]);
      expect(atlas.placesInside(name), name).toEqual([]);
      await expect(atlas.document(name), name).rejects.toThrow();
      expect(view.passagesNaming(name), name).toBe(0);
    }
  });

  it('an id no place has, even a built-in name, counts nothing and names no passage', async () => {
    const atlas = createAtlas(atlasDataOf(buildAtlas({ geo: geoWithVillageId('east-village'), documents: [doc('data/documents/a.txt', '东村。\n')] })));
    for (const name of BUILT_IN_NAMES) {
      expect(atlas.passageCount(name), name).toBe(0);
      expect((await atlas.placePassages(name)).groups, name).toEqual([]);
    }
  });

  it('a reader\'s own text naming a place called "constructor" joins the published corpus', async () => {
    const inputs = { geo: geoWithVillageId('constructor'), documents: [doc('data/documents/a.txt', '东县。\n', { id: 'a', title: 'A' })] };
    const { places, corpus } = buildAtlas(inputs);
    const local = buildCorpus([doc('local/local-1.txt', '东村在东县。\n', { id: 'local-1', title: 'L' })], gazetteerLinker(inputs).linker);
    const atlas = createAtlas(atlasDataOf({ places, corpus }), [local]);
    expect(atlas.passageCount('constructor')).toBe(1);
    expect((await atlas.placePassages('constructor')).groups.map((g) => g.document.id)).toEqual(['local-1']);
    expect(atlas.passageCount('east')).toBe(2);
  });
});
