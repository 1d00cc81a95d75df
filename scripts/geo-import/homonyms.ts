/**
 * Surfaces several places claim (two 城东街道, eight 双溪村, two villages with the same pinyin): each needs an entry
 * in geo/ambiguous-aliases.json, or the linker refuses the gazetteer. The import adds the missing ones with the
 * rule `parent-in-context` (the place whose parent the document names), listing hand-made records first, then
 * by official code; entries a person wrote are kept, and only get the claimants they lack.
 */
import type { AmbiguousAliases } from '../../src/lib/geo/gazetteer.ts';
import type { PlaceFeature } from '../../src/lib/geo/types.ts';

/** The linker's matching key and English forms (src/lib/linker/linker.ts): ASCII folded to lower case; "X (y)" also as "X". */
const keyOf = (surface: string) => surface.replace(/[A-Z]/g, (c) => c.toLowerCase());
function englishSurfaces(nameEn: string | undefined): string[] {
  if (!nameEn?.trim()) return [];
  const bare = nameEn.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return [...new Set([nameEn.trim(), bare].filter(Boolean))];
}

export function withHomonyms(features: PlaceFeature[], table: AmbiguousAliases): { table: AmbiguousAliases; notes: string[] } {
  const claims = new Map<string, { surface: string; ids: string[] }>();
  const order = (f: PlaceFeature) => (f.properties.geometry_from?.source === 'amap-adcode' && f.properties.adcode ? f.properties.adcode : '');
  const linkable = features.filter((f) => !f.properties.context).sort((a, b) => order(a).localeCompare(order(b)));
  for (const f of linkable) {
    const p = f.properties;
    for (const surface of new Set([p.name, ...p.aliases, ...englishSurfaces(p.name_en)])) {
      const claim = claims.get(keyOf(surface)) ?? claims.set(keyOf(surface), { surface, ids: [] }).get(keyOf(surface))!;
      if (!claim.ids.includes(p.id)) claim.ids.push(p.id);
    }
  }
  const out: AmbiguousAliases = { ...table };
  const byKey = new Map(Object.keys(table).map((surface) => [keyOf(surface), surface]));
  const notes: string[] = [];
  let added = 0;
  for (const [key, { surface, ids }] of [...claims].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (ids.length < 2) continue;
    const listed = byKey.get(key);
    if (!listed) {
      out[surface] = { places: ids, rule: 'parent-in-context' };
      added++;
      continue;
    }
    const missing = ids.filter((id) => !out[listed]!.places.includes(id));
    if (missing.length) {
      out[listed] = { ...out[listed]!, places: [...out[listed]!.places, ...missing] };
      notes.push(`ambiguity: added ${missing.join(', ')} to the entry for "${listed}"`);
    }
  }
  if (added) notes.push(`ambiguity: ${added} surfaces claimed by several places got a parent-in-context entry`);
  return { table: out, notes };
}

/** One entry per line: the table has hundreds of entries, and a diff should show which changed. */
export function serialiseTable(table: AmbiguousAliases): string {
  const lines = Object.entries(table).map(([surface, entry]) => `  ${JSON.stringify(surface)}: ${JSON.stringify(entry)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
