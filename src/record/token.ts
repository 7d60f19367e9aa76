/** Tokens and sentences: the text stage's segmentation of `TextLayer.text`, clitics kept apart. */

import type { Span } from './span.js';

/** What a token is made of. */
export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct' | 'symbol' | 'mixed';

/**
 * One surface token of `TextLayer.text`: `[start, end)` covers the whole written word, which
 * is never split for output. `stemStart`/`stemEnd` cover the part left once the clitics that
 * the analysis is sure of are set aside (`بليبيا` → `ليبيا`), so a mention can exclude them.
 */
export interface Token extends Span {
  /** The surface form, `text.slice(start, end)`. */
  text: string;
  kind: TokenKind;
  /** Normalized for matching (alef forms, ى, ة, no diacritics or tatweel; ASCII digits). */
  norm: string;
  /** Proclitics in reading order, normalized, e.g. `['و', 'ال']`; `ال` included. */
  prefixes: string[];
  /** The enclitic pronoun, normalized (`ه`, `ها`, `هم` …), or '' when there is none. */
  suffix: string;
  /** Normalized stem: `norm` without `prefixes` and `suffix`. */
  stem: string;
  /** Span of the stem with any `ال` kept: what remains after the conjunction/preposition. */
  stemStart: number;
  stemEnd: number;
}

/** A sentence: a span of the text and the half-open range of its tokens. */
export interface Sentence extends Span {
  /** Index of the first token. */
  tokenStart: number;
  /** One past the index of the last token. */
  tokenEnd: number;
}

/** The token layer of a document. */
export interface TokenLayer {
  tokens: Token[];
  sentences: Sentence[];
}
