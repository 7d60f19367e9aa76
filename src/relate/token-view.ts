/** A view of a document's tokens for the relate stage: folded keys, readings, punctuation tests. */

import type { Token } from '../record/token.js';
import { fold, readings, type Reading } from './word-forms.js';

const QUOTES = new Set(['«', '»', '"', '“', '”', "'", '‘', '’', '(', ')', '[', ']', '‹', '›']);
const COMMAS = new Set(['،', ',', '؛', ';']);
const STOPS = new Set(['.', '؟', '?', '!', '…', ':']);

/** Folded keys and lazily computed readings of every token of a document. */
export class TokenView {
  /** Folded normalized form of each token (`TokenView.key`). */
  readonly keys: string[];
  private readonly readingCache: (Reading[] | undefined)[];

  constructor(readonly tokens: readonly Token[]) {
    this.keys = tokens.map((t) => (t.kind === 'arabic' ? fold(t.norm) : t.norm));
    this.readingCache = new Array<Reading[] | undefined>(tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  /** The readings of token `i` (Arabic words only; others read as themselves). */
  readings(i: number): Reading[] {
    let r = this.readingCache[i];
    if (!r) {
      const t = this.tokens[i];
      r = t && t.kind === 'arabic' ? readings(this.keys[i]!, /\u0629[\u064B-\u065F]*$/.test(t.text)) : [{ core: this.keys[i] ?? '', conj: '', prep: '', article: false, suffix: '' }];
      this.readingCache[i] = r;
    }
    return r;
  }

  /** True when some reading of token `i` has its core in `set` (article and clitics allowed). */
  hasCore(i: number, set: ReadonlySet<string>): Reading | null {
    for (const r of this.readings(i)) if (set.has(r.core)) return r;
    return null;
  }

  /** True when token `i` is a quotation mark or bracket (transparent for most patterns). */
  isQuote(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.kind !== 'arabic' && QUOTES.has(t.text);
  }

  isComma(i: number): boolean {
    const t = this.tokens[i];
    return !!t && COMMAS.has(t.text);
  }

  /** A full stop, question or exclamation mark, or a colon. */
  isStop(i: number): boolean {
    const t = this.tokens[i];
    return !!t && STOPS.has(t.text);
  }

  isPunct(i: number): boolean {
    const t = this.tokens[i];
    return !!t && (t.kind === 'punct' || t.kind === 'symbol');
  }

  /** Index of the next token after `i` that is not a quotation mark, or -1 past `end`. */
  next(i: number, end: number): number {
    let j = i + 1;
    while (j < end && this.isQuote(j)) j++;
    return j < end ? j : -1;
  }

  /** Index of the previous token before `i` that is not a quotation mark, or -1 before `start`. */
  prev(i: number, start: number): number {
    let j = i - 1;
    while (j >= start && this.isQuote(j)) j--;
    return j >= start ? j : -1;
  }

  /** Index of the token that contains character `pos`, or the first token after it. */
  tokenAt(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    let ans = this.tokens.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end > pos) {
        ans = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return ans;
  }
}
