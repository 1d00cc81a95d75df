/**
 * Whether a web component's map is there to use, and the promises that wait for it (toPNG()). A map exists only
 * while its element is near the viewport (a page may hold any number of elements; a browser keeps some 16 WebGL
 * contexts), so a map comes and goes; every promise handed out settles: with the map once it has loaded, or with
 * an error that says why there is none (far from the viewport, removed from the page, no WebGL, no data).
 * Framework-free: the element (src/webcomponent/) reports what happens, this decides what each waiter gets.
 */

/** far: no map and none coming; loading: a map is being created; ready: loaded; failed: there will be none. */
export type ReadinessState = 'far' | 'loading' | 'ready' | 'failed';

interface Waiter<H> {
  resolve: (handle: H) => void;
  reject: (error: Error) => void;
}

export class MapReadiness<H> {
  // Until the element first learns whether it is near the viewport, a map may be coming: waiters wait.
  #state: ReadinessState = 'loading';
  #handle: H | null = null;
  #failure: Error | null = null;
  #waiters: Waiter<H>[] = [];
  readonly #what: string;

  /** `what` names the element in errors (`<jinhua-atlas-map>`). */
  constructor(what: string) {
    this.#what = what;
  }

  get state(): ReadinessState {
    return this.#state;
  }

  /** The loaded map's handle, or null. */
  get handle(): H | null {
    return this.#handle;
  }

  /** A map is being created (the element came near the viewport, or its map is being recreated). */
  loading(): void {
    if (this.#state === 'failed') return;
    this.#state = 'loading';
    this.#handle = null;
  }

  /** The map being created has loaded (a map released before it loaded is dead, and ignored). */
  ready(handle: H): void {
    if (this.#state !== 'loading') return;
    this.#state = 'ready';
    this.#handle = handle;
    for (const waiter of this.#take()) waiter.resolve(handle);
  }

  /** The map was released because the element moved far from the viewport: waiters learn there is none now. */
  released(): void {
    if (this.#state === 'failed') return;
    this.#state = 'far';
    this.#handle = null;
    this.#rejectAll(new Error(`${this.#what} released its map: it is far from the viewport (scroll it into view and wait for its ready event)`));
  }

  /** The element left the page: whatever waits is told, and nothing waits on it any more. */
  removed(): void {
    const failed = this.#state === 'failed';
    if (!failed) this.#state = 'far';
    this.#handle = null;
    this.#rejectAll(new Error(`${this.#what} was removed from the page`));
  }

  /** There will be no map (no WebGL, no data): every waiter, now and later, gets `error`. */
  failed(error: Error): void {
    this.#state = 'failed';
    this.#failure = error;
    this.#handle = null;
    this.#rejectAll(error);
  }

  /** The loaded map's handle: at once, once the map being created has loaded, or an error saying why there is none. */
  whenReady(): Promise<H> {
    switch (this.#state) {
      case 'ready':
        return Promise.resolve(this.#handle!);
      case 'failed':
        return Promise.reject(this.#failure!);
      case 'far':
        return Promise.reject(new Error(`${this.#what} has no map while it is far from the viewport (scroll it into view and wait for its ready event)`));
      case 'loading':
        return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
    }
  }

  #take(): Waiter<H>[] {
    const waiters = this.#waiters;
    this.#waiters = [];
    return waiters;
  }

  #rejectAll(error: Error): void {
    for (const waiter of this.#take()) waiter.reject(error);
  }
}
