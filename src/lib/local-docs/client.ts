/**
 * The page's side of the "add text" worker: one worker, started at the first text, each request answered by the
 * response with its id. Imported only when the user adds a text (or a kept one is restored), never by the first view.
 */
import type { LocalInput } from './input.ts';
import type { LocalDocument } from './process.ts';
import { PROTOCOL_VERSION, type LinkRequest, type WorkerError, type WorkerResponse } from './protocol.ts';

export class WorkerFailure extends Error {
  constructor(readonly error: WorkerError) {
    super(`${error.code}: ${error.detail}`);
  }
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (response: WorkerResponse) => void>();

function start(): Worker {
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'add-text' });
  w.onmessage = (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  w.onerror = (event) => {
    for (const resolve of pending.values()) resolve({ v: PROTOCOL_VERSION, id: -1, type: 'error', error: { code: 'failed', detail: event.message } });
    pending.clear();
    worker = null; // the next text starts a new one
  };
  return w;
}

/** Links a text off the main thread; rejects with a WorkerFailure whose code says what was wrong with the input. */
export function linkInWorker(input: LocalInput, title?: string): Promise<LocalDocument> {
  worker ??= start();
  const request: LinkRequest = { v: PROTOCOL_VERSION, id: ++nextId, type: 'link', input, ...(title ? { title } : {}) };
  return new Promise((resolve, reject) => {
    pending.set(request.id, (response) => (response.type === 'linked' ? resolve(response.result) : reject(new WorkerFailure(response.error))));
    worker!.postMessage(request);
  });
}
