/**
 * Every place the documents name (by the endings place names take) is in the gazetteer or in the short, reasoned
 * list of names not mapped (geo/not-places.json "unmapped") — and the check itself notices a missing place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORDINARY_WORDS, unknownPlaceNames } from '../../src/lib/geo/coverage.ts';
import { parseNotPlaces } from '../../src/lib/linker/index.ts';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';

const features = readdirSync('geo')
  .filter((name) => name.endsWith('.geojson'))
  .flatMap((name) => (JSON.parse(readFileSync(`geo/${name}`, 'utf8')) as { features: PlaceFeature[] }).features);
const surfacesOf = (places: PlaceFeature[]) => places.flatMap((f) => [f.properties.name, ...f.properties.aliases]);
const documents = readdirSync('data/documents')
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
  .map((name) => ({ file: `data/documents/${name}`, text: readFileSync(`data/documents/${name}`, 'utf8') }));
/** geo/not-places.json: names deliberately not mapped, and phrases that are no place (one list each, no overlap). */
const { unmapped: EXCLUSIONS, phrases: NON_PLACE_PHRASES } = parseNotPlaces(readFileSync('geo/not-places.json', 'utf8'));
const excluded = [...EXCLUSIONS.map((e) => e.surface), ...NON_PLACE_PHRASES.map((p) => p.phrase)];

/** "file: …context" for each place-like name the known surfaces do not account for. */
function unknownIn(known: string[]): string[] {
  return documents.flatMap(({ file, text }) => unknownPlaceNames(text, known).map((u) => `${file}: …${u.context.replace(/\s+/g, ' ')}`));
}

describe('gazetteer coverage of the documents', () => {
  it('knows every place-like name in the five documents, or excludes it with a reason', () => {
    expect(unknownIn([...surfacesOf(features), ...excluded])).toEqual([]);
  });

  it('fails when a place the documents name is missing from the gazetteer', () => {
    // 官桥村 by name: the official list has another 官桥村 (in 南马镇), which would account for the name too.
    const without = features.filter((f) => f.properties.id !== 'trn-hengdian-airport' && f.properties.name !== '官桥村');
    const unknown = unknownIn([...surfacesOf(without), ...excluded]);
    expect(unknown).toContainEqual(expect.stringMatching(/横店通用机场$/));
    expect(unknown).toContainEqual(expect.stringMatching(/横店镇官桥村$/));
  });

  it('reports names by their endings, and only where a name precedes the ending', () => {
    const text = '今年在长山乡新建了大桥村，开通了梅溪高铁，设立“港”“站”。城市和市场都不是地名。';
    expect(unknownPlaceNames(text, []).map((u) => u.context)).toEqual(['今年在长山乡', '年在长山乡新建了大桥村', '桥村，开通了梅溪高铁']);
    expect(unknownPlaceNames(text, ['长山乡', '大桥村', '梅溪高铁'])).toEqual([]);
  });

  it('is not fooled by ordinary words a name can end in: an unknown 某某新区 or 某某产业园区 is still reported', () => {
    const text = '激扬新区精神，设立杭州湾新区和临平产业园区。';
    expect(unknownPlaceNames(text, []).map((u) => u.context)).toEqual(['精神，设立杭州湾新区', '杭州湾新区和临平产业园区']);
  });

  it('keeps the exclusion list honest: each entry has a reason, occurs in a document and is no gazetteer name', () => {
    const all = documents.map((d) => d.text).join('\n');
    const names = new Set(surfacesOf(features));
    for (const e of EXCLUSIONS) {
      expect(e.reason.length, e.surface).toBeGreaterThanOrEqual(10);
      expect(all.includes(e.surface), `${e.surface} is in no document`).toBe(true);
      expect(names.has(e.surface), `${e.surface} is also a gazetteer name`).toBe(false);
    }
    expect(EXCLUSIONS.length).toBeLessThanOrEqual(20);
    const phrases = new Set(NON_PLACE_PHRASES.map((p) => p.phrase));
    expect(EXCLUSIONS.filter((e) => phrases.has(e.surface)).map((e) => e.surface), 'listed by the linker already').toEqual([]);
  });

  it('lists as ordinary words only words the documents use, none of them a place name', () => {
    const all = documents.map((d) => d.text).join('\n');
    const names = new Set(surfacesOf(features));
    for (const word of ORDINARY_WORDS.flatMap((g) => g.words)) {
      expect(all.includes(word), `${word} is in no document`).toBe(true);
      expect(names.has(word), `${word} is a gazetteer name`).toBe(false);
    }
  });
});
