/**
 * The assets keep their indexes as JSON objects keyed by place, passage and document ids, which come from outside
 * (geo/, data/, a reader's text). A plain object answers `index["constructor"]` with Object's own constructor, so
 * every read goes through `own`, and every object built to be written into goes through `record`.
 */

/** The value the record holds under the key itself, never one it inherits. */
export const own = <T>(index: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(index, key) ? index[key] : undefined);

/** A record with no prototype, filled from another: any key, `__proto__` included, is an ordinary entry. */
export const record = <T>(from: Readonly<Record<string, T>> = {}): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, from);
