/**
 * From tags to mentions: each IOB2 chunk becomes a span of the text, starting after a
 * conjunction or preposition glued to its first word (`بليبيا` → `ليبيا`, `وجماعة …` →
 * `جماعة …`, `لـعملياته` → `عملياته`) and keeping the article (`القاهرة`). A word whose article
 * is elided after ل (`للأمم`) has no span for the name alone and is kept from the ل on.
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import type { EntityType, Mention, MentionSource } from '../record/mention.js';
import type { Token } from '../record/token.js';
import { surfaceIndex } from '../text/clitics.js';
import { isArabicMarkCode } from '../text/tokenize.js';
import { isInside, tagType } from './tags.js';
import type { WordInfo } from './word-info.js';

/** Corpus count from which a word counts as known. */
const KNOWN = 3;

/**
 * True when a word read as ب/ك/ل + the article is a name that merely starts so: the news corpus
 * knows it whole and hardly knows the rest (`كاليفورنيا`, not ك + `اليفورنيا`). The tagger keeps
 * its reading (changing the clitic analysis itself cost 1 F1 on ANERcorp-dev through retraining);
 * only the span keeps the whole word.
 */
function mereLookalike(info: WordInfo): boolean {
  return !info.elidedArticle && /^[\u0628\u0643\u0644]\u0627\u0644/.test(info.norm.slice(info.conjunctionLength)) &&
    info.bareCount >= KNOWN && info.keyCount < KNOWN;
}

/**
 * Where the name starts inside a token: after its conjunction/preposition, if any. When the
 * article is elided after ل (`وللأمم`), or the word only looks like ب/ك + ال (`وكاليفورنيا`),
 * only the conjunction is skipped.
 */
export function nameStart(token: Token, info: WordInfo): number {
  if (info.procliticLength === 0) return token.start;
  if (info.elidedArticle || mereLookalike(info)) {
    // Only a conjunction before the word leaves the span (`وللأمم` → `للأمم`, `وكاليفورنيا` → `كاليفورنيا`).
    return info.conjunctionLength ? token.start + surfaceIndex(token.text, info.conjunctionLength, isArabicMarkCode) : token.start;
  }
  return token.start + surfaceIndex(token.text, info.procliticLength, isArabicMarkCode);
}

/**
 * Mentions of `text` from one tag per token (`tags[i]` for `tokens[i]`, tag indices of `TAGS`).
 * `sources[i]` says which layer set the chunk starting at token i: 1 a rule, 2 document
 * consistency, else the tagger.
 */
export function mentionsFromTags(
  text: string,
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  tags: ArrayLike<number>,
  sources?: ArrayLike<number>,
): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const type = tagType(tags[i]!);
    if (!type) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isInside(tags[j]!) && tagType(tags[j]!) === type) j++;
    const start = nameStart(tokens[i]!, infos[i]!);
    const end = tokens[j - 1]!.end;
    const surface = text.slice(start, end);
    const source: MentionSource = sources?.[i] === 1 ? 'rule' : sources?.[i] === 2 ? 'document' : 'tagger';
    out.push({ start, end, type: type as EntityType, text: surface, norm: normalizeArabic(surface), tokenStart: i, tokenEnd: j, source });
    i = j;
  }
  return out;
}
