/** The tokenize stage: `text` → `tokens` (tokens with clitic analysis, and sentences). */

import type { DocumentRecord } from '../record/document.js';
import type { Stage } from '../pipeline/stage.js';
import type { WordCounts } from './clitics.js';
import { splitSentences } from './sentence-split.js';
import { tokenizeAnalyzed } from './tokenize-analyze.js';

/** Options settled when the stage is built. */
export interface TokenStageOptions {
  /**
   * Word counts of a news corpus, which let the clitic analysis split `وجماعة` and `بليبيا`
   * but not `وزير` or `بنغازي`. Default: none, and only the article forms are split
   * (`والقاهرة`, `للتحقيق`) plus clitics marked by a tatweel (`لـعملياته`).
   * `loadNerResources().counts` gives the recognizer's own.
   */
  counts?: WordCounts;
}

/** Builds a tokenize stage (name `tokenize`, requires `text`, assigns `tokens`). */
export function createTokenStage(options: TokenStageOptions = {}): Stage {
  const { counts } = options;
  return Object.freeze({
    name: 'tokenize',
    requires: ['text'] as const,
    assigns: ['tokens'] as const,
    run(doc: DocumentRecord): DocumentRecord {
      const text = doc.text?.text ?? '';
      const tokens = tokenizeAnalyzed(text, counts);
      return { ...doc, tokens: { tokens, sentences: splitSentences(text, tokens) } };
    },
  });
}

/** The tokenize stage without corpus counts (see `createTokenStage`). */
export const tokenStage: Stage = createTokenStage();
