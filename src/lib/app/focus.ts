/**
 * Where keyboard focus goes as panels open and close. A panel (the place panel; on a phone the bottom sheet) takes
 * focus when the reader opens it, and gives it back where it came from when it closes. The decisions are pure and
 * see an element only as `FocusCandidate`; `FocusReturn` is the thin DOM side.
 */

/** An element as the focus decisions see it: an HTMLElement in the page, a plain object in the tests. */
export interface FocusCandidate {
  readonly isConnected: boolean;
  readonly tagName: string;
  closest(selector: string): unknown;
}

/**
 * Whether focus at `active` is where a panel was opened from. Not when it is inside the panels themselves: a link
 * followed from one panel to the next keeps the first panel's opener, so closing returns to where the reader began.
 */
export function isOpener(active: FocusCandidate | null, panels: string | null): boolean {
  return active !== null && (panels === null || !active.closest(panels));
}

/**
 * Where focus goes when a panel closes: back to its opener, unless that is gone from the page or is a text field
 * (the search box), where focus would open its results over the screen and, on a phone, raise the keyboard. Then
 * the fallback has it (for a place panel, the map, where the place was shown).
 */
export function focusAfterClose(opener: FocusCandidate | null): 'opener' | 'fallback' {
  const typing = opener?.tagName === 'INPUT' || opener?.tagName === 'TEXTAREA';
  return opener?.isConnected && !typing ? 'opener' : 'fallback';
}

/** The map's canvas takes focus (the skip link's target, and where a closed panel's focus goes by default). */
export function focusMap(): void {
  document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
}

/** Remembers where a panel or dialog was opened from, and gives focus back there when it closes. */
export class FocusReturn {
  #opener: HTMLElement | null = null;
  readonly #panels: string | null;
  readonly #fallback: () => void;

  /** `panels`: the panels' selector (focus inside them is no opener); `fallback`: where focus goes instead. */
  constructor({ panels = null, fallback = () => {} }: { panels?: string | null; fallback?: () => void } = {}) {
    this.#panels = panels;
    this.#fallback = fallback;
  }

  /** Call as the panel opens, before it takes focus. */
  remember(): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && isOpener(active, this.#panels)) this.#opener = active;
  }

  /** Call once the panel has closed. */
  restore(): void {
    if (focusAfterClose(this.#opener) === 'opener') this.#opener!.focus();
    else this.#fallback();
    this.#opener = null;
  }
}
