/** Vertical extent of something on screen (a mention link, the reader's scroll box), in the same coordinates. */
export interface Span {
  top: number;
  bottom: number;
}

export interface InView {
  above: number;
  visible: number;
  below: number;
}

/**
 * How many of the spans lie above, inside and below a view: a mention counts as visible when any part of it is
 * in the view, so a line cut by the edge is not announced as off screen.
 */
export function countInView(spans: readonly Span[], view: Span): InView {
  const count: InView = { above: 0, visible: 0, below: 0 };
  for (const s of spans) {
    if (s.bottom <= view.top) count.above++;
    else if (s.top >= view.bottom) count.below++;
    else count.visible++;
  }
  return count;
}
