/** The explorer's own keys, beyond what each control handles: Esc closes what is on top, arrows move between tabs. */

/**
 * What Esc closes: the place panel, else the open document; nothing when the key was for the search box or a
 * dialog (Esc there closes its results or the dialog only) or nothing is open.
 */
export function escapeCloses(
  key: string,
  target: { closest?(selector: string): unknown } | null,
  open: { place: string | null; doc: string | null },
): 'place' | 'document' | null {
  if (key !== 'Escape' || target?.closest?.('.search, dialog')) return null;
  if (open.place) return 'place';
  return open.doc ? 'document' : null;
}

/** The tab the arrow keys move to in a row of tabs, wrapping at either end; null for any other key. */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | null {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (!step) return null;
  return tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length]!;
}
