/**
 * The explorer's basemap choice (src/lib/app/basemap-choice.svelte.ts): what the map draws and the menu shows as the
 * reader chooses, and the fallback to the offline map when an online basemap cannot be had. How long a basemap may
 * take is loadBasemap's (tests/unit/basemaps.test.ts); the map's side is tests/e2e/hostile.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BasemapChoice, type OnlineBasemapId } from '../../src/lib/app/basemap-choice.svelte.ts';
import { tiandituBasemap, type Basemap } from '../../src/lib/map/basemaps.ts';

/** A basemap loader whose answers the test gives, one request at a time. */
function controlledLoader() {
  const requests: Array<{ id: OnlineBasemapId; key: string | undefined; resolve: (b: Basemap) => void; reject: (e: Error) => void }> = [];
  const load = (id: OnlineBasemapId, key: string | undefined) => new Promise<Basemap>((resolve, reject) => requests.push({ id, key, resolve, reject }));
  return { requests, load };
}

const openFreeMap: Basemap = { id: 'openfreemap', sources: {}, layers: [] };

function choiceWith(load: ReturnType<typeof controlledLoader>['load'], tiandituKey?: string) {
  const failures: OnlineBasemapId[] = [];
  const choice = new BasemapChoice({ tiandituKey, load, onfail: (id) => failures.push(id) });
  return { choice, failures };
}

describe('BasemapChoice', () => {
  it('starts on the offline map, and draws an online one once it has loaded, the menu showing it meanwhile', async () => {
    const loader = controlledLoader();
    const { choice, failures } = choiceWith(loader.load, 'key-1');
    expect([choice.id, choice.basemap]).toEqual(['offline', null]);
    const chosen = choice.choose('openfreemap');
    expect([choice.id, choice.basemap]).toEqual(['openfreemap', null]);
    loader.requests[0]!.resolve(openFreeMap);
    await chosen;
    expect(choice.basemap).toBe(openFreeMap);
    expect(failures).toEqual([]);
    await choice.choose('offline');
    expect([choice.id, choice.basemap]).toEqual(['offline', null]);
    expect(loader.requests).toHaveLength(1); // the offline map asks no server
  });

  it('passes the Tianditu key to the loader', async () => {
    const loader = controlledLoader();
    const { choice } = choiceWith(loader.load, 'key-1');
    const chosen = choice.choose('tianditu');
    expect(loader.requests.map((r) => [r.id, r.key])).toEqual([['tianditu', 'key-1']]);
    loader.requests[0]!.resolve(tiandituBasemap('key-1'));
    await chosen;
    expect(choice.basemap?.id).toBe('tianditu');
  });

  it('goes back to the offline map and names the basemap when it cannot be loaded (an error or no answer in time)', async () => {
    const loader = controlledLoader();
    const { choice, failures } = choiceWith(loader.load);
    const chosen = choice.choose('openfreemap');
    loader.requests[0]!.reject(new Error('https://tiles.openfreemap.org/styles/positron: no answer in 12 s'));
    await chosen;
    expect([choice.id, choice.basemap]).toEqual(['offline', null]);
    expect(failures).toEqual(['openfreemap']);
  });

  it('goes back to the offline map when the map reports that a drawn basemap fails, once', async () => {
    const loader = controlledLoader();
    const { choice, failures } = choiceWith(loader.load);
    const chosen = choice.choose('openfreemap');
    loader.requests[0]!.resolve(openFreeMap);
    await chosen;
    choice.failed();
    choice.failed(); // the map may report more than one tile: the reader gets one message
    expect([choice.id, choice.basemap]).toEqual(['offline', null]);
    expect(failures).toEqual(['openfreemap']);
  });

  it('keeps the reader’s latest choice when an earlier one answers late, well or badly', async () => {
    const loader = controlledLoader();
    const { choice, failures } = choiceWith(loader.load, 'key-1');
    const first = choice.choose('openfreemap');
    const second = choice.choose('tianditu');
    const tianditu = tiandituBasemap('key-1');
    loader.requests[1]!.resolve(tianditu);
    await second;
    loader.requests[0]!.reject(new Error('no answer'));
    await first;
    expect([choice.id, choice.basemap]).toEqual(['tianditu', tianditu]);
    expect(failures).toEqual([]);

    const third = choice.choose('openfreemap');
    await choice.choose('offline');
    loader.requests[2]!.resolve(openFreeMap);
    await third;
    expect([choice.id, choice.basemap]).toEqual(['offline', null]);
  });
});
