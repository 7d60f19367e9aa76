/**
 * The knowledge-base alias matcher: finds actors' names in the tokens where the recognizer
 * found nothing (`سي آي إيه` after `وكالة الاستخبارات المركزية الأمريكية`) or only part of the
 * name (`حركة أنصار الشريعة في ليبيا` over the recognizer's `ليبيا`), longest match first, on
 * normalized word keys; a conjunction or preposition glued to the first word is set aside and
 * left out of the span. Weak names (`القاعدة`) are looked for only for actors the document
 * already names, and only with their article.
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import type { EntityType } from '../record/mention.js';
import type { Token } from '../record/token.js';
import type { KnowledgeBase, ScanEntry } from './knowledge-base.js';
import { wordKey } from './name-key.js';

/** A name found by the scanner. */
export interface AliasHit {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  actor: string;
  /** Indexes (in the `mentions` given to `scan`) of the recognizer mentions the name swallows. */
  swallowed: number[];
}

/** A recognizer mention as the scanner sees it: its tokens and characters. */
export interface ScanMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
}

/** What one scan may use. */
export interface ScanOptions {
  /**
   * The recognizer's mentions. A name may swallow whole mentions when it is longer than each
   * (`حركة أنصار الشريعة في ليبيا` over `ليبيا`); tokens of mentions are otherwise skipped.
   * Default: none (tokens in `covered` are skipped).
   */
  mentions?: readonly ScanMention[];
  /** Scan the weak names of these actors instead of the strong names of all. */
  weakFor?: ReadonlySet<string>;
  /**
   * With `weakFor`: true when the words before token `i` make any weak name a name there (`قوات
   * الأسد`: forces are named after a person, so `الأسد` is Assad). Default: never.
   */
  weakContext?: (i: number) => boolean;
  /** Picks one actor when a name belongs to several (`أنصار الشريعة في …`); default: none is taken. */
  choose?: (actors: readonly string[]) => string | null;
}

/**
 * Words after a weak name that make it a common noun (`القاعدة العسكرية` is a base, not
 * al-Qaeda). Seen on the claims development set (test/fixtures/claims).
 */
const WEAK_BLOCKERS = new Set(['العسكرية', 'الجوية', 'البحرية', 'الأمريكية', 'الأميركية', 'الروسية', 'الأساسية', 'الذهبية', 'الشعبية', 'القانونية'].map(wordKey));

interface Node {
  actors: string[];
  /** The weak name as written, for the article check. */
  weak: string | null;
  next: Map<string, Node>;
}

/** Single letters that may be glued before a name (`ول`, `وب` combinations are tried too). */
const PROCLITICS = /^(?:[وف]?[بلك]|[وف])/;

function trie(entries: readonly ScanEntry[]): Node {
  const root: Node = { actors: [], weak: null, next: new Map() };
  for (const e of entries) {
    let node = root;
    for (const w of e.words) {
      let n = node.next.get(w);
      if (!n) node.next.set(w, (n = { actors: [], weak: null, next: new Map() }));
      node = n;
    }
    if (!node.actors.includes(e.actor)) node.actors.push(e.actor);
    if (e.weak) node.weak = e.weak;
  }
  return root;
}

/** A trie of the knowledge base's scannable names. */
export class AliasScanner {
  private readonly strong: Node;
  private readonly weak: Node;

  constructor(kb: KnowledgeBase) {
    this.strong = trie(kb.scanEntries);
    this.weak = trie(kb.weakEntries);
  }

