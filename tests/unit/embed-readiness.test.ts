import { describe, expect, it } from 'vitest';
import { MapReadiness } from '../../src/lib/embed/readiness.ts';

const settled = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: Error) => ({ ok: false as const, message: error.message }),
  );

describe('web component readiness: every promise settles', () => {
  it('resolves waiters with the map once it loads, and later callers at once', async () => {
    const readiness = new MapReadiness<string>('<x-map>');
    const early = readiness.whenReady();
    readiness.ready('map 1');
    await expect(early).resolves.toBe('map 1');
    await expect(readiness.whenReady()).resolves.toBe('map 1');
    expect(readiness.handle).toBe('map 1');
  });

  it('rejects, saying why, when the map is released far from the viewport, and refuses while far', async () => {
    const readiness = new MapReadiness<string>('<x-map>');
    const waiting = settled(readiness.whenReady());
    readiness.released();
    expect(await waiting).toEqual({ ok: false, message: expect.stringContaining('far from the viewport') });
    expect(await settled(readiness.whenReady())).toEqual({ ok: false, message: expect.stringMatching(/^<x-map> has no map/) });
    expect(readiness.handle).toBeNull();
  });

  it('ignores a map that loads after it was released (it is dead), and waits for the next one', async () => {
    const readiness = new MapReadiness<string>('<x-map>');
    readiness.released();
    readiness.ready('stale');
    expect(readiness.handle).toBeNull();
    readiness.loading();
    const next = readiness.whenReady();
    readiness.ready('fresh');
    await expect(next).resolves.toBe('fresh');
  });

  it('makes a lost map wait for its replacement rather than hand out the dead one', async () => {
    const readiness = new MapReadiness<string>('<x-map>');
    readiness.ready('first');
    readiness.loading(); // context lost: the map is being recreated
    expect(readiness.handle).toBeNull();
    const waiting = readiness.whenReady();
    readiness.ready('second');
    await expect(waiting).resolves.toBe('second');
  });

  it('rejects every waiter, now and later, when there will be no map (no WebGL), whatever the viewport does', async () => {
    const readiness = new MapReadiness<string>('<x-map>');
    const waiting = settled(readiness.whenReady());
    readiness.failed(new Error('<x-map>: WebGL is unavailable'));
    expect(await waiting).toEqual({ ok: false, message: '<x-map>: WebGL is unavailable' });
    readiness.loading();
    readiness.ready('never');
    expect(readiness.state).toBe('failed');
    expect(await settled(readiness.whenReady())).toEqual({ ok: false, message: '<x-map>: WebGL is unavailable' });
  });

  it('rejects what waits when the element leaves the page', async () => {
    const readiness = new MapReadiness<string>('<x-map>');
    const waiting = settled(readiness.whenReady());
    readiness.removed();
    expect(await waiting).toEqual({ ok: false, message: '<x-map> was removed from the page' });
  });
});
