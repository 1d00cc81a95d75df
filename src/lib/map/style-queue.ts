/**
 * Work that has to wait for a map's style: MapLibre refuses to change a style that has not loaded ("Style is not done
 * loading"). While the style is loaded a task runs at once; until then tasks wait, in the order they came, and run
 * when it loads. Framework-free and MapLibre-free: the map controller (controller.svelte.ts) says when the style
 * loads and when it is being replaced; `T` is whatever the tasks work on (the map).
 */
export class StyleQueue<T> {
  #target: T | null = null;
  /** A Set: a task queued again while it waits still runs once, in its first place (the controller's sync is such a task). */
  #waiting = new Set<(target: T) => void>();

  /** Whether tasks run at once. */
  get isOpen(): boolean {
    return this.#target !== null;
  }

  run(task: (target: T) => void): void {
    if (this.#target !== null) task(this.#target);
    else this.#waiting.add(task);
  }

  /** The style has loaded: what waited runs, in order, until a task makes the style load again (close()). */
  open(target: T): void {
    this.#target = target;
    for (const task of this.#waiting) {
      if (this.#target === null) return;
      this.#waiting.delete(task);
      task(target);
    }
  }

  /** The style is being replaced: tasks wait for it. */
  close(): void {
    this.#target = null;
  }

  /** The map is gone: nothing runs any more, and nothing waits. */
  clear(): void {
    this.#target = null;
    this.#waiting.clear();
  }
}
