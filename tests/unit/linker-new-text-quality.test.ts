/**
 * Precision and recall of the linker, with the gazetteer on disk, on text it was not developed on, in two hand-annotated
 * sets of public news, encyclopedia and travel passages about all nine counties (simplified and traditional characters,
 * English, and homonym traps about places outside Jinhua):
 * - tests/fixtures/new-text/passages.json, the first set; linker rules were since written from its errors, so it now
 *   measures a development set;
 * - tests/fixtures/new-text/held-out-2026-12.json, collected and annotated after those rules, never used to develop
 *   the linker: the honest measure.
 * Each passage is linked as one document. A predicted mention is right when its span and its place both match a gold
 * mention. Prints the figures overall, per language, per county and on the traps, and every false positive and miss;
 * the targets (issue #11) are precision ≥ 0.95 and recall ≥ 0.93. Context features (the province, neighbouring
 * prefectures) are not scored; a gold place the gazetteer lacks is a miss.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';

type Lang = 'zh-Hans' | 'zh-Hant' | 'en';
interface GoldPlace {
  name: string;
  adcode?: string;
  /** The county a place without adcode lies in. */
  in?: string;
  /** The gazetteer's name for this same place, where it files it under another name. */
  gazetteer?: string;
}
interface Passage {
  id: string;
  lang: Lang;
  counties: string[];
  trap?: string;
  url: string;
  title: string | null;
  text: string;
  mentions: Array<{ start: number; end: number; surface: string; place: GoldPlace }>;
}

const readSet = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { passages: Passage[] }).passages;
const { places, linker } = gazetteerLinker(readInputs(process.cwd()));
const props = places.features.map((f) => f.properties);
const byId = new Map(props.map((p) => [p.id, p]));
const contextNames = new Set(props.filter((p) => p.context).map((p) => p.name));
const NINE = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '浦江县', '武义县', '磐安县'];

/** Whether place `id` lies in the place named `county` (by the parent chain). */
function within(id: string, county: string): boolean {
  for (let p = byId.get(id); p; p = p.parent ? byId.get(p.parent) : undefined) if (p.name === county) return true;
  return false;
}

/** The gazetteer ids a gold place may be linked to (none: the gazetteer lacks it). */
function resolve(place: GoldPlace): Set<string> {
  if (place.adcode) {
    const hit = props.filter((p) => p.adcode === place.adcode);
    if (hit.length) return new Set(hit.map((p) => p.id));
  }
  const name = place.gazetteer ?? place.name;
  return new Set(props.filter((p) => p.name === name && (!place.in || within(p.id, place.in))).map((p) => p.id));
}

interface Outcome {
  passage: Passage;
  truePositives: number;
  predicted: number;
  gold: number;
  falsePositives: string[];
  misses: string[];
}

function score(passage: Passage): Outcome {
  const gold = passage.mentions.filter((m) => !contextNames.has(m.place.name)).map((m) => ({ ...m, ids: resolve(m.place) }));
  const got = linker.link(passage.text).filter((m) => m.placeId && !byId.get(m.placeId)?.context);
  const matched = new Set<number>();
  const falsePositives: string[] = [];
  for (const m of got) {
    const i = gold.findIndex((g, k) => !matched.has(k) && g.start === m.start && g.end === m.end && g.ids.has(m.placeId!));
    if (i >= 0) {
      matched.add(i);
      continue;
    }
    // Same place, other span: a boundary disagreement rather than a wrong place; say so, it is fixed differently.
    const near = gold.find((g) => g.start < m.end && m.start < g.end && g.ids.has(m.placeId!));
    falsePositives.push(`${m.surface}→${byId.get(m.placeId!)?.name}${near ? ` (span differs from gold 「${near.surface}」)` : ''}`);
  }
  const misses = gold
    .filter((_, k) => !matched.has(k))
    .map((g) => `${g.surface}→${g.place.name}${g.place.adcode ? ` ${g.place.adcode}` : ''}${g.ids.size ? '' : ' (not in gazetteer)'}`);
  return { passage, truePositives: matched.size, predicted: got.length, gold: gold.length, falsePositives, misses };
}

function figures(label: string, subset: Outcome[]): { precision: number; recall: number; line: string } {
  const tp = subset.reduce((n, o) => n + o.truePositives, 0);
  const predicted = subset.reduce((n, o) => n + o.predicted, 0);
  const gold = subset.reduce((n, o) => n + o.gold, 0);
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  const line = `${label.padEnd(9 - [...label].filter((c) => c >= '\u2e80').length)} precision ${precision.toFixed(3)} (${tp}/${predicted}), recall ${recall.toFixed(3)} (${tp}/${gold}), ${subset.length} passages`;
  return { precision, recall, line };
}

