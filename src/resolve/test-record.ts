/** Test helper: a record with text, tokens and hand-made mentions, as the recognizer would give them. */

import type { EntityType, Mention } from '../record/mention.js';
import type { DocumentRecord } from '../record/document.js';
import { identityMap } from '../record/offset-map.js';
import { tokenStage } from '../text/token-stage.js';
import { nameKey } from './name-key.js';

/** A mention by its surface text and which occurrence (0-based) in the text it is. */
export type MentionSpec = [text: string, type: EntityType, occurrence?: number];

/**
 * Builds a record over `text` with tokens from the tokenize stage and mentions at the given
 * occurrences. Throws when an occurrence is missing (a broken test).
 */
export function recordWithMentions(text: string, specs: readonly MentionSpec[]): DocumentRecord {
  let doc: DocumentRecord = {
    raw: { bytes: new Uint8Array(), url: null, path: null, contentType: null, fetchedAt: '2024-01-01T00:00:00Z' },
    text: { text, map: identityMap(text.length), blocks: [], title: null },
    messages: [],
  };
  doc = tokenStage.run(doc, () => undefined);
  const tokens = doc.tokens!.tokens;
  const mentions: Mention[] = specs.map(([surface, type, occurrence = 0]) => {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) throw new Error(`test mention '${surface}' #${occurrence} is not in the text`);
    }
    const end = at + surface.length;
    const tokenStart = tokens.findIndex((t) => t.end > at);
    let tokenEnd = tokens.findIndex((t) => t.start >= end);
    if (tokenEnd < 0) tokenEnd = tokens.length;
    return { start: at, end, type, text: surface, norm: nameKey(surface), tokenStart, tokenEnd, source: 'rule' };
  });
  mentions.sort((a, b) => a.start - b.start);
  return { ...doc, mentions };
}
