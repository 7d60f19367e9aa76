import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, toSourceSpan } from '../record/offset-map.js';
import { limitBody } from './body-limit.js';

describe('limitBody', () => {
  const source = '<p>الفقرة الأولى</p><p>الفقرة الثانية الطويلة</p>';
  const b = new MappedTextBuilder(source).copy(3, 16).insert('\n\n', 20).copy(23, 45);
  const { text, map } = b.build();
  const written = { body: text, blocks: [{ kind: 'paragraph' as const, start: 0, end: 13 }, { kind: 'paragraph' as const, start: 15, end: text.length }], map };

  it('leaves a body under the cap alone', () => {
    expect(limitBody(written, 1000)).toEqual({ body: written, dropped: null });
  });

  it('cuts at the last whole block and reports the input span left out', () => {
    const { body, dropped } = limitBody(written, 20);
    expect(body.body).toBe('الفقرة الأولى');
    expect(body.blocks).toHaveLength(1);
    expect(body.map.length).toBe(13);
    expect(source.slice(dropped!.start, dropped!.end)).toBe('الفقرة الثانية الطويلة');
    const all = toSourceSpan(body.map, { start: 0, end: 13 });
    expect(source.slice(all.start, all.end)).toBe('الفقرة الأولى');
  });

  it('cuts inside a first block longer than the cap at a space', () => {
    const { body } = limitBody(written, 10);
    expect(body.body).toBe('الفقرة');
    expect(body.blocks[0]!.end).toBe(6);
  });
});
