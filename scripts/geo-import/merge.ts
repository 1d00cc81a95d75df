/**
 * The import's merge rule (geo/README.md, "What the import does"): a record that references a source row gets
 * only its source-owned fields refreshed; every other field belongs to whoever edits geo/ and is never changed.
 * Pure, so the rule is unit-tested (tests/unit/geo-import-merge.test.ts).
 */
import type { Geometry } from 'geojson';
import type { PlaceFeature, PlaceProperties } from '../../src/lib/geo/types.ts';
import type { Generated } from './admin.ts';
import type { Owned } from './resolve.ts';

/** A line of the import's report: what changed, or what was kept although the source or the rules say otherwise. */
export type MergeNote = string;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Refreshes the source-owned fields of one record. `generated` (optional) is what the import would write for a new
 * record; a hand-owned field that differs from it is kept and reported ("kept hand edit").
 */
export function mergeRecord(record: PlaceFeature, owned: Owned, generated?: Partial<PlaceProperties>): { feature: PlaceFeature; notes: MergeNote[] } {
  const id = record.properties.id;
  const notes: MergeNote[] = [];
  // Object spread keeps the record's key order, so an unchanged record serialises to the same bytes.
  const properties: PlaceProperties = { ...record.properties };
  let geometry: Geometry | null = record.geometry ?? null;
  if (!same(geometry, owned.geometry)) {
    notes.push(`updated from source: ${id} geometry`);
    geometry = owned.geometry;
  }
  for (const key of ['source', 'adcode', 'credit'] as const) {
    if (owned[key] !== undefined && properties[key] !== owned[key]) {
      notes.push(`updated from source: ${id} ${key}`);
      properties[key] = owned[key];
    }
  }
  if (owned.geometry_quality && properties.geometry_quality !== owned.geometry_quality) {
    notes.push(`updated from source: ${id} geometry_quality ${properties.geometry_quality} → ${owned.geometry_quality} (quality_note replaced to match)`);
    properties.geometry_quality = owned.geometry_quality;
    properties.quality_note = owned.quality_note;
  }
  for (const [key, value] of Object.entries(generated ?? {})) {
    if (key in properties && !same(properties[key], value)) {
      notes.push(`kept hand edit: ${id} ${key} ${JSON.stringify(properties[key])} (the source rule gives ${JSON.stringify(value)})`);
    }
  }
  return { feature: { type: 'Feature', properties, geometry: geometry as Geometry }, notes };
}

/** A new record for a source row no record references yet: the generated fields, then what the source owns. */
export function newRecord(generated: Generated, owned: Owned, geometryFrom: PlaceProperties['geometry_from']): PlaceFeature {
  const { geometry, quality_note, geometry_quality, ...fields } = owned;
  return {
    type: 'Feature',
    properties: {
      ...generated,
      geometry_quality: geometry_quality!,
      quality_note,
      ...fields,
      geometry_from: geometryFrom,
    } as PlaceProperties,
    geometry: geometry as Geometry,
  };
}
