import { AtlasInputError } from '../geo/validate.ts';
import type { AmbiguityTable } from './linker.ts';
import { RULE_NAMES, isRuleName } from './rules.ts';

/**
 * Parses geo/ambiguous-aliases.json — `{"<surface>": {"places": ["id", …], "rule": "<rule>"}}` — and checks it
 * against the gazetteer: every rule must be one the linker implements (`RULE_NAMES`) and every id a place that
 * exists. Errors name the file, the line of the surface and what to fix.
 */
export function parseAmbiguities(content: string, file: string, placeIds: ReadonlySet<string>): AmbiguityTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (e) {
    throw new AtlasInputError(file, `not valid JSON (${(e as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new AtlasInputError(file, 'expected an object of "<surface>": {places, rule}');
  const table: AmbiguityTable = {};
  for (const [surface, entry] of Object.entries(parsed as Record<string, unknown>)) {
    const at = content.indexOf(JSON.stringify(surface));
    const line = at < 0 ? undefined : content.slice(0, at).split('\n').length;
    const fail = (reason: string): never => {
      throw new AtlasInputError(file, `"${surface}": ${reason}`, undefined, line);
    };
    const { places, rule } = (entry ?? {}) as { places?: unknown; rule?: unknown };
    if (!isRuleName(rule)) fail(`unknown rule ${JSON.stringify(rule)}; the linker implements ${RULE_NAMES.join(', ')}`);
    if (!Array.isArray(places) || places.some((id) => typeof id !== 'string')) fail('"places" must be an array of place ids');
    const ids = places as string[];
    const unknown = ids.filter((id) => !placeIds.has(id));
    if (unknown.length) fail(`no place has the id ${unknown.map((id) => `"${id}"`).join(', ')}`);
    if (rule === 'not-a-place' ? ids.length > 0 : ids.length === 0) {
      fail(rule === 'not-a-place' ? 'a not-a-place entry lists no places' : `rule ${rule} needs at least one place`);
    }
    if ((rule === 'first-listed' || rule === 'parent-in-context') && ids.length < 2) fail(`rule ${rule} chooses between two or more places`);
    table[surface] = { places: ids, rule: rule as AmbiguityTable[string]['rule'] };
  }
  return table;
}
