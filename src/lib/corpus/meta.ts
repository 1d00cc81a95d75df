/**
 * The schema of data/documents/*.meta.json, checked wherever a document's metadata is read (the build, the browser's
 * add-text worker and `npm run add-document`, which all go through buildCorpus). An error names the file and the
 * field: a number as `byline` or an object as `source` stops the build with that, instead of a crash or a panel that
 * shows "[object Object]".
 */
import { AtlasInputError } from '../geo/validate.ts';
import { ID_RULE, isAtlasId } from '../url/ids.ts';
import type { DocumentMeta } from './types.ts';

/** Every field, and whether it must be there; all are strings. */
const FIELDS: Readonly<Record<keyof DocumentMeta, boolean>> = {
  id: true,
  title: true,
  byline: false,
  source: false,
  date: false,
  date_evidence: false,
  origin: false,
  banner: false,
  series: false,
};

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** YYYY-MM or YYYY-MM-DD, a month and day that exist. */
export function isDocumentDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses and checks one .meta.json; throws AtlasInputError naming the file and the field. */
export function readDocumentMeta(content: string, file: string): DocumentMeta {
  const fail = (reason: string): never => {
    throw new AtlasInputError(file, `bad document metadata: ${reason}`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`expected an object, got ${typeName(raw)}`);
  const record = raw as Record<string, unknown>;
  for (const field of Object.keys(record)) {
    if (!Object.hasOwn(FIELDS, field)) fail(`unknown field "${field}" (the fields are ${Object.keys(FIELDS).join(', ')})`);
  }
  for (const [field, required] of Object.entries(FIELDS)) {
    const value = record[field];
    if (value === undefined) {
      if (required) fail(`field "${field}" is missing`);
      continue;
    }
    if (typeof value !== 'string') fail(`field "${field}" must be a string, not ${typeName(value)} (${JSON.stringify(value)?.slice(0, 60)})`);
    if (required && !(value as string).trim()) fail(`field "${field}" is empty`);
  }
  const meta = record as unknown as DocumentMeta;
  if (!isAtlasId(meta.id)) fail(`field "id": "${meta.id}" is not an id (${ID_RULE})`);
  if (meta.date !== undefined && !isDocumentDate(meta.date)) fail(`field "date": "${meta.date}" is not a date of the form YYYY-MM-DD or YYYY-MM`);
  if (meta.date !== undefined && !meta.date_evidence?.trim()) fail('field "date" needs "date_evidence": the words in the text that support it');
  return meta;
}
