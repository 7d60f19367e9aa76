/** Offset maps: how each character of a derived text traces back to the text it came from. */

import type { Span } from './span.js';

/**
 * One run of a derived text and where it came from, `[outStart, outEnd) ← [srcStart, srcEnd)`.
 *
 * When both sides have the same length the run is a verbatim copy and maps character by
 * character. Otherwise it is one indivisible replacement (a decoded `&amp;`, a repaired `Œ`, an
 * inserted space with `srcStart === srcEnd`): any position inside it maps to the whole source run.
 * Source text that no segment covers was dropped (markup, tatweel, a zero-width character).
 */
export type Segment = [outStart: number, outEnd: number, srcStart: number, srcEnd: number];

/**
 * A JSON-serializable map from a derived text back to its source. Segments are sorted,
 * contiguous and cover `[0, length)` of the derived text; their source runs are non-decreasing.
 */
export interface OffsetMap {
  /** Length of the derived text. */
  length: number;
  /** Length of the source text. */
  sourceLength: number;
  segments: Segment[];
}

function isCopy(s: Segment): boolean {
  return s[1] - s[0] === s[3] - s[2];
}

/** The identity map of a text of `length` characters onto itself. */
export function identityMap(length: number): OffsetMap {
  return { length, sourceLength: length, segments: length > 0 ? [[0, length, 0, length]] : [] };
}

/** Index of the segment that contains output position `pos` (`outStart <= pos < outEnd`). */
function findSegment(map: OffsetMap, pos: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (pos < s[0]) hi = mid - 1;
    else if (pos >= s[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Source position where the derived character at `pos` begins (or the source end for `pos === length`). */
export function sourceStart(map: OffsetMap, pos: number): number {
  if (pos >= map.length) {
    const last = map.segments[map.segments.length - 1];
    return last ? last[3] : 0;
  }
  const s = map.segments[findSegment(map, Math.max(0, pos))];
  if (!s) return 0;
  return isCopy(s) ? s[2] + (pos - s[0]) : s[2];
}

/** Source position where the derived text up to `pos` (exclusive) ends. */
export function sourceEnd(map: OffsetMap, pos: number): number {
  if (pos <= 0) {
    const first = map.segments[0];
    return first ? first[2] : 0;
  }
  const s = map.segments[findSegment(map, Math.min(map.length, pos) - 1)];
  if (!s) return map.sourceLength;
  return isCopy(s) ? s[2] + (pos - s[0]) : s[3];
}

/**
 * The source span that a derived span came from. A span inside a replacement widens to the
 * whole replaced run; an empty span maps to an empty span at its start.
 */
export function toSourceSpan(map: OffsetMap, span: Span): Span {
  const start = sourceStart(map, span.start);
  if (span.end <= span.start) return { start, end: start };
  return { start, end: Math.max(start, sourceEnd(map, span.end)) };
}

/**
 * Composes `outer` (C → B) with `inner` (B → A) into a map C → A, so that repairs made on an
 * extracted text still point into the original input.
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  const out: Segment[] = [];
  for (const s of outer.segments) {
    const [o1, o2, m1, m2] = s;
    if (!isCopy(s) || m1 === m2) {
      const span = toSourceSpan(inner, { start: m1, end: m2 });
      pushSegment(out, [o1, o2, span.start, span.end]);
      continue;
    }
    // A verbatim run of `outer` may cross several segments of `inner`: split it at their bounds.
    let pos = m1;
    while (pos < m2) {
      const idx = findSegment(inner, pos);
      const t = inner.segments[idx];
      if (!t) break;
      const end = Math.min(m2, t[1]);
      const o = o1 + (pos - m1);
      if (isCopy(t)) {
        pushSegment(out, [o, o + (end - pos), t[2] + (pos - t[0]), t[2] + (end - t[0])]);
      } else {
        pushSegment(out, [o, o + (end - pos), t[2], t[3]]);
      }
      pos = end;
    }
  }
  return { length: outer.length, sourceLength: inner.sourceLength, segments: out };
}

/** Appends a segment, merging it into the previous one when both are contiguous copies. */
function pushSegment(segs: Segment[], s: Segment): void {
  if (s[1] <= s[0]) return;
  const prev = segs[segs.length - 1];
  if (prev && isCopy(prev) && isCopy(s) && prev[1] === s[0] && prev[3] === s[2]) {
    prev[1] = s[1];
    prev[3] = s[3];
    return;
  }
  segs.push(s);
}

/**
 * Builds a derived text piece by piece while recording where each piece came from.
 *
 * `copy` takes source text verbatim; `replace` writes new text standing for a source run;
 * `insert` writes text that has no source (it maps to an empty span at `at`).
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  constructor(private readonly source: string) {}

  /** Copies `source[start, end)` verbatim. */
  copy(start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(this.source.slice(start, end));
    pushSegment(this.segments, [this.length, this.length + (end - start), start, end]);
    this.length += end - start;
    return this;
  }

  /** Writes `text` in place of `source[start, end)`. Equal to `copy` when `text` is that slice. */
  replace(text: string, start: number, end: number): this {
    if (text === this.source.slice(start, end)) return this.copy(start, end);
    if (text.length === 0) return this;
    this.parts.push(text);
    this.segments.push([this.length, this.length + text.length, start, end]);
    this.length += text.length;
    return this;
  }

  /** Writes `text` that stands for nothing in the source, anchored at source position `at`. */
  insert(text: string, at: number): this {
    return this.replace(text, at, at);
  }

  /** The last character written so far, or '' at the start. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  get size(): number {
    return this.length;
  }

  build(): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(''),
      map: { length: this.length, sourceLength: this.source.length, segments: this.segments.map((s) => [...s] as Segment) },
    };
  }
}
