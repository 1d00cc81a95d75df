/**
 * Aho–Corasick automaton: finds every occurrence of every pattern in one pass over the text, whatever the number of
 * patterns (the gazetteer's names and aliases, its English names, the non-place phrases — thousands of strings).
 *
 * Hand-written, like the rest of the linker, because it is the product's core and its hot loop: it works on UTF-16
 * code units (the offsets the app and the CLI use), folds ASCII case in the same table that maps characters to
 * symbols (so English names match case-insensitively at no cost), skips characters that occur in no pattern in one
 * array read, and keeps the trie in typed arrays with one open-addressing table for the edges.
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

export class Automaton {
  /** UTF-16 code unit (case-folded) → symbol; 0 = in no pattern. */
  private readonly symbolOf = new Uint16Array(65536);
  private readonly symbolCount: number;
  /** Root's edges, indexed by symbol (0 = stay at the root). */
  private readonly rootNext: Int32Array;
  /** Other edges: open addressing on key node·symbolCount+symbol (32-bit keys while they fit, as they do for tens of thousands of names). */
  private readonly edgeKeys: Int32Array | Float64Array;
  /** Per node, one bit per symbol mod 32 that has an edge: most lookups that find no edge stop here, without probing. */
  private readonly childMask: Int32Array;
  private readonly edgeTargets: Int32Array;
  private readonly edgeMask: number;
  private readonly fail: Int32Array;
  /** Pattern ending at this node, or -1. */
  private readonly terminal: Int32Array;
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
    // Trie with Map edges while building; compiled to typed arrays below.
    const children: Array<Map<number, number>> = [new Map()];
    const terminal: number[] = [-1];
    const depth: number[] = [0];
    patterns.forEach((pattern, index) => {
      if (!pattern) return;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const s = symbol(pattern.charCodeAt(i));
        let next = children[node]!.get(s);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminal.push(-1);
          depth.push(depth[node]! + 1);
          children[node]!.set(s, next);
        }
        node = next;
      }
      if (terminal[node] === -1) terminal[node] = index;
    });
    if (equivalent) {
      for (let code = 0; code < 65536; code++) {
        const to = equivalent[code]!;
        if (to && this.symbolOf[code] === 0) this.symbolOf[code] = this.symbolOf[to]!;
      }
    }
    this.symbolCount = symbols + 1;
    const nodes = children.length;
    this.terminal = Int32Array.from(terminal);
    this.depth = Int32Array.from(depth);
    this.rootNext = new Int32Array(this.symbolCount);
    let edges = 0;
    for (const c of children) edges += c.size;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.edgeMask = size - 1;
    this.edgeKeys = nodes * this.symbolCount < 2 ** 31 ? new Int32Array(size).fill(-1) : new Float64Array(size).fill(-1);
    this.childMask = new Int32Array(nodes);
    for (let node = 1; node < nodes; node++) for (const s of children[node]!.keys()) this.childMask[node]! |= 1 << (s & 31);
    this.edgeTargets = new Int32Array(size);
    for (const [s, child] of children[0]!) this.rootNext[s] = child;
    for (let node = 1; node < nodes; node++) for (const [s, child] of children[node]!) this.setEdge(node, s, child);

    // Failure and output links, breadth first.
    this.fail = new Int32Array(nodes);
    this.outLink = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let head = 0;
    let tail = 0;
    for (const child of children[0]!.values()) queue[tail++] = child;
    while (head < tail) {
      const node = queue[head++]!;
      for (const [s, child] of children[node]!) {
        let f = this.fail[node]!;
        let target = this.next(f, s);
        while (target < 0) {
          f = this.fail[f]!;
          target = this.next(f, s);
        }
        this.fail[child] = target === child ? 0 : target;
        const fc = this.fail[child]!;
        this.outLink[child] = this.terminal[fc]! >= 0 ? fc : this.outLink[fc]!;
        queue[tail++] = child;
      }
    }
  }

  private slot(node: number, s: number): number {
    const key = node * this.symbolCount + s;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(s, 0x85ebca6b)) & this.edgeMask;
    while (this.edgeKeys[h] !== -1 && this.edgeKeys[h] !== key) h = (h + 1) & this.edgeMask;
    return h;
  }

  private setEdge(node: number, s: number, child: number): void {
    const h = this.slot(node, s);
    this.edgeKeys[h] = node * this.symbolCount + s;
    this.edgeTargets[h] = child;
  }

  /** The edge from `node` on symbol `s`; from the root every symbol has one (back to the root if need be); -1 = none. */
  private next(node: number, s: number): number {
    if (node === 0) return this.rootNext[s]!;
    if (((this.childMask[node]! >>> (s & 31)) & 1) === 0) return -1;
    const h = this.slot(node, s);
    return this.edgeKeys[h] === -1 ? -1 : this.edgeTargets[h]!;
  }

  /** Appends every occurrence (start, end exclusive, pattern index) to `out`, ordered by end, longest first. */
  scan(text: string, out: MatchBuffer): void {
    const { symbolOf, rootNext, fail, terminal, outLink, depth } = this;
    let node = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const s = symbolOf[text.charCodeAt(i)]!;
      if (s === 0) {
        node = 0;
        continue;
      }
      if (node === 0) node = rootNext[s]!;
      else {
        let target = this.next(node, s);
        while (target < 0) {
          node = fail[node]!;
          target = this.next(node, s);
        }
        node = target;
      }
      for (let t = terminal[node]! >= 0 ? node : outLink[node]!; t > 0; t = outLink[t]!) out.push(i + 1 - depth[t]!, i + 1, terminal[t]!);
    }
  }
}
