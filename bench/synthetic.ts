/** Inputs shared by the linker and corpus benchmarks: the real corpus and gazetteer, scaled up deterministically. */
import { fileURLToPath } from 'node:url';
import { readInputs } from '../scripts/atlas-pipeline.ts';
import type { AtlasInputs } from '../src/lib/pipeline/build-atlas.ts';
import type { LinkablePlace } from '../src/lib/linker/index.ts';

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
