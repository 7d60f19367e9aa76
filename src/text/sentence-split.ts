/**
 * Sentence splitting over tokens: a sentence ends after . ؟ ! ? … (with the closing quotes
 * and brackets that follow) and at every line break. Abbreviations (`د.`, `ق.م`), initials and
 * decimals (`3.5`) never end one because the tokenizer keeps their periods inside the token.
 */

import type { Sentence, Token } from '../record/token.js';

const TERMINAL = /^[.؟!?…]+$/;
const CLOSING = new Set(['»', ')', ']', '"', '”', "'", '’', '›', '}']);

/** True when a line break lies in `text` between positions `from` and `to`. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Groups `tokens` of `text` into sentences, in order; every token belongs to exactly one. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (endIndex: number): void => {
    if (endIndex <= first) return;
    out.push({ start: tokens[first]!.start, end: tokens[endIndex - 1]!.end, tokenStart: first, tokenEnd: endIndex });
    first = endIndex;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (t.kind === 'punct' && TERMINAL.test(t.text)) {
      // Closing quotes and brackets that follow on the same line stay with the sentence.
      let j = i + 1;
      while (j < tokens.length && CLOSING.has(tokens[j]!.text) && !hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start)) j++;
      close(j);
      i = j - 1;
      continue;
    }
    if (hasLineBreak(text, t.end, next.start)) close(i + 1);
  }
  close(tokens.length);
  return out;
}
