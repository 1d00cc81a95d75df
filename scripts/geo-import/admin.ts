/**
 * New records for the official list's townships and villages (Amap/NBS 2016 rows, 2023 township names): the data
 * rules of geo/README.md ("Townships and villages") as code — names, ids, English names, kinds, aliases. They apply
 * only when the import creates a record; afterwards the record is edited by hand.
 */
import { pinyin } from 'pinyin-pro';
import { pinyinOf } from '../../src/lib/geo/names.ts';
import type { PlaceProperties } from '../../src/lib/geo/types.ts';
import type { AdminUnit, Township2023 } from './sources.ts';

/** Type words of townships, longest first (柳城畲族镇 is 柳城 + 畲族镇). */
const TOWNSHIP_TYPES: Array<[suffix: string, subkind: string, english: string]> = [
  ['畲族镇', 'town', 'She Ethnic Town'],
  ['畲族乡', 'township', 'She Ethnic Township'],
  ['街道', 'subdistrict', 'Subdistrict'],
  ['镇', 'town', 'Town'],
  ['乡', 'township', 'Township'],
];
/** Type words of villages and communities, as the name ends after the committee suffix is dropped. */
const VILLAGE_TYPES: Array<[suffix: string, english: string]> = [
  ['居民委员会', 'Community'],
  ['居委会', 'Community'],
  ['生活区', 'Residential Area'],
  ['社区', 'Community'],
  ['村', 'Village'],
];

/** The fields the rules give a new record; the import adds what the source owns. */
export type Generated = Pick<PlaceProperties, 'id' | 'kind' | 'name' | 'name_en' | 'pinyin' | 'aliases' | 'parent'> & { subkind?: string; name_note?: string };

const syllables = (han: string) => pinyin(han, { toneType: 'none', type: 'array', nonZh: 'removed' }).filter(Boolean);

/** Hanyu pinyin as an English proper name: one word, capitalised, ' before a syllable starting with a, o, e (Pan'an). */
export function romanise(han: string): string {
  const word = syllables(han)
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An ASCII id slug from the pinyin of a name (ü as v). */
export const slug = (han: string): string => syllables(han).join('').replace(/ü/g, 'v');

/**
 * The name of a village row: 村委会 → 村, 社区居委会 / 社区居民委员会 → 社区; other rows keep the source's name
 * (柳城居委会, 东兴生活区), since dropping 居委会 would leave a bare place word (柳城).
 */
export function villageName(csvName: string): string {
  if (csvName.endsWith('村委会')) return csvName.slice(0, -2);
  const community = /^(.*社区)(居委会|居民委员会)$/.exec(csvName);
  return community ? community[1]! : csvName;
}

function split<T extends [string, ...unknown[]]>(name: string, types: T[]): { short: string; type: T } {
  const type = types.find(([suffix]) => name.endsWith(suffix) && name.length > suffix.length);
  if (!type) throw new Error(`no type word at the end of "${name}"`);
  return { short: name.slice(0, -type[0].length), type };
}

/** The 2023 name of a township row (same county, same name or the same short form with another type word). */
export function township2023(unit: AdminUnit, list2023: Township2023[]): string {
  const county = unit.code.slice(0, 6);
  const inCounty = list2023.filter((t) => t.county === county);
  if (inCounty.some((t) => t.name === unit.name)) return unit.name;
  const short = split(unit.name, TOWNSHIP_TYPES).short;
  const renamed = inCounty.filter((t) => split(t.name, TOWNSHIP_TYPES).short === short);
  return renamed.length === 1 ? renamed[0]!.name : unit.name;
}

/**
 * A new township record's names: `twn-<pinyin of the short name>`, with `-<county id>` when that id is taken; the
 * short form as an alias only for 镇 and 乡 (a 街道's short form is usually a direction word: 城东, 江南, 江北)
 * when it has two characters or more and no other place claims it; the 2016 name as an alias when 2023 renamed it.
 */
export function newTownship(unit: AdminUnit, name2023: string, countyId: string, takenIds: Set<string>, claimed: Set<string>): Generated {
  const { short, type } = split(name2023, TOWNSHIP_TYPES);
  const base = `twn-${slug(short)}`;
  const id = takenIds.has(base) ? `${base}-${countyId}` : base;
  const aliases = [
    ...(type[0] !== '街道' && short.length >= 2 && !claimed.has(short) ? [short] : []),
    ...(name2023 !== unit.name ? [unit.name] : []),
  ];
  return {
    id,
    kind: 'town',
    subkind: type[1],
    name: name2023,
    name_en: `${romanise(short)} ${type[2]}`,
    pinyin: pinyinOf(name2023),
    aliases,
    parent: countyId,
    ...(name2023 !== unit.name ? { name_note: `Renamed: ${unit.name} in the 2016 code list, ${name2023} in the 2023 list (AreaCity).` } : {}),
  };
}

/** A new village record: `vil-<12-digit code>`, no aliases (short forms are the linker's to derive, by rule). */
export function newVillage(unit: AdminUnit, parentId: string): Generated {
  const name = villageName(unit.name);
  const { short, type } = split(name, VILLAGE_TYPES);
  return {
    id: `vil-${unit.code}`,
    kind: 'village',
    name,
    name_en: `${romanise(short)} ${type[1]}`,
    pinyin: pinyinOf(name),
    aliases: [],
    parent: parentId,
  };
}
