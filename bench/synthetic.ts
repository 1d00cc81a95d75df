/** Inputs shared by the linker and corpus benchmarks: the real corpus and gazetteer, scaled up deterministically. */
import { fileURLToPath } from 'node:url';
import { readInputs } from '../scripts/atlas-pipeline.ts';
import type { AtlasInputs } from '../src/lib/pipeline/build-atlas.ts';
import type { LinkablePlace } from '../src/lib/linker/index.ts';
import type { CorpusAsset, CorpusDocument, Passage, PassageKind } from '../src/lib/corpus/types.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const inputs: AtlasInputs = readInputs(ROOT);

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` extra places with names built like real ones — two or three characters drawn from the corpus's own
 * characters, then a type word — so they share prefixes with the text and load the automaton realistically.
 */
export function syntheticPlaces(count: number, taken: ReadonlySet<string>): LinkablePlace[] {
  const next = random(7);
  const text = inputs.documents.map((d) => new TextDecoder().decode(d.content)).join('');
  const chars = [...new Set(text.match(/[\u4e00-\u9fff]/g))];
  const types = ['村', '镇', '街道', '社区', '路', '桥', '山', '江', '水库', '公园', '产业园', '小镇'];
  const places: LinkablePlace[] = [];
  const used = new Set(taken);
  while (places.length < count) {
    const core = Array.from({ length: 2 + Math.floor(next() * 2) }, () => chars[Math.floor(next() * chars.length)]).join('');
    const name = core + types[Math.floor(next() * types.length)]!;
    if (used.has(name) || used.has(core)) continue;
    used.add(name).add(core);
    // Every place has its name and its short form, like the real gazetteer (花园村 / 花园).
    places.push({ id: `synthetic-${places.length}`, name, aliases: [core], kind: 'village', parent: null, name_en: '' });
  }
  return places;
}

export const mb = (bytes: number) => bytes / 1e6;

/**
 * An archive of `count` documents made from the real documents' paragraphs (issue #15's synthetic corpora): each
 * a deterministic draw of 6–30 paragraphs under its own title, four in five dated between 2015 and 2026 (so the
 * newest-first order and date filters have something to sort), the rest undated. Ids `arc-<n>`.
 */
export function archiveDocuments(count: number): AtlasInputs['documents'] {
  const next = random(count);
  const paragraphs = inputs.documents.flatMap((d) =>
    new TextDecoder()
      .decode(d.content)
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line.length >= 12),
  );
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, i) => {
    const picked = Array.from({ length: 6 + Math.floor(next() * 25) }, () => paragraphs[Math.floor(next() * paragraphs.length)]!);
    const id = `arc-${String(i).padStart(5, '0')}`;
    const title = `档案${i}：${picked[0]!.slice(0, 14)}`;
    const dated = next() < 0.8;
    const date = `${2015 + Math.floor(next() * 12)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
    const meta = { id, title, ...(dated ? { date, date_evidence: `synthetic: drawn for the benchmark (${date})` } : {}) };
    return {
      file: `data/documents/${id}.txt`,
      content: encoder.encode(`${title}\n\n${picked.join('\n\n')}\n`),
      meta: { file: `data/documents/${id}.meta.json`, content: JSON.stringify(meta) },
    };
  });
}

/**
 * An archive of `count` documents made of the real documents' sentences: document i follows the passage kinds and
 * lengths of real document i mod 5, each paragraph filled with sentences drawn at random from every real paragraph
 * (so grams and their frequencies are the real text's), every other passage (title, byline, caption …) drawn from the
 * real ones of its kind. Nine in ten documents get a date between 2000 and 2025 (some to the month only), so results
 * shown newest first are not in corpus order. Deterministic.
 */
export function syntheticCorpus(real: Pick<CorpusAsset, 'documents' | 'passages'>, count: number): { documents: CorpusDocument[]; passages: Passage[] } {
  const next = random(15);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentences = real.passages
    .filter((p) => p.kind === 'paragraph')
    .flatMap((p) => p.text.match(/[^。！？；]+[。！？；]?/g) ?? []);
  const ofKind = new Map<PassageKind, string[]>();
  for (const p of real.passages) ofKind.set(p.kind, [...(ofKind.get(p.kind) ?? []), p.text]);
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  for (let i = 0; i < count; i++) {
    const template = real.documents[i % real.documents.length]!;
    const id = `synthetic-${i}`;
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(next() * 26 * 365.25) * 86_400_000).toISOString().slice(0, 10);
    const dated = next() < 0.9;
    documents.push({ id, title: `${template.title} (${i})`, file: `${id}.txt`, encoding: 'utf-8', ...(dated ? { date: next() < 0.2 ? day.slice(0, 7) : day } : {}) });
    for (const model of real.passages.filter((p) => p.documentId === template.id)) {
      let text = model.kind === 'paragraph' ? '' : pick(ofKind.get(model.kind)!);
      while (text.length < model.text.length * 0.8) text += pick(sentences);
      passages.push({ id: `${id}:${model.index}`, documentId: id, index: model.index, kind: model.kind, text, spans: [[0, text.length]] });
    }
  }
  return { documents, passages };
}
