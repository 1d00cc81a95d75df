import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Passage } from '../../src/lib/corpus/types.ts';
import { asciiLower, decodePostings, MAX_DIGITS, queryGrams, searchesText, writeNumber } from '../../src/lib/search/passage-grams.ts';
import { buildPassageIndex, displayOrder, HEAD } from '../../src/lib/search/passage-index.ts';
import { createPassageSearch, intersect, type PassageSource } from '../../src/lib/search/passage-search.ts';
import { scanPassages } from '../../src/lib/search/search.ts';
import { newestOnly } from '../../src/lib/search/newest-only.ts';
import { builtAtlas } from './built-atlas.ts';

const byDocumentOf = (passages: Passage[]) => {
  const byDocument = new Map<string, Passage[]>();
  for (const p of passages) byDocument.set(p.documentId, [...(byDocument.get(p.documentId) ?? []), p]);
  return byDocument;
};

/** Index files as a static host serves them (built once unless given), and what a query asked of it. */
function servedIndex(documents: CorpusDocument[], passages: Passage[], extra: Partial<PassageSource> = {}, files = buildPassageIndex({ documents, passages }, 'atlas')) {
  const fetchedPaths: string[] = [];
  const byDocument = byDocumentOf(passages);
  const search = createPassageSearch({
    fetchJson: async (path) => {
      fetchedPaths.push(path);
      const text = files.get(`atlas/${path}`);
      if (text === undefined) throw new Error(`atlas/${path}: HTTP 404`);
      return JSON.parse(text);
    },
    passagesOf: async (id) => byDocument.get(id) ?? [],
    ...extra,
  });
  return { files, fetchedPaths, search: search.search, warm: search.warm };
}

/**
 * The real corpus copied into 300 documents, one in three dated (so newest-first differs from corpus order), large
 * enough that common grams have tails, the documents fill two chunks and the grams several shards.
 */
function archive() {
  const real = builtAtlas().corpus;
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  for (let i = 0; i < 300; i++) {
    const source = real.documents[i % real.documents.length]!;
    const id = `${source.id}-${i}`;
    const { date: _, ...undated } = source;
    documents.push(i % 3 === 0 ? { ...undated, id, date: `20${10 + (i % 13)}-0${1 + (i % 9)}` } : { ...undated, id });
    for (const p of real.passages) if (p.documentId === source.id) passages.push({ ...p, id: `${id}:${p.index}`, documentId: id });
  }
  return { documents, passages };
}

/**
 * What a substring search over every passage, in display order, answers — for a query the search takes up: Chinese
 * from one character, anything else from two (as before), with at least one Han character or two adjacent letters or
 * digits (the index holds nothing else: a query of punctuation alone finds nothing).
 */
const inDisplayOrder = new WeakMap<Passage[], Passage[]>();
function expected(documents: CorpusDocument[], passages: Passage[], query: string) {
  const needle = asciiLower(query.trim());
  if (!searchesText(needle) || queryGrams(needle).grams.length === 0) return { hits: [], total: 0 };
  let ordered = inDisplayOrder.get(passages);
  if (!ordered) {
    const byDocument = byDocumentOf(passages);
    inDisplayOrder.set(passages, (ordered = displayOrder(documents).flatMap((d) => byDocument.get(d.id) ?? [])));
  }
  return scanPassages(ordered, needle, Infinity);
}
const summary = (hits: { passage: Passage; start: number; end: number }[]) => hits.map((h) => `${h.passage.id}@${h.start}-${h.end}`);

const all = (limit = Infinity) => ({ documentId: null, limit });

