/**
 * Gazetteers: lists of names by kind, matched over token sequences (longest match from each
 * token) on normalized forms, the first token without its conjunction or preposition. Matches
 * are features for the tagger, never tags on their own: exact lookup alone over-tags common
 * words that are also place names. The `club` kind is no feature; the club rules read it to
 * retag, in sports reports only, what the tagger found (club-rules.ts).
 */

import { normalizeArabic } from '../lang/ar/normalize.js';

/** The kinds of names, one bit each in a match mask. Order is part of the model. */
export const GAZETTEER_KINDS = [
  'country', 'place-major', 'place-minor', 'first-name', 'last-name', 'person', 'organization', 'other',
  'wiki-person', 'wiki-organization', 'wiki-place', 'wiki-misc', 'club',
] as const;

/** One kind of name. */
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** Longest entry, in words, that matching looks for. */
export const MAX_ENTRY_WORDS = 8;

interface TrieNode {
  /** Bit mask of the kinds whose entries end here. */
  kinds: number;
  next: Map<string, TrieNode> | null;
}

/** How a token takes part in gazetteer matches: per kind, begins (B) or continues (I) a match. */
export interface GazetteerMatch {
  /** Bit k set when a match of kind k starts at the token. */
  begin: Int32Array;
  /** Bit k set when the token is inside (not first) of a match of kind k. */
  inside: Int32Array;
  /** Bit k set when a match of kind k starting here is a single word. */
  single: Int32Array;
}

/** Normalizes a gazetteer entry into its words, as tokens are normalized. */
export function entryWords(name: string): string[] {
  return normalizeArabic(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** A set of gazetteers, as a word trie. */
export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  private entries = 0;

  /** Number of entries added. */
  get size(): number {
    return this.entries;
  }

  /** Adds `name` (any spelling; normalized here) as a name of `kind`. */
  add(name: string, kind: GazetteerKind): void {
    this.addWords(entryWords(name), kind);
  }

  /** Adds an entry given as normalized words. */
  addWords(words: readonly string[], kind: GazetteerKind): void {
    if (words.length === 0 || words.length > MAX_ENTRY_WORDS) return;
    const bit = 1 << GAZETTEER_KINDS.indexOf(kind);
    let level = this.root;
    let node: TrieNode | undefined;
    for (let i = 0; i < words.length; i++) {
      node = level.get(words[i]!);
      if (!node) {
        node = { kinds: 0, next: null };
        level.set(words[i]!, node);
      }
      if (i < words.length - 1) level = node.next ??= new Map();
    }
    if ((node!.kinds & bit) === 0) this.entries++;
    node!.kinds |= bit;
  }

  /** Kinds (bit mask) of the entry that is exactly `words` (normalized), 0 when there is none. */
  kindsOf(words: readonly string[]): number {
    let node = this.root.get(words[0] ?? '');
    for (let i = 1; node && i < words.length; i++) node = node.next?.get(words[i]!);
    return node?.kinds ?? 0;
  }

  /**
   * Matches over a sentence. `first[i]` is token i's form when a match starts there (without
   * conjunction or preposition), `norm[i]` its form inside a match. For each start and kind,
   * only the longest match counts.
   */
  match(first: readonly string[], norm: readonly string[]): GazetteerMatch {
    const n = first.length;
    const m: GazetteerMatch = { begin: new Int32Array(n), inside: new Int32Array(n), single: new Int32Array(n) };
    if (this.root.size === 0) return m;
    for (let i = 0; i < n; i++) {
      let node = this.root.get(first[i]!);
      if (!node) continue;
      // Longest end per kind from this start.
      let seen = 0;
      const ends: number[] = [];
      let j = i;
      for (;;) {
        if (node.kinds) ends.push(j, node.kinds);
        if (!node.next || j + 1 >= n || j + 1 - i >= MAX_ENTRY_WORDS) break;
        const nx: TrieNode | undefined = node.next.get(norm[j + 1]!);
        if (!nx) break;
        node = nx;
        j++;
      }
      for (let e = ends.length - 2; e >= 0; e -= 2) {
        const end = ends[e]!;
        const kinds = ends[e + 1]! & ~seen;
        if (!kinds) continue;
        seen |= kinds;
        m.begin[i]! |= kinds;
        if (end === i) m.single[i]! |= kinds;
        for (let k = i + 1; k <= end; k++) m.inside[k]! |= kinds;
      }
    }
    return m;
  }

  /** Serializes as lines `kindIndex\tname words`. */
  toLines(): string[] {
    const out: string[] = [];
    const walk = (level: Map<string, TrieNode>, prefix: string[]): void => {
      for (const [w, node] of level) {
        const words = [...prefix, w];
        for (let k = 0; k < GAZETTEER_KINDS.length; k++) if (node.kinds & (1 << k)) out.push(`${k}\t${words.join(' ')}`);
        if (node.next) walk(node.next, words);
      }
    };
    walk(this.root, []);
    return out;
  }

  /** Reads what `toLines` wrote (entries are already normalized). */
  static fromLines(text: string): Gazetteer {
    const g = new Gazetteer();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const kind = GAZETTEER_KINDS[Number(line.slice(0, tab))];
      if (kind) g.addWords(line.slice(tab + 1).split(' '), kind);
    }
    return g;
  }
}
