/** One message over the map (a link's bad parameter, a basemap that failed, a load error) until the reader dismisses it. */
export interface Notice {
  id: number;
  text: string;
}

/** The explorer's messages over the map, oldest first; each has an id of its own, so dismissing one leaves the rest. */
export class Notices {
  /** Replaced whole on every change, so it needs no deep proxy. */
  list = $state.raw<readonly Notice[]>([]);
  #lastId = 0;

  /** Shows `text` after the messages already shown; gives its id. The same text twice is two messages. */
  notify(text: string): number {
    const id = ++this.#lastId;
    this.list = [...this.list, { id, text }];
    return id;
  }

  dismiss(id: number): void {
    this.list = this.list.filter((notice) => notice.id !== id);
  }
}
