/** Mentions: spans of `TextLayer.text` that name a person, organization, place or other entity. */

import type { Span } from './span.js';

/** Coarse entity types of the recognizer, as ANERcorp and CoNLL use them. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Where a mention came from: the statistical tagger, a rule over it, or the same name elsewhere in the document. */
export type MentionSource = 'tagger' | 'rule' | 'document';

/**
 * One mention. The span excludes a leading conjunction or preposition glued to the name
 * (`بليبيا` → `ليبيا`) and keeps `ال` (`القاهرة`).
 */
export interface Mention extends Span {
  type: EntityType;
  /** `text.slice(start, end)`. */
  text: string;
  /** Normalized form of `text`, for matching and resolution. */
  norm: string;
  /** Index of the first and one past the last token it covers. */
  tokenStart: number;
  tokenEnd: number;
  source: MentionSource;
}
