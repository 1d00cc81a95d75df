/**
 * Aho–Corasick automaton: finds every occurrence of every pattern in one pass over the text, whatever the number of
 * patterns (the gazetteer's names and aliases, its English names, the non-place phrases — thousands of strings).
 *
 * Hand-written, like the rest of the linker, because it is the product's core and its hot loop: it works on UTF-16
 * code units (the offsets the app and the CLI use), folds ASCII case in the same table that maps characters to
 * symbols (so English names match case-insensitively at no cost), and keeps the trie in typed arrays, its edges in a
 * double array.
 */

/** Where the occurrences go: parallel arrays, grown as needed, so a scan allocates almost nothing. */
export class MatchBuffer {
  count = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  patterns = new Int32Array(256);

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, pattern: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.patterns = grow(this.patterns);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.patterns[this.count] = pattern;
    this.count++;
  }
}

const fold = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** A slot no node's edge uses (node ids are ≥ 0). */
const FREE = -1;

export class Automaton {
  /** UTF-16 code unit (case-folded) → symbol; 0 = in no pattern. */
  private readonly symbolOf = new Uint16Array(65536);
  /**
   * The trie's edges as a double array (what `@monyone/aho-corasick/fast` uses, here over our folded symbols): node ids
   * are slots, and the child of `node` on symbol `s` is the slot `base[node] + s` when `check` of that slot is `node`.
   * One addition and one comparison per step, where a hash table hashes, probes and compares keys.
   */
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  /**
   * The root's transitions by symbol, including "stay at the root" (0) for the symbols that begin no pattern and for
   * symbol 0: the root is where the scan spends most characters, and there a table read needs no check.
   */
  private readonly rootNext: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern ending at this node, or -1. */
  private readonly terminal: Int32Array;
  /** The node itself if it ends a pattern, else the nearest node on its failure chain that does; 0 for none. */
  private readonly output: Int32Array;
  /** Nearest node on the failure chain that ends a pattern, or 0 for none. */
  private readonly outLink: Int32Array;
  private readonly depth: Int32Array;

  /**
   * `patterns` are matched as given except that ASCII letters match either case and, with `equivalent` (code unit →
   * code unit, 0 = itself; e.g. traditional → simplified), a character matches its equivalent. Folding happens in the
   * table that maps characters to symbols, so it costs the scan nothing. Empty patterns are ignored.
   */
  constructor(patterns: readonly string[], equivalent?: Uint16Array) {
    let symbols = 0;
    const symbol = (code: number) => {
      const folded = fold(equivalent?.[code] || code);
      if (this.symbolOf[folded] === 0) {
        this.symbolOf[folded] = ++symbols;
        if (folded !== code) this.symbolOf[code] = symbols;
        else if (code >= 97 && code <= 122) this.symbolOf[code - 32] = symbols;
      }
      return this.symbolOf[folded]!;
    };
    for (const pattern of patterns) for (let i = 0; i < pattern.length; i++) symbol(pattern.charCodeAt(i));
    if (equivalent) {
      for (let code = 0; code < 65536; code++) {
        const to = equivalent[code]!;
        if (to && this.symbolOf[code] === 0) this.symbolOf[code] = this.symbolOf[to]!;
      }
    }
    const symbolCount = symbols + 1;

    // The trie, nodes numbered as they are made (the root is 0), each with its parent and the symbol that leads to
    // it; one Map finds an edge while building (a Map per node would be tens of thousands of Maps).
    const parentOf = [-1];
    const symbolTo = [0];
    const patternAt = [-1];
    const edge = new Map<number, number>();
    patterns.forEach((pattern, index) => {
      if (!pattern) return;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const s = this.symbolOf[pattern.charCodeAt(i)]!;
        const key = node * symbolCount + s;
        let next = edge.get(key);
        if (next === undefined) {
          next = parentOf.length;
          parentOf.push(node);
          symbolTo.push(s);
          patternAt.push(-1);
          edge.set(key, next);
        }
        node = next;
      }
      if (patternAt[node] === -1) patternAt[node] = index;
    });
    const nodes = parentOf.length;
    // Each node's children, contiguous: those of `node` are children[firstChild[node] … firstChild[node + 1]).
    const firstChild = new Int32Array(nodes + 1);
    for (let node = 1; node < nodes; node++) firstChild[parentOf[node]! + 1]!++;
    for (let node = 0; node < nodes; node++) firstChild[node + 1]! += firstChild[node]!;
    const children = new Int32Array(nodes);
    const filled = firstChild.slice(0, nodes);
    for (let node = 1; node < nodes; node++) children[filled[parentOf[node]!]!++] = node;

