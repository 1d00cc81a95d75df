import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { DEFAULT_OPTIONS, embedSearch, parseEmbedOptions } from '../../src/lib/embed/options.ts';
import { embedMessage, isEmbedMessage, isHostMessage, hostMessage } from '../../src/lib/embed/protocol.ts';
import { RESIZE_SCRIPT, iframeSnippet, iframeTag, webComponentSnippet } from '../../src/lib/embed/snippet.ts';
import { embedStrings } from '../../src/lib/embed/strings.ts';
import { embedSubject, loadSubjectCorpus } from '../../src/lib/embed/subject.ts';
import { builtAtlasData } from './built-atlas.ts';

interface FakeFrame {
  contentWindow: object;
  style: { height: string };
}

/** Runs the resize script as a host page would (twice, as when two embeds are pasted) and returns its listeners. */
function hostWith(frames: FakeFrame[]) {
  const listeners: Array<(event: { data: unknown; source: unknown }) => void> = [];
  const selectors: string[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: (typeof listeners)[number]) => type === 'message' && listeners.push(listener),
  };
  const document = {
    querySelectorAll: (selector: string) => {
      selectors.push(selector);
      return frames;
    },
  };
  const run = new Function('window', 'document', RESIZE_SCRIPT) as (w: unknown, d: unknown) => void;
  run(window, document);
  run(window, document);
  return { listeners, selectors, send: (data: unknown, source: unknown) => listeners.forEach((l) => l({ data, source })) };
}

describe('the resize script in the snippet', () => {
  const frame = (): FakeFrame => ({ contentWindow: {}, style: { height: '560px' } });

  it('listens once however many times it is pasted', () => {
    expect(hostWith([]).listeners).toHaveLength(1);
  });

  it('sizes only the marked iframe whose window sent the height', () => {
    const [a, b] = [frame(), frame()];
    const host = hostWith([a, b]);
    host.send(embedMessage('height', { height: 812.4 }), b.contentWindow);
    expect([a.style.height, b.style.height]).toEqual(['560px', '813px']);
    expect(host.selectors).toEqual(['iframe[data-jinhua-atlas]']);
  });

  it('ignores other messages: other sources, versions, types, and heights from windows it does not size', () => {
    const a = frame();
    const host = hostWith([a]);
    host.send({ ...embedMessage('height', { height: 100 }), version: 2 }, a.contentWindow);
    host.send({ ...embedMessage('height', { height: 100 }), source: 'other' }, a.contentWindow);
    host.send({ type: 'height', height: 100 }, a.contentWindow);
    host.send(embedMessage('select', { place: null }), a.contentWindow);
    host.send(embedMessage('height', { height: 100 }), {});
    host.send('height:100', a.contentWindow);
    expect(a.style.height).toBe('560px');
  });
});

describe('snippets', () => {
  it('escape what they put in attributes', () => {
    const tag = iframeTag({ src: 'https://atlas.example/embed.html?place=a&headline="x"', title: '<b>&', initialHeight: 500.4 });
    expect(tag).toContain('src="https://atlas.example/embed.html?place=a&amp;headline=&quot;x&quot;"');
    expect(tag).toContain('title="&lt;b&gt;&amp;" aria-label="&lt;b&gt;&amp;"');
    expect(tag).toContain('height:500px');
  });

  it('give the web component the same options as attributes', () => {
    const html = webComponentSnippet({
      moduleUrl: 'https://atlas.example/jinhua-atlas-map.js',
      options: { ...DEFAULT_OPTIONS, places: ['wuyi'], static: true, lang: 'en' },
      title: 'Map: Wuyi',
    });
    expect(html).toBe(
      '<script type="module" src="https://atlas.example/jinhua-atlas-map.js"></script>\n' +
        '<jinhua-atlas-map place="wuyi" lang="en" static aria-label="Map: Wuyi"></jinhua-atlas-map>',
    );
  });

  it('are what the sample article pastes, so the e2e tests test the code editors copy', async () => {
    const article = readFileSync('tests/fixtures/article.html', 'utf8');
    const atlas = createAtlas(builtAtlasData());
    const queries = [...article.matchAll(/src="\{\{EMBED_ORIGIN\}\}\/embed\.html(\?[^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(queries).toHaveLength(2);
    for (const query of queries) {
      const { options, problems } = parseEmbedOptions(new URLSearchParams(query));
      expect(problems).toEqual([]);
      const subject = embedSubject(options, atlas, embedStrings(options.lang), await loadSubjectCorpus(options, atlas));
      const snippet = iframeSnippet({ src: `{{EMBED_ORIGIN}}/embed.html${embedSearch(options)}`, title: subject.frameTitle, initialHeight: 560 });
      expect(article).toContain(snippet);
    }
  });
});

describe('message validation', () => {
  it('accepts the messages the embed sends', () => {
    const place = { id: 'dongyang', name: '东阳市', name_en: 'Dongyang', kind: 'county', passages: 77 };
    for (const message of [
      embedMessage('ready', { places: ['dongyang'] }),
      embedMessage('height', { height: 420 }),
      embedMessage('select', { place }),
      embedMessage('select', { place: null }),
      embedMessage('png', { requestId: 'r1', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' }),
      embedMessage('error', { requestId: 'r1', message: 'the map has not loaded yet' }),
    ]) {
      expect(isEmbedMessage(message), JSON.stringify(message)).toBe(true);
    }
  });

  it('rejects look-alikes', () => {
    for (const data of [
      null,
      'jinhua-atlas',
      { source: 'jinhua-atlas', version: 1, type: 'height', height: -1 },
      { source: 'jinhua-atlas', version: 1, type: 'height', height: Infinity },
      { source: 'jinhua-atlas', version: 1, type: 'select', place: { id: 'x' } },
      { source: 'jinhua-atlas', version: 1, type: 'png', requestId: 'r', dataUrl: 'javascript:alert(1)' },
      { source: 'jinhua-atlas', version: 1, type: 'resize', height: 1 },
      { source: 'jinhua-atlas-host', version: 1, type: 'height', height: 1 },
    ]) {
      expect(isEmbedMessage(data), JSON.stringify(data)).toBe(false);
    }
  });

  it('tells a host’s PNG request from anything else', () => {
    expect(isHostMessage(hostMessage('export-png', { requestId: 'a' }))).toBe(true);
    expect(isHostMessage({ ...hostMessage('export-png', { requestId: 'a' }), source: 'jinhua-atlas' })).toBe(false);
    expect(isHostMessage({ source: 'jinhua-atlas-host', version: 1, type: 'export-png' })).toBe(false);
    // A size, when given, is one of the export sizes.
    expect(isHostMessage(hostMessage('export-png', { requestId: 'a', size: 'print-2col' }))).toBe(true);
    expect(isHostMessage({ ...hostMessage('export-png', { requestId: 'a' }), size: '4000px' })).toBe(false);
  });
});
