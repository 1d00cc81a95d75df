/**
 * The explorer's and the embed's pages ask the browser to fetch the first view's data while the scripts are still
 * parsed (`<link rel="preload">`): those must be exactly the files the first view loads, or the browser fetches a
 * file nobody reads (a 404, or the index page in its place) and the data the map waits for late.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAtlas } from '../../src/lib/app/load.ts';

const preloads = (page: string) =>
  [...readFileSync(page, 'utf8').matchAll(/<link rel="preload" href="([^"]+)"/g)].map((m) => m[1]!.replace(/^\.\//, '')).sort();

describe('first view preloads', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are the files loadAtlas fetches, on index.html and embed.html', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(url.endsWith('.geojson') ? '{"type":"FeatureCollection","features":[]}' : '{}', { headers: { 'content-type': 'application/json' } });
    });
    await loadAtlas('');
    expect(fetched.length).toBeGreaterThan(0);
    for (const page of ['index.html', 'embed.html']) expect(preloads(page), page).toEqual([...fetched].sort());
  });
});