describe('passage index: build → query', () => {
  const { documents, passages } = archive();
  const served = servedIndex(documents, passages);

  it('is laid out in shards, tails and document chunks (so the checks below cover each)', () => {
    const names = [...served.files.keys()];
    const manifest = JSON.parse(served.files.get('atlas/search/index.json')!);
    expect(manifest).toMatchObject({ format: 1, passages: passages.length, documents: 300, head: HEAD });
    expect(manifest.shards).toBeGreaterThan(1);
    expect(names.filter((n) => n.startsWith('atlas/search/grams/'))).toHaveLength(manifest.shards);
    expect(names.some((n) => n.startsWith('atlas/search/tails/'))).toBe(true);
    expect(names.filter((n) => n.startsWith('atlas/search/docs/'))).toHaveLength(2);
  });

  it('finds exactly the passages that contain the query as a substring, newest documents first, with its offsets', async () => {
    // Every substring of one to five characters at a few places in a few passages, English words, and misses.
    const queries = new Set(['GDP', 'gdp', 'IPv6', 'ai', 'led', '高质量发展', '东阳', '上海浦东', 'zzqx', '“鸡毛换糖”', '义乌 东阳']);
    for (const passage of passages.slice(0, 60).filter((_, i) => i % 6 === 0)) {
      for (let at = 0; at < passage.text.length; at += 17) for (let n = 1; n <= 5; n++) queries.add(passage.text.slice(at, at + n));
    }
    let checked = 0;
    for (const query of queries) {
      const want = expected(documents, passages, query);
      const got = await served.search(query, all());
      expect(summary(got.hits), query).toEqual(summary(want.hits));
      expect(got.total, query).toBe(want.total);
      if (want.total > 0) checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('answers a one- or two-character query exactly from the index, fetching only the documents it shows', async () => {
    for (const query of ['的', '东', '东阳', '发展']) {
      const shown: string[] = [];
      const { search, fetchedPaths } = servedIndex(documents, passages, {
        passagesOf: async (id) => {
          shown.push(id);
          return passages.filter((p) => p.documentId === id);
        },
      }, served.files);
      const want = expected(documents, passages, query);
      const got = await search(query, all(30));
      expect(want.total, query).toBeGreaterThan(HEAD);
      expect({ total: got.total, exact: got.exact, hits: summary(got.hits) }, query).toEqual({ total: want.total, exact: true, hits: summary(want.hits.slice(0, 30)) });
      expect(new Set(shown), query).toEqual(new Set(want.hits.slice(0, 30).map((h) => h.passage.documentId)));
      // The manifest, one shard and one document chunk: no tail for a first page.
      expect(fetchedPaths.filter((p) => !p.startsWith('search/docs/')), query).toEqual(['search/index.json', expect.stringMatching(/^search\/grams\/\d+\.json$/)]);
    }
  });

  it('keeps one-letter Latin queries out of passage search as before, and answers a blank or punctuation-only one at once', async () => {
    for (const query of ['', '   ', 'a', '，。']) {
      const { search, fetchedPaths } = servedIndex(documents, passages, {}, served.files);
      expect(await search(query, all(30))).toEqual({ hits: [], total: 0, hiddenByDocument: 0, exact: true });
      expect(fetchedPaths).toEqual([]);
    }
  });

  it('fetches the manifest and the newest documents\' chunk ahead when warmed, and not again for the query', async () => {
    const { search, fetchedPaths } = servedIndex(documents, passages, {}, served.files);
    const warmed = servedIndex(documents, passages, {}, served.files);
    await warmed.warm();
    expect(warmed.fetchedPaths).toEqual(['search/index.json', 'search/docs/0.json']);
    await warmed.search('东阳', all(30));
    await search('东阳', all(30));
    expect(warmed.fetchedPaths.slice(2)).toEqual(fetchedPaths.filter((p) => p !== 'search/index.json' && p !== 'search/docs/0.json'));
  });

  it('under the document filter searches that document alone and counts the matches elsewhere', async () => {
    const documentId = documents[7]!.id;
    const got = await served.search('东阳', { documentId, limit: 30 });
    const want = scanPassages(passages.filter((p) => p.documentId === documentId), '东阳', 30);
    expect(summary(got.hits)).toEqual(summary(want.hits));
    expect(got.total).toBe(want.total);
    expect(got.hiddenByDocument).toBe(expected(documents, passages, '东阳').total - want.total);
  });

  it('a longer query counts its candidates until it has checked them (an upper bound, said so), then exactly', async () => {
    const query = '高质量发展';
    const want = expected(documents, passages, query).total;
    const page = await served.search(query, all(5));
    expect(page.hits).toHaveLength(5);
    expect(page.total).toBeGreaterThanOrEqual(want);
    if (!page.exact) expect(page.total).toBeGreaterThan(0);
    else expect(page.total).toBe(want);
    expect(await served.search(query, all())).toMatchObject({ total: want, exact: true });
  });
});

describe('passage search beside the index', () => {
  const doc = (id: string, date?: string): CorpusDocument => ({ id, title: id, file: `${id}.txt`, encoding: 'utf-8', ...(date ? { date } : {}) });
  const passage = (documentId: string, index: number, text: string): Passage => ({
    id: `${documentId}:${index}`, documentId, index, kind: 'paragraph', text, spans: [[0, text.length]],
  });
  const documents = [doc('old', '2019-05-01'), doc('undated'), doc('new', '2023-02'), doc('trad')];
  const passages = [
    passage('old', 0, '东阳与义乌山水相依。'),
    passage('undated', 0, '横店影视城游人如织，东阳人引以为傲。'),
    passage('new', 0, '东阳江畔'),
    passage('new', 1, 'Hengdian 的 GDP 增长'),
    passage('trad', 0, '東陽市、義烏、橫店鎮'),
  ];

  it('orders dated documents newest first, then undated ones in corpus order', async () => {
    const { search } = servedIndex(documents, passages);
    const got = await search('东阳', all());
    expect(got.hits.map((h) => h.passage.id)).toEqual(['new:0', 'old:0', 'undated:0']);
  });

  it('matches characters as written, like the substring search before it: traditional finds traditional', async () => {
    const { search } = servedIndex(documents, passages);
    expect((await search('東陽', all())).hits.map((h) => h.passage.id)).toEqual(['trad:0']);
    expect((await search('东阳', all())).hits.map((h) => h.passage.id)).not.toContain('trad:0');
    expect((await search('橫', all())).hits.map((h) => h.passage.id)).toEqual(['trad:0']);
  });

  it('finds Latin text case-insensitively with offsets into the original', async () => {
    const { search } = servedIndex(documents, passages);
    const [hit] = (await search('hengdian', all())).hits;
    expect(hit!.passage.text.slice(hit!.start, hit!.end)).toBe('Hengdian');
    expect((await search('gdp', all())).total).toBe(1);
  });

  it('searches the texts added in the browser first, by substring, and counts them in', async () => {
    const added = passage('mine', 0, '我在东阳');
    const { search } = servedIndex(documents, passages, { localPassages: () => [added] });
    const got = await search('东阳', all(2));
    expect(got.hits.map((h) => h.passage.id)).toEqual(['mine:0', 'new:0']);
    expect(got.total).toBe(4);
    const onlyMine = await search('东阳', { documentId: 'mine', limit: 30 });
    expect(onlyMine).toMatchObject({ total: 1, hiddenByDocument: 3 });
    expect(onlyMine.hits.map((h) => h.passage.id)).toEqual(['mine:0']);
  });

  it('tries a failed fetch again on the next query', async () => {
    let failures = 1;
    const files = buildPassageIndex({ documents, passages }, 'atlas');
    const { search } = createPassageSearch({
      fetchJson: async (path) => {
        if (failures-- > 0) throw new Error('offline');
        return JSON.parse(files.get(`atlas/${path}`)!);
      },
      passagesOf: async (id) => passages.filter((p) => p.documentId === id),
    });
    await expect(search('东阳', all())).rejects.toThrow('offline');
    expect((await search('东阳', all())).total).toBe(3);
  });

  it('refuses an index of another format, and a corrupt list, naming the file', async () => {
    const files = buildPassageIndex({ documents, passages }, 'atlas');
    const serve = (edit: (path: string, json: unknown) => unknown) =>
      createPassageSearch({
        fetchJson: async (path) => edit(path, JSON.parse(files.get(`atlas/${path}`)!)),
        passagesOf: async () => [],
      }).search;
    const otherFormat = serve((path, json) => (path === 'search/index.json' ? { ...(json as object), format: 99 } : json));
    await expect(otherFormat('东阳', all())).rejects.toThrow('search/index.json: index format 99, this app reads format 1');
    const corrupt = serve((path, json) =>
      path.startsWith('search/grams/') ? Object.fromEntries(Object.entries(json as object).map(([g, [n]]) => [g, [n, '!']])) : json,
    );
    await expect(corrupt('东阳', all())).rejects.toThrow(/search\/grams\/\d+\.json "东阳": passage list has the character "!"/);
  });

  it('rejects a passage whose document it was not given', () => {
    expect(() => buildPassageIndex({ documents: [], passages: [passages[0]!] }, 'atlas')).toThrow('passage old:0 belongs to no document given (old)');
  });
});

describe('passage grams and lists', () => {
  it('cuts a query into pairs of letters or digits, Han characters alone only when a run is one character', () => {
    expect(queryGrams('东阳')).toEqual({ grams: ['东阳'], exact: true });
    expect(queryGrams('东')).toEqual({ grams: ['东'], exact: true });
    expect(queryGrams('横店影视')).toEqual({ grams: ['横店', '店影', '影视'], exact: false });
    expect(queryGrams('gdp')).toEqual({ grams: ['gd', 'dp'], exact: false });
    expect(queryGrams('东 a，阳')).toEqual({ grams: ['东', '阳'], exact: false });
    expect(queryGrams('，。')).toEqual({ grams: [], exact: false });
    expect(queryGrams('𠀀𠀁')).toEqual({ grams: ['𠀀𠀁'], exact: true }); // outside the BMP: one gram of two code points
  });

  it('writes a passage list and reads it back, a tail continuing from its head', () => {
    const encodePostings = (ordinals: number[], previous = -1) => {
      const codes = new Uint8Array(ordinals.length * MAX_DIGITS);
      let length = 0;
      for (const ordinal of ordinals) [length, previous] = [writeNumber(ordinal - previous - 1, codes, length), ordinal];
      return new TextDecoder().decode(codes.subarray(0, length));
    };
    const ordinals = [0, 1, 2, 31, 32, 33, 1000, 1001, 40_000, 1_048_576, 2 ** 32 - 1];
    expect([...decodePostings(encodePostings(ordinals), ordinals.length, 'x')]).toEqual(ordinals);
    const tail = encodePostings(ordinals.slice(6), ordinals[5]);
    expect([...decodePostings(tail, ordinals.length - 6, 'x', ordinals[5])]).toEqual(ordinals.slice(6));
    expect(() => decodePostings('g', 1, 'file.json')).toThrow('file.json: passage list ends inside a number');
    expect(() => decodePostings(encodePostings([1, 2]), 3, 'file.json')).toThrow('file.json: passage list holds 2 passages, its entry counts 3');
    expect(() => decodePostings(encodePostings([1, 2]), 1, 'file.json')).toThrow('file.json: passage list holds more than the 1 passages its entry counts');
  });

  it('intersects ascending lists', () => {
    const lists = (...xs: number[][]) => xs.map((x) => Uint32Array.from(x));
    expect([...intersect(lists([1, 3, 5, 7, 9], [3, 4, 5, 9, 10], [0, 3, 9]))]).toEqual([3, 9]);
    expect([...intersect(lists([1, 2], []))]).toEqual([]);
  });
});

describe('newest answer only', () => {
  const deferred = <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((yes, no) => ([resolve, reject] = [yes, no]));
    return { promise, resolve, reject };
  };

  it('drops an older answer that arrives after a newer question, and answers to a forgotten question', async () => {
    const questions = newestOnly();
    const delivered: string[] = [];
    const [slow, fast, late] = [deferred<string>(), deferred<string>(), deferred<string>()];
    questions.ask(slow.promise, (v) => delivered.push(v), () => delivered.push('error'));
    questions.ask(fast.promise, (v) => delivered.push(v), () => delivered.push('error'));
    fast.resolve('东阳');
    slow.resolve('东');
    await Promise.all([slow.promise, fast.promise]);
    expect(delivered).toEqual(['东阳']);
    questions.ask(late.promise, (v) => delivered.push(v), () => delivered.push('error'));
    questions.forget();
    late.reject(new Error('offline'));
    await late.promise.catch(() => {});
    expect(delivered).toEqual(['东阳']);
  });

  it('delivers the newest question\'s failure', async () => {
    const questions = newestOnly();
    const failures: unknown[] = [];
    const failing = deferred<string>();
    questions.ask(failing.promise, () => {}, (error) => failures.push(error));
    failing.reject(new Error('offline'));
    await failing.promise.catch(() => {});
    expect(failures).toEqual([new Error('offline')]);
  });
});
