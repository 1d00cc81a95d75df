/**
 * The explorer's URL state and history (src/lib/app/url-history.svelte.ts) against a stand-in for the browser's
 * location and history: what is read at start, written on each change, restored on back and forward, and reported.
 */
import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { idsKnownTo, urlProblemMessage, UrlHistory, type Browser } from '../../src/lib/app/url-history.svelte.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { DEFAULT_STATE, type UrlProblem } from '../../src/lib/url/state.ts';
import { builtAtlasData } from './built-atlas.ts';

/** A browser tab's address and history: entries, the current one, and back/forward as the browser moves them. */
function fakeBrowser(start: string): Browser & { entries: string[]; index: number; back(): void } {
  const tab = {
    entries: [start],
    index: 0,
    location: { pathname: '/atlas/', search: new URL(start, 'http://localhost').search },
    history: {
      pushState(_data: unknown, _unused: string, url?: string | URL | null) {
        tab.entries.splice(tab.index + 1, Infinity, String(url));
        tab.index++;
        tab.location.search = new URL(String(url), 'http://localhost').search;
      },
      replaceState(_data: unknown, _unused: string, url?: string | URL | null) {
        tab.entries[tab.index] = String(url);
        tab.location.search = new URL(String(url), 'http://localhost').search;
      },
    },
    back() {
      tab.index--;
      tab.location.search = new URL(tab.entries[tab.index]!, 'http://localhost').search;
    },
  };
  return tab;
}

function urlHistory(start: string) {
  const browser = fakeBrowser(start);
  const reported: UrlProblem[][] = [];
  const url = new UrlHistory((problems) => reported.push(problems), browser);
  return { browser, reported, url };
}

const atlas = createAtlas(builtAtlasData());

describe('UrlHistory', () => {
  it('reads the state from the address at start, and reports nothing before the atlas can check its ids', () => {
    const { url, reported } = urlHistory('/atlas/?place=dongyang&lang=en&map=oops');
    expect(url.state).toEqual({ ...DEFAULT_STATE, place: 'dongyang', lang: 'en' });
    expect(reported).toEqual([]);
  });

  it('writes each change to the address: a new entry, or in place, and nothing when the address stays the same', () => {
    const { url, browser } = urlHistory('/atlas/');
    url.navigate({ place: 'dongyang' });
    url.navigate({ view: { center: [120, 29], zoom: 9 } }, 'replace');
    url.navigate({ place: 'dongyang' });
    expect(browser.entries).toEqual(['/atlas/', '/atlas/?place=dongyang&map=9/29/120']);
    expect(url.state.place).toBe('dongyang');
  });

  it('once the atlas is loaded, drops what the start address names that it does not know, reports it all, and rewrites the address', () => {
    const { url, reported, browser } = urlHistory('/atlas/?place=no-such-place&county=dongyang&map=oops&doc=some-doc');
    url.start(atlas);
    expect(url.state).toEqual({ ...DEFAULT_STATE, county: 'dongyang', doc: 'some-doc' });
    expect(reported).toEqual([
      [
        { param: 'map', value: 'oops', problem: 'malformed' },
        { param: 'place', value: 'no-such-place', problem: 'unknown' },
      ],
    ]);
    expect(browser.entries).toEqual(['/atlas/?doc=some-doc&county=dongyang']);
  });

  it('leaves a sound start address as it is, and reports no problem', () => {
    const { url, reported, browser } = urlHistory('/atlas/?place=dongyang');
    url.start(atlas);
    expect(reported).toEqual([[]]);
    expect(browser.entries).toEqual(['/atlas/?place=dongyang']);
  });

  it('takes the state back from the address on back, checked as a link is, and writes nothing', () => {
    const { url, browser, reported } = urlHistory('/atlas/?place=no-such-place');
    url.start(atlas);
    url.navigate({ place: 'dongyang' });
    url.navigate({ county: 'wucheng' });
    browser.back();
    expect(url.popstate(atlas)).toEqual({ ...DEFAULT_STATE, place: 'dongyang' });
    expect(url.state).toEqual({ ...DEFAULT_STATE, place: 'dongyang' });
    browser.back();
    expect(url.popstate(atlas)).toEqual(DEFAULT_STATE);
    expect(browser.entries).toEqual(['/atlas/', '/atlas/?place=dongyang', '/atlas/?place=dongyang&county=wucheng']);
    expect(reported.slice(1)).toEqual([[], []]);
  });

  it('drops what turned out not to be there in place, saying so', () => {
    const { url, browser, reported } = urlHistory('/atlas/?doc=gone&at=3');
    url.drop([{ param: 'doc', value: 'gone', problem: 'unknown' }], { doc: null, at: null });
    expect(url.state).toEqual(DEFAULT_STATE);
    expect(browser.entries).toEqual(['/atlas/']);
    expect(reported).toEqual([[{ param: 'doc', value: 'gone', problem: 'unknown' }]]);
  });

  it('gives links from the current state under the page’s path', () => {
    const { url } = urlHistory('/atlas/?only=some-doc&lang=en');
    expect(url.href(url.links.place('dongyang'))).toBe('/atlas/?place=dongyang&only=some-doc&lang=en');
    url.navigate({ lang: 'zh' });
    expect(url.href(url.links.place('dongyang'))).toBe('/atlas/?place=dongyang&only=some-doc');
  });
});

describe('ids a link names', () => {
  it('are checked against the atlas for places and counties; documents wait for their shard', () => {
    const known = idsKnownTo(atlas);
    expect([known.place('dongyang'), known.place('no-such-place')]).toEqual([true, false]);
    expect([known.county('dongyang'), known.county('twn-hengdian')]).toEqual([true, false]);
    expect(known.document()).toBe(true);
  });
});

describe('URL problems as notices', () => {
  it('says what was ignored, in the reader’s language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = strings(lang);
      expect(urlProblemMessage({ param: 'map', value: 'oops', problem: 'malformed' }, t)).toBe(t.badParam('map'));
      expect(urlProblemMessage({ param: 'at', value: '999', problem: 'unknown' }, t)).toBe(t.unknownPassage);
      expect(urlProblemMessage({ param: 'place', value: 'nowhere', problem: 'unknown' }, t)).toBe(t.unknownPlace('nowhere'));
      expect(urlProblemMessage({ param: 'doc', value: 'no-doc', problem: 'unknown' }, t)).toBe(t.unknownDocument('no-doc'));
      expect(urlProblemMessage({ param: 'only', value: 'no-doc', problem: 'unknown' }, t)).toBe(t.unknownDocument('no-doc'));
      expect(urlProblemMessage({ param: 'county', value: 'nowhere', problem: 'unknown' }, t)).toBe(t.unknownCounty('nowhere'));
    }
  });
});
