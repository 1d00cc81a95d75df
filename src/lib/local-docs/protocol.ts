/**
 * The message contract between the explorer and the "add text" worker (src/lib/local-docs/worker.ts). The worker
 * answers each request with one response carrying the request's id. Bumping PROTOCOL_VERSION makes a page and a
 * worker from different builds refuse each other's messages instead of misreading them.
 */
import type { Linker } from '../linker/index.ts';
import { linkerOf, readNotPlaces } from '../pipeline/build-atlas.ts';
import { accountedNames } from '../pipeline/gaps-report.ts';
import type { GazetteerAsset } from '../pipeline/gazetteer-asset.ts';
import { LocalDocError, type LocalErrorCode } from './errors.ts';
import type { LocalInput } from './input.ts';
import { processLocalDocument, type LocalDocument } from './process.ts';

export const PROTOCOL_VERSION = 1;

export interface LinkRequest {
  v: typeof PROTOCOL_VERSION;
  id: number;
  type: 'link';
  input: LocalInput;
  /** The title the user typed, if any (else it is taken from the text). */
  title?: string;
}
export type WorkerRequest = LinkRequest;

/** Why a request failed: a LocalErrorCode for bad input, `protocol` for a malformed or foreign message. */
export interface WorkerError {
  code: LocalErrorCode | 'protocol';
  detail: string;
}

export type WorkerResponse =
  | { v: typeof PROTOCOL_VERSION; id: number; type: 'linked'; result: LocalDocument; ms: number }
  | { v: typeof PROTOCOL_VERSION; id: number; type: 'error'; error: WorkerError };

const isInput = (input: unknown): input is LocalInput => {
  const i = input as LocalInput | null;
  if (i?.kind === 'text') return typeof i.text === 'string';
  return i?.kind === 'file' && typeof i.name === 'string' && i.bytes instanceof Uint8Array;
};

/**
 * The worker's message handler as a plain function (the worker only posts its answers), so it is tested in Node.
 * The gazetteer is loaded at the first request and its linker built with the build's own `linkerOf`.
 */
export function createHandler(loadGazetteer: () => Promise<GazetteerAsset>): (message: unknown) => Promise<WorkerResponse> {
  let linker: Promise<{ linker: Linker; accounted: string[] }> | null = null;
  return async (message) => {
    const request = message as Partial<LinkRequest> | null;
    const id = typeof request?.id === 'number' ? request.id : -1;
    const fail = (code: WorkerError['code'], detail: string): WorkerResponse => ({ v: PROTOCOL_VERSION, id, type: 'error', error: { code, detail } });
    if (request?.v !== PROTOCOL_VERSION) return fail('protocol', `expected protocol version ${PROTOCOL_VERSION}, got ${String(request?.v)}`);
    if (request.type !== 'link' || !isInput(request.input)) return fail('protocol', `not a link request: ${String(request.type)}`);
    if (request.title !== undefined && typeof request.title !== 'string') return fail('protocol', 'title must be a string');
    const started = performance.now();
    try {
      linker ??= loadGazetteer().then((g) => {
        const notPlaces = readNotPlaces(g.notPlaces);
        return { linker: linkerOf(g.places, notPlaces, g.notPlaces?.file), accounted: accountedNames(notPlaces, g.places) };
      });
      const gazetteer = await linker;
      const result = await processLocalDocument(request.input, request.title, gazetteer.linker, gazetteer.accounted);
      return { v: PROTOCOL_VERSION, id, type: 'linked', result, ms: performance.now() - started };
    } catch (e) {
      if (e instanceof LocalDocError) return fail(e.code, e.detail);
      linker = null; // a gazetteer that failed to load is tried again next time
      return fail('failed', (e as Error).message);
    }
  };
}
