import { describe, expect, it } from 'vitest';
import { toSourceSpan } from '../../record/offset-map.js';
import { EditForwarder, applyEdits, mergeEdits, type Edit } from './repair-edit.js';

const edit = (start: number, end: number, text: string, rule: Edit['rule'] = 'repair-tatweel'): Edit => ({
  rule,
  start,
  end,
  text,
  message: 'm',
});

describe('applyEdits', () => {
  it('applies insertions, deletions and replacements and reports where each landed', () => {
    const source = 'abcdef';
    const edits = [edit(1, 1, '_'), edit(2, 3, ''), edit(4, 5, 'XY')];
    const { text, map, outSpans } = applyEdits(source, edits);
    expect(text).toBe('a_bdXYf');
    expect(outSpans).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 3 },
      { start: 4, end: 6 },
    ]);
    expect(toSourceSpan(map, { start: 4, end: 6 })).toEqual({ start: 4, end: 5 });
    expect(toSourceSpan(map, { start: 6, end: 7 })).toEqual({ start: 5, end: 6 });
  });

  it('maps each piece of an edit to its own source run', () => {
    const source = 'xﻻy';
    const e: Edit = { ...edit(1, 2, 'لا'), pieces: [[1, 2, 'لا']] };
    const { text, map } = applyEdits(source, [e]);
    expect(text).toBe('xلاy');
    expect(toSourceSpan(map, { start: 2, end: 3 })).toEqual({ start: 1, end: 2 });
  });
});

describe('mergeEdits', () => {
  it('sorts the edits of several rules and drops overlaps, first rule first', () => {
    const merged = mergeEdits([[edit(3, 5, 'a')], [edit(4, 6, 'b'), edit(0, 1, 'c'), edit(5, 5, ' ')]]);
    expect(merged.map((e) => e.text)).toEqual(['c', 'a', ' ']);
  });
});

describe('EditForwarder', () => {
  const edits = [edit(2, 2, ' '), edit(4, 5, ''), edit(6, 8, 'Z')];
  const f = new EditForwarder(edits);
  // "abcdefghi" → "ab cdfZi": a space before c, e dropped, gh → Z.
  it('moves a start past an insertion at it and keeps an end before it', () => {
    expect(f.position(2, 'start')).toBe(3);
    expect(f.position(2, 'end')).toBe(2);
  });
  it('follows deletions and replacements', () => {
    expect(f.position(5, 'start')).toBe(5);
    expect(f.position(9, 'end')).toBe(8);
    expect(f.position(7, 'start')).toBe(6);
    expect(f.position(7, 'end')).toBe(7);
  });
  it('carries a span that covered a deleted character onto what remains', () => {
    expect(f.span({ start: 3, end: 6 })).toEqual({ start: 4, end: 6 }); // "def" → "df"
  });
});
