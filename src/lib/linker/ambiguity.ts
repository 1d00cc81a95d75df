import type { AmbiguityTable } from './linker.ts';
import { RULE_NAMES, isRuleName } from './rules.ts';

/** A mistake in the linker's data file (geo/not-places.json): the file, the line where known, and what to fix. */
export class LinkerDataError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${reason}`);
    this.name = 'LinkerDataError';
  }
}

/**
 * Checks the rules of geo/not-places.json's "ambiguous" section (`{"<surface>": {"places": ["id", …], "rule": "<rule>"}}`;
 * its place ids are checked against the gazetteer by src/lib/geo/gazetteer.ts): every rule must be one the linker implements
 * (`RULE_NAMES`) and fit its entry. Errors name the file, the line of the surface (found in `content`) and what to fix.
 */
export function checkRules(entries: Record<string, { places: string[]; rule: string }>, file: string, content: string): AmbiguityTable {
  const table: AmbiguityTable = Object.create(null);
  for (const [surface, { places, rule }] of Object.entries(entries)) {
    const at = content.indexOf(JSON.stringify(surface));
    const fail = (reason: string): never => {
      throw new LinkerDataError(file, `"${surface}": ${reason}`, at < 0 ? undefined : content.slice(0, at).split('\n').length);
    };
    if (!isRuleName(rule)) return fail(`unknown rule ${JSON.stringify(rule)}; the linker implements ${RULE_NAMES.join(', ')}`);
    if (rule === 'not-a-place' && places.length > 0) fail('a not-a-place entry lists no places');
    if (rule !== 'not-a-place' && places.length === 0) fail(`rule ${rule} needs at least one place`);
    if ((rule === 'first-listed' || rule === 'parent-in-context') && places.length < 2) fail(`rule ${rule} chooses between two or more places`);
    table[surface] = { places, rule };
  }
  return table;
}
