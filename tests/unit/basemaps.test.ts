import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASEMAP_TIMEOUT_MS, loadBasemap, withTimeout } from '../../src/lib/map/basemaps.ts';

/** A server that accepts the request and never answers: the promise settles only if the request is aborted. */
function hangingFetch(seen: AbortSignal[]): typeof fetch {
  return (_url, init) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init!.signal!;
      seen.push(signal);
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
}

describe('online basemaps that never answer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up on a style request with no answer after the timeout, says which, and aborts the request', async () => {
    const signals: AbortSignal[] = [];
    const loading = loadBasemap('openfreemap', undefined, { fetch: hangingFetch(signals) });
    const outcome = loading.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(BASEMAP_TIMEOUT_MS - 1);
    expect(signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toMatch(/openfreemap\.org.*no answer in 12 s/);
    expect(signals[0]!.aborted).toBe(true);
  });

  it('times out work that ignores the abort signal too', async () => {
    const never = withTimeout(() => new Promise<never>(() => {}), 500, 'too slow');
    const outcome = never.catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(500);
    await expect(outcome).resolves.toBe('too slow');
  });

  it('passes an answer in time through, and clears its timer', async () => {
    const style = { version: 8, sources: {}, layers: [{ id: 'land', type: 'background' }] };
    const answer: typeof fetch = async () => new Response(JSON.stringify(style));
    const basemap = await loadBasemap('openfreemap', undefined, { fetch: answer });
    expect(basemap.layers.map((l) => l.id)).toEqual(['basemap-ofm-land']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes a failure in time through unchanged', async () => {
    const refuse: typeof fetch = async () => new Response('', { status: 503 });
    await expect(loadBasemap('openfreemap', undefined, { fetch: refuse })).rejects.toThrow('HTTP 503');
  });
});
