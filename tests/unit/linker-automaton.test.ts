import { describe, expect, it } from 'vitest';
import { Automaton, MatchBuffer } from '../../src/lib/linker/automaton.ts';

/** Every occurrence of every pattern by brute force, as "start-end-pattern", sorted. */
function naive(text: string, patterns: string[]): string[] {
  const out: string[] = [];
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  patterns.forEach((p, k) => {
    if (!p || patterns.indexOf(p) !== k) return;
    const key = p.toLowerCase();
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) out.push(`${at}-${at + p.length}-${k}`);
  });
  return out.sort();
}

function scanned(text: string, patterns: string[]): string[] {
  const buffer = new MatchBuffer();
  new Automaton(patterns).scan(text, buffer);
  return Array.from({ length: buffer.count }, (_, i) => `${buffer.starts[i]}-${buffer.ends[i]}-${buffer.patterns[i]}`).sort();
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Aho–Corasick automaton', () => {
  it('finds overlapping and nested occurrences (东阳, 东阳江, 阳江, 东阳江滨景观带)', () => {
    const patterns = ['东阳', '东阳江', '阳江', '东阳江滨景观带', '江滨'];
    const text = '沿着东阳江滨景观带走到东阳';
    expect(scanned(text, patterns)).toEqual(naive(text, patterns));
    expect(scanned(text, patterns)).toHaveLength(6);
  });

  it('matches ASCII letters in either case, and only ASCII letters', () => {
    expect(scanned('DONGYANG, dongyang, DongYang', ['Dongyang'])).toHaveLength(3);
    expect(scanned('ÄBC äbc', ['äbc'])).toEqual(['4-7-0']);
  });

  it('agrees with brute force on random texts and pattern sets', () => {
    const next = random(42);
    // '，' is in no pattern: the scan sends such characters through the failure links like any other.
    const alphabet = ['东', '阳', '义', '乌', '江', 'a', 'B', '金', '华', '，'];
    const word = (max: number) => Array.from({ length: 1 + Math.floor(next() * max) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(5));
      const text = word(80);
      expect(scanned(text, patterns), `${JSON.stringify(patterns)} in ${text}`).toEqual(naive(text, patterns));
    }
  });

  it('reports UTF-16 offsets, also after characters outside the Basic Multilingual Plane', () => {
    expect(scanned('𠀋东阳', ['东阳'])).toEqual(['2-4-0']);
  });
});
