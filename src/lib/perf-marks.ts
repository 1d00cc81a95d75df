/**
 * The performance marks the app sets (`performance.mark`), named once for the code that sets them and for the
 * benchmarks (bench/) and end-to-end tests that wait on them and time them.
 */
export const MARKS = {
  /** MapLibre's `load`: the first view (the counties inside the prefecture) has drawn. */
  load: 'atlas:map-load',
  /** The first frame drawn with every place loaded too (as `load` is defined: labels may still be fading in). */
  complete: 'atlas:map-complete',
  /** The map begins to follow a changed atlas (a text added in the browser or removed). */
  updating: 'atlas:map-updating',
  /** The first frame drawn with the changed atlas's counts. */
  updated: 'atlas:map-updated',
  /** A text submitted in the add-text dialog. */
  addTextSubmit: 'atlas:add-text-submit',
} as const;
