/** Search snippets: an excerpt of the real text around the matched words, with their offsets. */

import type { Snippet } from './knowledge-store.js';
import { searchTerms } from './search-terms.js';

/**
 * The excerpt of `text` (about `width` characters) around the densest run of words whose stem
 * is in `stems`, cut at word bounds; highlights are offsets into the excerpt. With no match,
 * the opening of the text.
 *
 * 1. Find the matching words. 2. Pick the window start holding the most matches.
 * 3. Widen to word bounds and collect the highlights inside.
 */
export function makeSnippet(text: string, stems: ReadonlySet<string>, width = 200): Snippet {
  // 1. matches
  const terms = searchTerms(text);
  const hits = terms.filter((t) => stems.has(t.stem));
  // 2. densest window
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]!.end - hits[i]!.start <= width) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const anchor = hits[best];
  let start = anchor ? Math.max(0, anchor.start - Math.floor(width / 4)) : 0;
  let end = Math.min(text.length, start + width);
  // 3. word bounds and highlights
  const first = terms.find((t) => t.end > start);
  if (first && first.start < start) start = first.end < end ? first.end : start;
  const last = [...terms].reverse().find((t) => t.start < end);
  if (last && last.end > end) end = last.start > start ? last.start : end;
  const excerpt = text.slice(start, end).trim();
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const s = start + lead;
  const highlights = hits
    .filter((t) => t.start >= s && t.end <= s + excerpt.length)
    .map((t) => ({ start: t.start - s, end: t.end - s }));
  return { text: excerpt, start: s, end: s + excerpt.length, highlights };
}
