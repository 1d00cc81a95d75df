/** Props a custom element can change after mounting its Svelte app (a plain object passed to mount() cannot). */
export function reactive<T extends object>(initial: T): T {
  const props = $state(initial);
  return props;
}
