/**
 * Precision and recall of the linker, with the gazetteer on disk, against the hand annotation in
 * tests/fixtures/annotations.json (whole source lines of all five documents, every mention in them annotated).
 * Prints the figures; the targets are precision ≥ 0.97 and recall ≥ 0.95. Mentions of context features (the
 * province, neighbouring prefectures: drawn for orientation, not linked, by the gazetteer contract) are not scored;
 * mentions of places the gazetteer lacks count as misses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceRange } from '../../src/lib/corpus/passages.ts';
import { builtAtlas } from './built-atlas.ts';

interface Annotation {
  regions: Array<{ document: string; line: number; start: number; end: number }>;
  mentions: Array<{ document: string; start: number; end: number; surface: string; place: string }>;
}

const annotation = JSON.parse(readFileSync('tests/fixtures/annotations.json', 'utf8')) as Annotation;
const { places, corpus } = builtAtlas();
const sources = new Map(corpus.documents.map((d) => [d.id, readFileSync(d.file, 'utf8')]));
/**
 * Official names repeat among townships and villages (two 城东街道, several 花园村): an annotated name means the
 * first record of that name, i.e. the hand-made record of the place the documents name, which geo/ lists before
 * the rows the import added from the official list.
 */
const idByName = new Map<string, string>();
for (const f of places.features) if (!idByName.has(f.properties.name)) idByName.set(f.properties.name, f.properties.id);
const contextNames = new Set(places.features.filter((f) => f.properties.context).map((f) => f.properties.name));
const scored = annotation.mentions.filter((m) => !contextNames.has(m.place));
const nameById = new Map(places.features.map((f) => [f.properties.id, f.properties.name]));

const inRegion = (document: string, start: number, end: number) =>
  annotation.regions.some((r) => r.document === document && r.start <= start && end <= r.end);

/** Linked mentions that lie in annotated regions, as source-file coordinates. */
function predicted(): Map<string, string> {
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const out = new Map<string, string>();
  for (const m of corpus.mentions) {
    const passage = passages.get(m.passageId)!;
    const [start, end] = sourceRange(passage, m.start, m.end);
    if (inRegion(passage.documentId, start, end)) out.set(`${passage.documentId}:${start}-${end} ${m.placeId}`, `${m.surface}→${nameById.get(m.placeId)}`);
  }
  return out;
}

function gold(): Map<string, string> {
  return new Map(scored.map((m) => [`${m.document}:${m.start}-${m.end} ${idByName.get(m.place) ?? `(not in gazetteer: ${m.place})`}`, `${m.surface}→${m.place}`]));
}

describe('linker quality on the hand-annotated test set', () => {
  it('the annotation is consistent with the source files (surfaces, regions, at least 150 mentions in all five documents)', () => {
    expect(annotation.mentions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(annotation.mentions.map((m) => m.document))).toEqual(new Set(corpus.documents.map((d) => d.id)));
    for (const m of annotation.mentions) {
      expect(sources.get(m.document)!.slice(m.start, m.end), `${m.document}:${m.start}`).toBe(m.surface);
      expect(inRegion(m.document, m.start, m.end), `${m.document}:${m.start} lies in an annotated region`).toBe(true);
    }
    for (const r of annotation.regions) expect(sources.get(r.document)!.split('\n')[r.line - 1]!.trim()).toBe(sources.get(r.document)!.slice(r.start, r.end));
  });

  it('reaches precision ≥ 0.97 and recall ≥ 0.95', () => {
    const got = predicted();
    const want = gold();
    const truePositives = [...got.keys()].filter((k) => want.has(k)).length;
    const precision = truePositives / got.size;
    const recall = truePositives / want.size;
    const missing = [...new Set(annotation.mentions.filter((m) => !idByName.has(m.place)).map((m) => m.place))];
    const unscored = annotation.mentions.filter((m) => contextNames.has(m.place)).map((m) => `${m.surface}→${m.place}`);
    console.log(
      [
        `linker quality: precision ${precision.toFixed(3)} (${truePositives}/${got.size}), recall ${recall.toFixed(3)} (${truePositives}/${want.size}), ` +
          `${annotation.regions.length} annotated lines, gazetteer of ${places.features.length} places`,
        ...(missing.length ? [`  annotated places the gazetteer lacks (${missing.length}): ${missing.join('、')}`] : []),
        ...(unscored.length ? [`  not scored, context features are not linked: ${unscored.join('、')}`] : []),
        ...[...got].filter(([k]) => !want.has(k)).map(([k, v]) => `  false positive ${k}  ${v}`),
        ...[...want].filter(([k]) => !got.has(k)).map(([k, v]) => `  missed         ${k}  ${v}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
