/** Cuts an article's text into runs at every span boundary, so overlapping highlights become flat text nodes. */

/** A highlighted range of the text: an entity mention, a claim's evidence or a message's span. */
export interface Layer {
  kind: 'mention' | 'claim' | 'message';
  start: number;
  end: number;
  /** What the layer stands for: an entity's local id, a claim's id, a message's index. */
  ref: string;
  /** CSS classes of the run while this layer covers it. */
  classes: string[];
}

/** A run of text and the layers covering all of it. */
export interface Segment {
  start: number;
  end: number;
  layers: Layer[];
}

/**
 * Segments of `[0, length)`: consecutive runs whose set of covering layers does not change.
 * Layers outside the text are clipped; empty ones are dropped.
 *
 * 1. Collect every boundary (0, length, each start and end). 2. Sweep them in order, adding
 *    the layers that start and dropping those that end at each boundary.
 */
export function segmentText(length: number, layers: readonly Layer[]): Segment[] {
  // 1. boundaries
  const clipped = layers
    .map((l) => ({ ...l, start: Math.max(0, Math.min(length, l.start)), end: Math.max(0, Math.min(length, l.end)) }))
    .filter((l) => l.end > l.start);
  const points = [...new Set([0, length, ...clipped.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const starting = new Map<number, Layer[]>();
  for (const l of clipped) starting.set(l.start, [...(starting.get(l.start) ?? []), l]);
  // 2. sweep
  const segments: Segment[] = [];
  let active: Layer[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    active = [...active.filter((l) => l.end > a), ...(starting.get(a) ?? [])];
    segments.push({ start: a, end: b, layers: active });
  }
  return segments;
}
