/**
 * The knowledge-base alias matcher: finds actors' names in the tokens where the recognizer
 * found nothing (`سي آي إيه` after `وكالة الاستخبارات المركزية الأمريكية`), longest match first,
 * on normalized word keys; a conjunction or preposition glued to the first word is set aside
 * and left out of the span.
 */

import type { Token } from '../record/token.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { wordKey } from './name-key.js';

/** A name found by the scanner. */
export interface AliasHit {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  actor: string;
}

interface Node {
  actors: string[];
  next: Map<string, Node>;
}

/** Single letters that may be glued before a name (`ول`, `وب` combinations are tried too). */
const PROCLITICS = /^(?:[وف]?[بلك]|[وف])/;

/** A trie of the knowledge base's scannable names. */
export class AliasScanner {
  private readonly root: Node = { actors: [], next: new Map() };

  constructor(kb: KnowledgeBase) {
    for (const e of kb.scanEntries) {
      let node = this.root;
      for (const w of e.words) {
        let n = node.next.get(w);
        if (!n) node.next.set(w, (n = { actors: [], next: new Map() }));
        node = n;
      }
      if (!node.actors.includes(e.actor)) node.actors.push(e.actor);
    }
  }

  /** Scans `tokens`, skipping those in `covered`, and returns non-overlapping hits of one actor each. */
  scan(tokens: readonly Token[], covered: ReadonlySet<number>): AliasHit[] {
    const hits: AliasHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (covered.has(i)) continue;
      const first = tokens[i]!;
      let best: AliasHit | null = null;
      for (const { key, skip } of firstKeys(first)) {
        let node = this.root.next.get(key);
        let j = i;
        while (node) {
          if (node.actors.length === 1 && (!best || j + 1 > best.tokenEnd)) {
            best = { start: first.start + skip, end: tokens[j]!.end, tokenStart: i, tokenEnd: j + 1, actor: node.actors[0]! };
          }
          j++;
          const t = tokens[j];
          if (!t || covered.has(j) || t.kind === 'punct') break;
          node = node.next.get(wordKey(t.text));
        }
      }
      if (best) {
        hits.push(best);
        i = best.tokenEnd - 1;
      }
    }
    return hits;
  }
}

/** Keys of a first word: as written, then without glued proclitics (with how many characters they take). */
function firstKeys(t: Token): { key: string; skip: number }[] {
  const out = [{ key: wordKey(t.text), skip: 0 }];
  const m = PROCLITICS.exec(t.text);
  if (m && t.text.length - m[0].length >= 2) {
    for (let n = m[0].length; n >= 1; n--) out.push({ key: wordKey(t.text.slice(n)), skip: n });
  }
  return out.filter((k) => k.key);
}
