/** Why a text the user brought cannot be read; the UI words each code in its language (src/lib/i18n/strings.ts). */
export const LOCAL_ERROR_CODES = ['empty', 'binary', 'too-large', 'unsupported', 'bad-docx', 'bad-encoding', 'failed'] as const;
export type LocalErrorCode = (typeof LOCAL_ERROR_CODES)[number];

export class LocalDocError extends Error {
  constructor(
    readonly code: LocalErrorCode,
    /** The file name (or "pasted text") and what exactly was wrong, for the details disclosure. */
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'LocalDocError';
  }
}
