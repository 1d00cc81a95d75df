import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { DEFAULT_OPTIONS, type EmbedOptions } from '../../src/lib/embed/options.ts';
import { embedStrings } from '../../src/lib/embed/strings.ts';
import { embedSubject, loadSubjectCorpus, passagesFor } from '../../src/lib/embed/subject.ts';
import { builtAtlas, builtAtlasData } from './built-atlas.ts';

const data = builtAtlas();
const atlas = createAtlas(builtAtlasData());
const subjectOf = async (options: Partial<EmbedOptions>) => {
  const full = { ...DEFAULT_OPTIONS, ...options };
  return embedSubject(full, atlas, embedStrings(full.lang), await loadSubjectCorpus(full, atlas));
};
/** Passages that name a place, straight from the corpus index. */
const namingAny = (...ids: string[]) => new Set(ids.flatMap((id) => data.corpus.passagesByPlace[id] ?? []));
const documentsOf = (passages: Set<string>) => new Set([...passages].map((id) => id.split(':')[0]));

describe('what an embed says it shows', () => {
  it('names the marked places and counts the passages naming any of them once', async () => {
    const subject = await subjectOf({ places: ['dongyang', 'yiwu'] });
    const passages = namingAny('dongyang', 'yiwu');
    expect(subject.highlighted.map((p) => p.name)).toEqual(['东阳市', '义乌市']);
    expect(subject.listed).toEqual(subject.highlighted);
    expect(subject.headline).toBe('东阳市、义乌市');
    expect(subject.caption).toBe(`地图标出东阳市、义乌市；${documentsOf(passages).size} 篇文献中共有 ${passages.size} 段提到这些地点。`);
    expect(subject.frameTitle).toBe('交互地图：东阳市、义乌市（金华文献地图）');
  });

  it('says what the editor wrote under the headline instead of the generated sentence', async () => {
    expect((await subjectOf({ places: ['dongyang'], description: '东阳市在金华市东部。' })).caption).toBe('东阳市在金华市东部。');
  });

  it('speaks English when asked, and says "map" rather than "interactive map" when static', async () => {
    const subject = await subjectOf({ places: ['yiwu'], lang: 'en', static: true });
    const passages = namingAny('yiwu');
    expect(subject.headline).toBe('Yiwu');
    expect(subject.caption).toBe(`The map marks Yiwu; ${passages.size} passages in ${documentsOf(passages).size} documents name it.`);
    expect(subject.frameTitle).toBe('Map: Yiwu (Jinhua Atlas)');
  });

  it('shortens a long list of places in the headline but not in the caption', async () => {
    const ids = ['dongyang', 'yiwu', 'yongkang', 'wuyi', 'pujiang'];
    const subject = await subjectOf({ places: ids });
    expect(subject.headline).toBe('东阳市、义乌市、永康市等 5 处');
    expect(subject.caption).toContain('东阳市、义乌市、永康市、武义县、浦江县');
  });

  it('uses the editor’s headline when there is one', async () => {
    expect((await subjectOf({ places: ['dongyang'], headline: '东阳的“四学四争”' })).headline).toBe('东阳的“四学四争”');
  });

  it('about one document: lists the places it names, most named first, and counts only its passages', async () => {
    const doc = 'wuyi-duibiao-bipin';
    const subject = await subjectOf({ doc });
    const title = data.corpus.documents.find((d) => d.id === doc)!.title;
    expect(subject.headline).toBe(title);
    const named = new Set(data.corpus.mentions.filter((m) => m.passageId.startsWith(`${doc}:`)).map((m) => m.placeId));
    // Every place it names that a reader can pick (金华市 itself is the frame, not a choice).
    const selectable = new Set(atlas.places.map((p) => p.id));
    expect(new Set(subject.listed.map((p) => p.id))).toEqual(new Set([...named].filter((id) => selectable.has(id))));
    expect(named.has('jinhua') && !selectable.has('jinhua')).toBe(true);
    const corpus = await loadSubjectCorpus({ ...DEFAULT_OPTIONS, doc }, atlas);
    const counts = subject.listed.map((p) => passagesFor(corpus, p.id, undefined).reduce((n, g) => n + g.hits.length, 0));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(passagesFor(corpus, 'wuyi', undefined).every((g) => g.document.id === doc)).toBe(true);
    expect(subject.caption).toBe(`《${title}》提到的 ${subject.listed.length} 个地点。`);
    // The map shows only the document's places, as the explorer's "only this document" does.
    expect(new Set(subject.filter.onlyIds)).toEqual(named);
  });

  it('draws the kinds the options name, and keeps marked places on a document’s map', async () => {
    const subject = await subjectOf({ places: ['dongyang'], doc: 'wuyi-duibiao-bipin', layers: ['county', 'town'] });
    expect(subject.filter.hiddenKinds).toEqual(['district', 'village', 'park', 'water', 'landmark', 'transport', 'project']);
    expect(subject.filter.onlyIds).toContain('dongyang');
    expect((await subjectOf({})).filter).toEqual({ hiddenKinds: [], onlyIds: null });
  });

  it('says a document the atlas does not have is not there, so the embed can say so', async () => {
    const corpus = await loadSubjectCorpus({ ...DEFAULT_OPTIONS, doc: 'atlantis', places: ['dongyang', 'atlantis'] }, atlas);
    expect(corpus.document).toBeNull();
    expect([...corpus.pages.keys()]).toEqual(['dongyang']);
  });

  it('with nothing chosen: lists the nine counties and describes the overview', async () => {
    const subject = await subjectOf({});
    expect(subject.highlighted).toEqual([]);
    expect(subject.listed.map((p) => p.kind)).toEqual(Array(9).fill('county'));
    expect(subject.headline).toBe('金华市九县市区');
    expect(subject.caption).toBe(`金华市九个县市区及 ${data.corpus.documents.length} 篇文献提到的地点。`);
  });
});
