/**
 * Golden files, as Turf keeps them: a test compares what the code makes with a JSON file in tests/unit/golden/, by
 * deep equality. After a deliberate change, `UPDATE_GOLDEN=1 npx vitest run <test file>` writes the files anew
 * instead of comparing; review their diff before committing, since it is the change a reader of the map will see.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

export const updatingGolden = process.env['UPDATE_GOLDEN'] === '1';

const WIDTH = 120;

/**
 * JSON laid out for review: a value on one line when it fits in WIDTH characters (an expression, a coordinate pair,
 * a small object), otherwise one key or element a line, so a diff points at the expression that changed. A GeoJSON
 * feature is one line whatever its length, as in geo/.
 */
function layout(value: unknown, indent = '', prefix = 0): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + prefix + flat.length <= WIDTH) return flat;
  if ((value as { type?: unknown }).type === 'Feature') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + layout(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([key, v]) => {
    const name = `${JSON.stringify(key)}: `;
    return inner + name + layout(v, inner, name.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** `actual` as JSON, equal to tests/unit/golden/<name>; or written there when updating. */
export function expectGolden(actual: unknown, name: string): void {
  const path = `${GOLDEN_DIR}${name}`;
  const json = `${layout(actual)}\n`;
  if (updatingGolden) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, json);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file tests/unit/golden/${name} is missing: write it with UPDATE_GOLDEN=1 and review it`);
  expect(JSON.parse(json), `differs from tests/unit/golden/${name} (UPDATE_GOLDEN=1 rewrites it after a deliberate change)`).toEqual(
    JSON.parse(readFileSync(path, 'utf8')),
  );
}
