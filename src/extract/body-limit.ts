/** The body size cap: later stages hold every token in memory, so a runaway page is cut, with a message. */

import { sourceEnd, sourceStart, type OffsetMap, type Segment } from '../record/offset-map.js';
import type { Span } from '../record/span.js';
import type { WrittenBody } from './body-writer.js';

/**
 * Most characters of body text the pipeline analyzes: 200,000 is about 35,000 words, several times
 * the longest article in the 31k SaudiNewsNet corpus. A 50 MB page of text (test/bad-input.test.ts)
 * would otherwise need several GB for tokens, mentions and claims. Rerun that test after changing it.
 */
export const MAX_BODY_CHARS = 200_000;

/** A body cut to the cap, and the input span of what was left out (null when nothing was). */
export interface LimitedBody {
  body: WrittenBody;
  dropped: Span | null;
}

/**
 * Cuts `written` to at most `max` characters: at the last block that ends within the cap, or
 * inside the first block at a white space when even that one is longer.
 */
export function limitBody(written: WrittenBody, max = MAX_BODY_CHARS): LimitedBody {
  if (written.body.length <= max) return { body: written, dropped: null };
  const whole = written.blocks.filter((b) => b.end <= max);
  let cut = whole.length > 0 ? whole[whole.length - 1]!.end : written.body.lastIndexOf(' ', max);
  if (cut <= 0) cut = max;
  const blocks = whole.length > 0 ? whole : written.blocks.slice(0, 1).map((b) => ({ ...b, end: Math.min(b.end, cut) }));
  const map = truncateMap(written.map, cut);
  const next = written.blocks.find((b) => b.start >= cut);
  const dropped = { start: sourceStart(written.map, next ? next.start : cut), end: sourceEnd(written.map, written.body.length) };
  return { body: { body: written.body.slice(0, cut), blocks, map }, dropped };
}

/** The map of the first `length` characters of a derived text. */
function truncateMap(map: OffsetMap, length: number): OffsetMap {
  const segments: Segment[] = [];
  for (const s of map.segments) {
    if (s[0] >= length) break;
    if (s[1] <= length) {
      segments.push([...s]);
    } else if (s[1] - s[0] === s[3] - s[2]) {
      segments.push([s[0], length, s[2], s[2] + (length - s[0])]);
    } else {
      segments.push([s[0], length, s[2], s[3]]);
    }
  }
  return { length, sourceLength: map.sourceLength, segments };
}