  /**
   * Scans `tokens` and returns non-overlapping hits of one actor each. Numbered steps:
   * 1. a hit starts on a token outside `covered`, or on the first token of a mention;
   * 2. it may run over whole mentions, and is taken only when it ends past every mention it
   *    entered and is longer than each (so the recognizer's full names stay theirs); it may
   *    extend a person or organization only to the right (`الدرك` → `الدرك الوطني الجزائري`),
   *    never take in the head noun the recognizer left out (`تنظيم داعش`), but may take a place
   *    inside a name (`حركة أنصار الشريعة في ليبيا`);
   * 3. a name of several actors is taken when `choose` picks one; a weak name needs its article
   *    as written and no blocking word after it.
   */
  scan(tokens: readonly Token[], covered: ReadonlySet<number>, options: ScanOptions = {}): AliasHit[] {
    const mentions = options.mentions ?? [];
    const startsAt = new Map<number, number>();
    mentions.forEach((m, k) => {
      if (!startsAt.has(m.tokenStart)) startsAt.set(m.tokenStart, k);
    });
    const root = options.weakFor ? this.weak : this.strong;
    const hits: AliasHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // 1.
      if (covered.has(i) && !startsAt.has(i)) continue;
      const first = tokens[i]!;
      const open = !!options.weakFor && !!options.weakContext?.(i);
      let best: AliasHit | null = null;
      for (const { key, skip } of firstKeys(first)) {
        let node = root.next.get(key);
        let j = i;
        const entered: number[] = [];
        let reach = 0;
        const enter = (t: number): boolean => {
          const k = startsAt.get(t);
          if (k === undefined) return !covered.has(t) || t < reach;
          // A person's name the recognizer cut in two (عبد ربه | منصور هادي) may be joined.
          const joinsPerson = mentions[k]!.type === 'PER' && startsAt.has(i) && mentions[startsAt.get(i)!]!.type === 'PER';
          if (t > i && (mentions[k]!.type === 'PER' || mentions[k]!.type === 'ORG') && !joinsPerson) return false;
          entered.push(k);
          reach = Math.max(reach, mentions[k]!.tokenEnd);
          return true;
        };
        if (!enter(i)) continue;
        while (node) {
          // 2–3.
          const actor = node.actors.length ? this.pick(node, options, open) : null;
          if (actor && j + 1 >= reach && (!best || j + 1 > best.tokenEnd)) {
            const start = first.start + skip;
            const end = tokens[j]!.end;
            const longer = entered.every((k) => end - start > mentions[k]!.end - mentions[k]!.start);
            const weakOk = !node.weak || weakFits(tokens, i, j, skip, node.weak);
            if (longer && weakOk) best = { start, end, tokenStart: i, tokenEnd: j + 1, actor, swallowed: [...entered] };
          }
          j++;
          const t = tokens[j];
          if (!t || t.kind === 'punct' || !enter(j)) break;
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

  private pick(node: Node, options: ScanOptions, open: boolean): string | null {
    const ids = options.weakFor && !open ? node.actors.filter((a) => options.weakFor!.has(a)) : node.actors;
    if (ids.length === 1) return ids[0]!;
    if (ids.length === 0 || !options.choose) return null;
    return options.choose(ids);
  }
}

/** A weak name matches only with the article it is written with, and not before a blocking word. */
function weakFits(tokens: readonly Token[], i: number, j: number, skip: number, weak: string): boolean {
  const next = tokens[j + 1];
  if (next && WEAK_BLOCKERS.has(wordKey(next.text))) return false;
  const words = weak.split(/\s+/);
  for (let w = 0; w < words.length && i + w <= j; w++) {
    if (!normalizeArabic(words[w]!).startsWith('ال')) continue;
    const t = tokens[i + w]!;
    const surface = normalizeArabic(w === 0 ? t.text.slice(skip) : t.text);
    // للتنظيم: ل + التنظيم with the article's alef dropped.
    const lilArticle = w === 0 && skip > 0 && /ل$/.test(t.text.slice(0, skip)) && surface.startsWith('ل');
    if (!surface.startsWith('ال') && !lilArticle) return false;
  }
  return true;
}

/** Keys of a first word: as written, then without glued proclitics (with how many characters they take). */
function firstKeys(t: Token): { key: string; skip: number }[] {
  const out = [{ key: wordKey(t.text), skip: 0 }];
  const m = PROCLITICS.exec(t.text);
  if (m && t.text.length - m[0].length >= 2) {
    for (let n = m[0].length; n >= 1; n--) {
      const rest = t.text.slice(n);
      out.push({ key: wordKey(rest), skip: n });
      // ل + the article writes لل (للجيش = ل + الجيش): the span keeps the whole word from the
      // first ل, as the recognizer's does (the text has no span for الجيش alone).
      if (t.text[n - 1] === 'ل' && rest.startsWith('ل') && rest.length > 2) out.push({ key: wordKey(`ا${rest}`), skip: n - 1 });
    }
  }
  return out.filter((k) => k.key);
}
