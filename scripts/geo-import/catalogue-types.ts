/**
 * The type of scripts/geo-import/exclusions.ts (the catalogue it was part of is now the records in geo/; the
 * exclusions are being merged into the linker's data file, which will make this file go).
 */

/** A string the coverage test finds in the documents that names no place to map, and why. */
export interface Exclusion {
  surface: string;
  reason: string;
}
