/**
 * The import's merge rule (scripts/geo-import/merge.ts, geo/README.md "What the import does"): a re-import refreshes
 * only what the source owns and keeps every hand edit, saying so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newTownship, newVillage, romanise, villageName } from '../../scripts/geo-import/admin.ts';
import { mergeRecord } from '../../scripts/geo-import/merge.ts';
import type { Owned } from '../../scripts/geo-import/resolve.ts';
import type { AdminUnit } from '../../scripts/geo-import/sources.ts';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';

const committed = (file: string, id: string): PlaceFeature =>
  (JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as { features: PlaceFeature[] }).features.find((f) => f.properties.id === id)!;
/** What the source says for the record's row now: the record's own source-owned fields (as a re-import on unchanged sources). */
const ownedOf = (f: PlaceFeature): Owned => ({
  geometry: f.geometry,
  source: f.properties.source,
  adcode: f.properties.adcode,
  geometry_quality: f.properties.geometry_quality,
  quality_note: 'Seat point: generated note',
});
const unit = (code: string, name: string, rank: number): AdminUnit => ({ code, parent: '', name, rank, point: null, file: '' });

describe('the import merge', () => {
  it('changes nothing in a record when the source has not changed (the re-import is byte-stable)', () => {
    const hengdian = committed('towns.geojson', 'twn-hengdian');
    const { feature, notes } = mergeRecord(hengdian, ownedOf(hengdian));
    expect(JSON.stringify(feature)).toBe(JSON.stringify(hengdian));
    expect(notes).toEqual([]);
  });

  it('keeps a hand edit of a field the source does not own, and says so', () => {
    const hengdian = committed('towns.geojson', 'twn-hengdian');
    const edited = structuredClone(hengdian);
    Object.assign(edited.properties, { name_en: 'Hengdian Town (Film City)', aliases: ['横店', '横店影视城'], quality_note: 'Seat point: checked by hand.' });
    const { feature, notes } = mergeRecord(edited, ownedOf(hengdian), { name_en: 'Hengdian Town', aliases: ['横店'] });
    expect(feature.properties.name_en).toBe('Hengdian Town (Film City)');
    expect(feature.properties.aliases).toEqual(['横店', '横店影视城']);
    expect(feature.properties.quality_note).toBe('Seat point: checked by hand.');
    expect(notes).toEqual([
      'kept hand edit: twn-hengdian name_en "Hengdian Town (Film City)" (the source rule gives "Hengdian Town")',
      'kept hand edit: twn-hengdian aliases ["横店","横店影视城"] (the source rule gives ["横店"])',
    ]);
  });

  it('refreshes what the source owns, keeping the record’s field order, and reports each change', () => {
    const hengdian = committed('towns.geojson', 'twn-hengdian');
    const moved: Owned = { ...ownedOf(hengdian), geometry: { type: 'Point', coordinates: [120.3, 29.16] }, source: 'a newer release of the list' };
    const { feature, notes } = mergeRecord(hengdian, moved);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [120.3, 29.16] });
    expect(feature.properties.source).toBe('a newer release of the list');
    expect(Object.keys(feature.properties)).toEqual(Object.keys(hengdian.properties));
    expect(notes).toEqual(['updated from source: twn-hengdian geometry', 'updated from source: twn-hengdian source']);
  });

  it('makes a place unlocated when its row loses its point, replacing the note to match, and says so', () => {
    const hengdian = committed('towns.geojson', 'twn-hengdian');
    const gone: Owned = { ...ownedOf(hengdian), geometry: null, geometry_quality: 'unlocated', quality_note: 'Unlocated: row … has no point.' };
    const { feature, notes } = mergeRecord(hengdian, gone);
    expect(feature.geometry).toBeNull();
    expect(feature.properties.geometry_quality).toBe('unlocated');
    expect(feature.properties.quality_note).toBe('Unlocated: row … has no point.');
    expect(notes).toContain('updated from source: twn-hengdian geometry_quality seat-point → unlocated (quality_note replaced to match)');
  });
});

describe('new township and village records (geo/README.md rules)', () => {
  it('names a township by its 2023 name, keeps the 2016 name as an alias, and suffixes a taken id with the county', () => {
    const anwen = newTownship(unit('330727100000', '安文镇', 4), '安文街道', 'panan', new Set(), new Set());
    expect(anwen).toMatchObject({ id: 'twn-anwen', name: '安文街道', subkind: 'subdistrict', name_en: 'Anwen Subdistrict', aliases: ['安文镇'], parent: 'panan' });
    expect(anwen['name_note']).toMatch(/^Renamed: 安文镇/);
    const chengdong = newTownship(unit('330702001000', '城东街道', 4), '城东街道', 'wucheng', new Set(['twn-chengdong']), new Set());
    expect(chengdong).toMatchObject({ id: 'twn-chengdong-wucheng', aliases: [] });
    // A 镇's short form is an alias unless another place claims it (东阳江 is the river).
    expect(newTownship(unit('330783123000', '横店镇', 4), '横店镇', 'dongyang', new Set(), new Set()).aliases).toEqual(['横店']);
    expect(newTownship(unit('330783110000', '东阳江镇', 4), '东阳江镇', 'dongyang', new Set(), new Set(['东阳江'])).aliases).toEqual([]);
  });

  it('names a village from its committee row, with no short-form alias, and romanises the English name', () => {
    expect(villageName('花园村委会')).toBe('花园村');
    expect(villageName('李宅社区居委会')).toBe('李宅社区');
    expect(villageName('三联社区居民委员会')).toBe('三联社区');
    expect(villageName('柳城居委会')).toBe('柳城居委会');
    expect(newVillage(unit('330783118204', '官桥村委会', 5), 'twn-nanma')).toMatchObject({ id: 'vil-330783118204', name: '官桥村', name_en: 'Guanqiao Village', aliases: [], parent: 'twn-nanma' });
    expect(romanise('磐安')).toBe("Pan'an");
    expect(romanise('吕塘下')).toBe('Lütangxia');
  });
});