/** Scores every passage of a set, prints the report and returns the overall figures. */
function measure(name: string, passages: Passage[]): { precision: number; recall: number } {
  const outcomes = passages.map(score);
  const overall = figures('overall', outcomes);
  const traps = outcomes.filter((o) => o.passage.trap);
  const lines = [
    `linker quality on ${name}, gazetteer of ${props.length} places (issue #11 targets: precision ≥ 0.95, recall ≥ 0.93):`,
    `  ${overall.line}`,
    ...(['zh-Hans', 'zh-Hant', 'en'] as const).map((lang) => `  ${figures(lang, outcomes.filter((o) => o.passage.lang === lang)).line}`),
    ...NINE.map((county) => `  ${figures(county, outcomes.filter((o) => o.passage.counties.includes(county))).line}`),
    `  traps     ${traps.reduce((n, o) => n + o.falsePositives.length, 0)} false positives in ${traps.length} passages about places outside Jinhua (no gold mentions)`,
    ...outcomes.flatMap((o) => o.falsePositives.map((f) => `  false positive ${o.passage.id.padEnd(8)} ${f}`)),
    ...outcomes.flatMap((o) => o.misses.map((f) => `  missed         ${o.passage.id.padEnd(8)} ${f}`)),
  ];
  console.log(lines.join('\n'));
  return overall;
}

/** The set is consistent (surfaces are slices, sources are pages) and covers at least what `minimum` asks. */
function checkSet(passages: Passage[], minimum: { passages: number; traditional: number; english: number; traps: number }): void {
  expect(passages.length).toBeGreaterThanOrEqual(minimum.passages);
  expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
  const count = (lang: Lang) => passages.filter((p) => p.lang === lang).length;
  expect(count('zh-Hant')).toBeGreaterThanOrEqual(minimum.traditional);
  expect(count('en')).toBeGreaterThanOrEqual(minimum.english);
  expect(passages.filter((p) => p.trap).length).toBeGreaterThanOrEqual(minimum.traps);
  for (const county of NINE) expect(passages.some((p) => !p.trap && p.counties.includes(county)), county).toBe(true);
  for (const p of passages) {
    expect(p.url, p.id).toMatch(/^https?:\/\/\S+$/);
    expect(['zh-Hans', 'zh-Hant', 'en'], p.id).toContain(p.lang);
    expect(p.text.trim().length, p.id).toBeGreaterThan(0);
    if (p.trap) expect(p.counties, `${p.id} is a trap: it is about no Jinhua county`).toEqual([]);
    let last = 0;
    for (const m of p.mentions) {
      expect(p.text.slice(m.start, m.end), `${p.id}:${m.start}`).toBe(m.surface);
      expect(m.start, `${p.id}:${m.start} follows the previous mention`).toBeGreaterThanOrEqual(last);
      expect(m.end, `${p.id}:${m.start}`).toBeGreaterThan(m.start);
      expect(m.place.name, `${p.id}:${m.start}`).toMatch(/\S/);
      if (m.place.adcode) expect(m.place.adcode, `${p.id}:${m.start}`).toMatch(/^3307\d{8}$/);
      if (m.place.in) expect(NINE, `${p.id}:${m.start}`).toContain(m.place.in);
      last = m.end;
    }
    if (p.trap) expect(p.mentions.filter((m) => !contextNames.has(m.place.name)), `${p.id} names no Jinhua place`).toEqual([]);
  }
}

describe('linker quality on new text (tests/fixtures/new-text/passages.json)', () => {
  const passages = readSet('tests/fixtures/new-text/passages.json');

  it('the fixture is consistent: surfaces are slices, sources are pages, and it covers what issue #11 asks', () => {
    checkSet(passages, { passages: 80, traditional: 10, english: 10, traps: 6 });
  });

  // The issue's targets are precision ≥ 0.95 and recall ≥ 0.93; they are not reached yet (README, "Quality"), so this
  // holds the figures reached so far (0.924 / 0.802 when it was written) against a regression, and prints the targets.
  it('holds precision ≥ 0.95 and recall ≥ 0.80 on new text (issue #11 asks 0.95 / 0.93)', () => {
    const overall = measure('new text', passages);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('linker quality on held-out text (tests/fixtures/new-text/held-out-2026-12.json)', () => {
  const passages = readSet('tests/fixtures/new-text/held-out-2026-12.json');

  it('the fixture is consistent: surfaces are slices, sources are pages, and it covers all nine counties, both scripts, English and traps', () => {
    checkSet(passages, { passages: 40, traditional: 8, english: 8, traps: 4 });
  });

  // A regression floor, not the target: when the set was first scored (2026-12-08, gazetteer of 5,236 places) the
  // linker reached precision 0.872 and recall 0.630 here; the floor sits a little below that. Raise it when the linker
  // improves, never by tuning on this set (README, "Quality": its errors are listed by class, not to be fixed one by one).
  it('holds precision ≥ 0.85 and recall ≥ 0.60 on held-out text (issue #11 asks 0.95 / 0.93)', () => {
    const overall = measure('held-out text', passages);
    expect(overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(overall.recall).toBeGreaterThanOrEqual(0.6);
  });
});