    // Lay the trie out breadth first: each node gets the lowest base whose slots for its children's symbols are all
    // free. `nextFree` finds the lowest free slot at or after a slot (a union–find over used slots, so the search
    // skips the packed part of the array instead of walking it for each node).
    const slotOf = new Int32Array(nodes);
    const identity = (length: number) => {
      const a = new Int32Array(length);
      for (let i = 0; i < length; i++) a[i] = i;
      return a;
    };
    let check = new Int32Array(Math.max(1024, nodes * 2)).fill(FREE);
    let base = new Int32Array(check.length);
    let skip = identity(check.length + 1);
    const ensure = (size: number) => {
      if (size <= check.length) return;
      let length = check.length;
      while (length < size) length *= 2;
      const grownCheck = new Int32Array(length).fill(FREE);
      grownCheck.set(check);
      const grownBase = new Int32Array(length);
      grownBase.set(base);
      const grownSkip = identity(length + 1);
      grownSkip.set(skip.subarray(0, check.length));
      check = grownCheck;
      base = grownBase;
      skip = grownSkip;
    };
    const nextFree = (slot: number): number => {
      ensure(slot + 1);
      let free = slot;
      while (skip[free] !== free) free = skip[free]!;
      while (slot !== free) {
        const next = skip[slot]!;
        skip[slot] = free;
        slot = next;
      }
      return free;
    };
    // Slot 0 is the root's own: every base is ≥ 0 and every symbol ≥ 1, so no child lands there.
    let used = 1;
    const order = new Int32Array(nodes);
    let queued = 1;
    for (let head = 0; head < queued; head++) {
      const node = order[head]!;
      const from = firstChild[node]!;
      const to = firstChild[node + 1]!;
      if (from === to) continue;
      let lowest = Infinity;
      let highest = 0;
      for (let k = from; k < to; k++) {
        lowest = Math.min(lowest, symbolTo[children[k]!]!);
        highest = Math.max(highest, symbolTo[children[k]!]!);
      }
      // The lowest symbol goes to the lowest free slot that leaves room for the others.
      let b = nextFree(lowest) - lowest;
      for (;;) {
        ensure(b + highest + 1);
        let fits = true;
        for (let k = from; k < to && fits; k++) fits = check[b + symbolTo[children[k]!]!] === FREE;
        if (fits) break;
        b = nextFree(b + lowest + 1) - lowest;
      }
      base[slotOf[node]!] = b;
      for (let k = from; k < to; k++) {
        const child = children[k]!;
        const slot = b + symbolTo[child]!;
        check[slot] = slotOf[node]!;
        skip[slot] = slot + 1;
        slotOf[child] = slot;
        order[queued++] = child;
      }
      used = Math.max(used, b + highest + 1);
    }
    // Every base + symbol lands inside the arrays (a leaf's base is 0): a lookup never reads past their end.
    const size = used + symbolCount;
    ensure(size);
    this.base = base.slice(0, size);
    this.check = check.slice(0, size);

    // Per slot: the pattern ending there, the depth, and the failure and output links, breadth first.
    this.rootNext = new Int32Array(symbolCount);
    this.terminal = new Int32Array(size).fill(-1);
    this.depth = new Int32Array(size);
    this.fail = new Int32Array(size);
    this.outLink = new Int32Array(size);
    this.output = new Int32Array(size);
    for (let head = 1; head < nodes; head++) {
      const node = order[head]!;
      const slot = slotOf[node]!;
      const parent = slotOf[parentOf[node]!]!;
      const s = symbolTo[node]!;
      this.terminal[slot] = patternAt[node]!;
      this.depth[slot] = this.depth[parent]! + 1;
      if (parent === 0) this.rootNext[s] = slot;
      const f = parent === 0 ? 0 : this.step(this.fail[parent]!, s);
      this.fail[slot] = f;
      this.outLink[slot] = this.terminal[f]! >= 0 ? f : this.outLink[f]!;
      this.output[slot] = this.terminal[slot]! >= 0 ? slot : this.outLink[slot]!;
    }
  }

  /**
   * The node the automaton goes to from `node` on symbol `s` (0 included: no node has an edge on it), following
   * failure links down to the root.
   */
  private step(node: number, s: number): number {
    const { base, check, fail, rootNext } = this;
    while (node !== 0) {
      const slot = base[node]! + s;
      if (check[slot] === node) return slot;
      node = fail[node]!;
    }
    return rootNext[s]!;
  }

  /** Appends every occurrence (start, end exclusive, pattern index) to `out`, ordered by end, longest first. */
  scan(text: string, out: MatchBuffer): void {
    const { symbolOf, output, outLink, depth, terminal } = this;
    let node = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      // Also a character in no pattern (symbol 0) goes through `step`: measured, one branch fewer per character
      // costs less than walking the failure chain to the root on those characters.
      node = this.step(node, symbolOf[text.charCodeAt(i)]!);
      for (let t = output[node]!; t > 0; t = outLink[t]!) out.push(i + 1 - depth[t]!, i + 1, terminal[t]!);
    }
  }
}
