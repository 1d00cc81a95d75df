import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPTIONS,
  atlasSearch,
  embedAttributes,
  embedSearch,
  optionsFromAttributes,
  optionsFromExplorer,
  parseEmbedOptions,
  withKnownIds,
  type EmbedOptions,
  type ExplorerState,
} from '../../src/lib/embed/options.ts';
import { embedLayout } from '../../src/lib/embed/layout.ts';

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe('embed options from the query string', () => {
  it('reads every option', () => {
    const { options, problems } = parse(
      'place=dongyang,yiwu&doc=wuyi-duibiao-bipin&layers=county,town&map=9.5/29.2/120.1&lang=en&panel=below&static=1&headline=两地对比&description=两市的对比&notes=人口为2020年数据&source=统计年鉴&byline=张三&height=400',
    );
    expect(problems).toEqual([]);
    expect(options).toEqual<EmbedOptions>({
      places: ['dongyang', 'yiwu'],
      doc: 'wuyi-duibiao-bipin',
      layers: ['county', 'town'],
      view: { zoom: 9.5, center: [120.1, 29.2] },
      lang: 'en',
      panel: 'below',
      static: true,
      headline: '两地对比',
      description: '两市的对比',
      notes: '人口为2020年数据',
      source: '统计年鉴',
      byline: '张三',
      height: 400,
    });
  });

  it('carries the editor’s texts through the query string and back, and refuses an over-long one', () => {
    const texts = { headline: 'A & B', description: '说明，含 / 与 ?', notes: 'Note: 50% of “them”', source: '统计局', byline: 'Li Si' };
    const search = embedSearch({ ...DEFAULT_OPTIONS, ...texts });
    expect(parse(search.slice(1))).toEqual({ options: { ...DEFAULT_OPTIONS, ...texts }, problems: [] });
    const { options, problems } = parse(`byline=${'x'.repeat(101)}`);
    expect(options.byline).toBeNull();
    expect(problems).toEqual([{ param: 'byline', value: 'x'.repeat(101), problem: 'malformed' }]);
  });

  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ options: DEFAULT_OPTIONS, problems: [] });
  });

  it('drops and reports what it cannot read, keeping the rest', () => {
    const { options, problems } = parse('place=Dongyang!&lang=fr&layers=county,roads&panel=left&height=20&static=maybe&map=30/0/0&doc=wuyi-duibiao-bipin');
    expect(options).toEqual({ ...DEFAULT_OPTIONS, doc: 'wuyi-duibiao-bipin' });
    expect(problems.map((p) => `${p.param}=${p.value}`)).toEqual([
      'place=Dongyang!',
      'layers=county,roads',
      'map=30/0/0',
      'lang=fr',
      'panel=left',
      'static=maybe',
      'height=20',
    ]);
    expect(problems.every((p) => p.problem === 'malformed')).toBe(true);
  });

  it('treats a bare static flag as on and static=0 as off', () => {
    expect(parse('static').options.static).toBe(true);
    expect(parse('static=0').options.static).toBe(false);
  });

  it('reads layers=none as "no optional layer"', () => {
    expect(parse('layers=none').options.layers).toEqual([]);
  });

  it('keeps each place once, in the order given', () => {
    expect(parse('place=yiwu,dongyang,yiwu').options.places).toEqual(['yiwu', 'dongyang']);
  });

  it('round-trips through its canonical query string', () => {
    const query = '?place=dongyang,yiwu&doc=d1&layers=none&map=9.5/29.2/120.1&lang=en&panel=beside&static=1&headline=A+%26+B&height=480';
    const { options } = parse(query);
    expect(embedSearch(options)).toBe(query);
    expect(parse(embedSearch(options)).options).toEqual(options);
    expect(embedSearch(DEFAULT_OPTIONS)).toBe('');
  });
});

