// The reader's span layering: overlapping mentions, claims and messages become flat runs.
import { describe, expect, it } from 'vitest';
import { segmentText, type Layer } from '../../web/src/text-segments.js';

const layer = (kind: Layer['kind'], start: number, end: number, ref: string): Layer => ({ kind, start, end, ref, classes: [kind] });

describe('segmentText', () => {
  it('cuts at every boundary and keeps the layers covering each run', () => {
    const text = 'هاجم مسلحون مركز الشرطة في سرت';
    const mention = layer('mention', 5, 11, 'e1');
    const claim = layer('claim', 0, 23, 'c1');
    const place = layer('mention', 27, 30, 'e2');
    const segs = segmentText(text.length, [mention, claim, place]);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.layers.map((l) => l.ref).sort()])).toEqual([
      ['هاجم ', ['c1']],
      ['مسلحون', ['c1', 'e1']],
      [' مركز الشرطة', ['c1']],
      [' في ', []],
      ['سرت', ['e2']],
    ]);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('clips layers to the text and drops empty ones', () => {
    const segs = segmentText(10, [layer('message', 8, 14, 'm0'), layer('message', 3, 3, 'm1'), layer('claim', -2, 2, 'c')]);
    expect(segs.map((s) => [s.start, s.end, s.layers.map((l) => l.ref)])).toEqual([
      [0, 2, ['c']],
      [2, 8, []],
      [8, 10, ['m0']],
    ]);
    expect(segmentText(0, [])).toEqual([]);
  });
});
