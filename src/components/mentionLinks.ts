/**
 * One set of listeners for every place-name link inside a node (passages can hold hundreds): a plain click
 * selects the place in the app instead of loading the link; hover and focus report the place so the map can
 * highlight it. Modified clicks (new tab, new window) keep the link's own behaviour.
 */
export function mentionLinks(node: HTMLElement, handlers: { onpick: (placeId: string) => void; onhover?: (placeId: string | null) => void }) {
  let current = handlers;
  const placeOf = (event: Event) => (event.target as Element | null)?.closest?.<HTMLElement>('a[data-place]')?.dataset['place'] ?? null;
  const click = (event: MouseEvent) => {
    const id = placeOf(event);
    if (!id || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    current.onpick(id);
  };
  // Deferred: a focused link removed by a re-render fires focusout in the middle of that render, where
  // changing state is not allowed.
  const hover = (id: string | null) => queueMicrotask(() => current.onhover?.(id));
  const enter = (event: Event) => {
    const id = placeOf(event);
    if (id) hover(id);
  };
  const leave = (event: Event) => {
    if (placeOf(event)) hover(null);
  };
  node.addEventListener('click', click);
  node.addEventListener('mouseover', enter);
  node.addEventListener('mouseout', leave);
  node.addEventListener('focusin', enter);
  node.addEventListener('focusout', leave);
  return {
    update(next: typeof handlers) {
      current = next;
    },
    destroy() {
      node.removeEventListener('click', click);
      node.removeEventListener('mouseover', enter);
      node.removeEventListener('mouseout', leave);
      node.removeEventListener('focusin', enter);
      node.removeEventListener('focusout', leave);
    },
  };
}