describe('embed options as element attributes', () => {
  const element = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null });

  it('reads the same names as the query string, a bare static attribute included', () => {
    const { options } = optionsFromAttributes(element({ place: 'wuyi', panel: 'below', static: '', lang: 'en', title: 'ignored' }));
    expect(options).toEqual({ ...DEFAULT_OPTIONS, places: ['wuyi'], panel: 'below', static: true, lang: 'en' });
  });

  it('writes attributes that read back to the same options', () => {
    const options: EmbedOptions = { ...DEFAULT_OPTIONS, places: ['yiwu', 'yongkang'], static: true, headline: '义乌 "永康"' };
    const attributes = Object.fromEntries(embedAttributes(options));
    expect(attributes).toEqual({ place: 'yiwu,yongkang', static: '', headline: '义乌 "永康"' });
    expect(optionsFromAttributes(element(attributes)).options).toEqual(options);
  });
});

describe('ids the atlas does not know', () => {
  it('are dropped and reported one by one', () => {
    const options = { ...DEFAULT_OPTIONS, places: ['dongyang', 'atlantis', 'yiwu'], doc: 'no-such-doc' };
    const { options: kept, problems } = withKnownIds(options, {
      place: (id) => id !== 'atlantis',
      document: () => false,
    });
    expect(kept.places).toEqual(['dongyang', 'yiwu']);
    expect(kept.doc).toBeNull();
    expect(problems).toEqual([
      { param: 'place', value: 'atlantis', problem: 'unknown' },
      { param: 'doc', value: 'no-such-doc', problem: 'unknown' },
    ]);
  });
});

describe('link to the explorer', () => {
  it('opens the selected place with the embed’s document, layers and language, and nothing embed-only', () => {
    const options: EmbedOptions = { ...DEFAULT_OPTIONS, places: ['dongyang', 'yiwu'], lang: 'en', static: true, panel: 'none', height: 300 };
    expect(atlasSearch(options, 'yiwu')).toBe('?place=yiwu&lang=en');
    expect(atlasSearch({ ...options, doc: 'd1', layers: ['county'] }, null)).toBe('?doc=d1&layers=county&lang=en');
  });
});

describe('embed layout', () => {
  it('puts the passages beside a wide map and below a narrow one', () => {
    expect(embedLayout(900, { panel: 'auto', height: null }).panel).toBe('beside');
    expect(embedLayout(360, { panel: 'auto', height: null }).panel).toBe('below');
    expect(embedLayout(360, { panel: 'beside', height: null }).panel).toBe('beside');
    expect(embedLayout(900, { panel: 'none', height: null }).panel).toBe('none');
  });

  it('makes the map taller as the column widens, within limits, unless the height is fixed', () => {
    const heights = [320, 400, 560, 620].map((w) => embedLayout(w, { panel: 'below', height: null }).mapHeight);
    expect(heights).toEqual([...heights].sort((a, b) => a - b));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(260);
    expect(embedLayout(3000, { panel: 'below', height: null }).mapHeight).toBe(520);
    expect(embedLayout(3000, { panel: 'below', height: 700 }).mapHeight).toBe(700);
  });
});

describe('options from the explorer’s state', () => {
  const state: ExplorerState = { place: 'dongyang', only: 'wuyi-duibiao-bipin', hidden: ['village', 'project'], view: { center: [120.2, 29.2], zoom: 10 }, lang: 'en' };

  it('marks the selected place, keeps the document filter, the visible layers and the language', () => {
    expect(optionsFromExplorer(state, false)).toEqual({
      ...DEFAULT_OPTIONS,
      places: ['dongyang'],
      doc: 'wuyi-duibiao-bipin',
      layers: ['county', 'district', 'town', 'park', 'water', 'landmark', 'transport'],
      lang: 'en',
    });
  });

  it('keeps the view only when asked, and leaves layers at their default when nothing is hidden', () => {
    expect(optionsFromExplorer(state, true).view).toEqual(state.view);
    const plain = optionsFromExplorer({ ...state, place: null, only: null, hidden: [] }, false);
    expect(plain).toEqual({ ...DEFAULT_OPTIONS, lang: 'en' });
  });
});
