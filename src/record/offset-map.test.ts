import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, composeMaps, toSourceSpan } from './offset-map.js';

describe('offset maps', () => {
  const source = 'abc&amp;def';

  it('maps copies character by character and replacements as a whole', () => {
    const b = new MappedTextBuilder(source).copy(0, 3).replace('&', 3, 8).copy(8, 11);
    const { text, map } = b.build();
    expect(text).toBe('abc&def');
    expect(toSourceSpan(map, { start: 0, end: 3 })).toEqual({ start: 0, end: 3 });
    expect(toSourceSpan(map, { start: 3, end: 4 })).toEqual({ start: 3, end: 8 });
    expect(source.slice(...Object.values(toSourceSpan(map, { start: 4, end: 7 })))).toBe('def');
  });

  it('maps inserted text to an empty span and dropped text to nothing', () => {
    const src = 'قالـت،غدا';
    const b = new MappedTextBuilder(src).copy(0, 3).copy(4, 6).insert(' ', 6).copy(6, 9);
    const { text, map } = b.build();
    expect(text).toBe('قالت، غدا');
    expect(toSourceSpan(map, { start: 5, end: 6 })).toEqual({ start: 6, end: 6 });
    const word = toSourceSpan(map, { start: 0, end: 4 });
    expect(src.slice(word.start, word.end)).toBe('قالـت');
  });

  it('composes a repair map with an extraction map so spans reach the original input', () => {
    const html = '<p>Œالقاعدة˜ في</p>';
    const extracted = new MappedTextBuilder(html).copy(3, 15).build();
    const repaired = new MappedTextBuilder(extracted.text)
      .replace('«', 0, 1)
      .copy(1, 8)
      .replace('»', 8, 9)
      .copy(9, 12)
      .build();
    expect(repaired.text).toBe('«القاعدة» في');
    const composed = composeMaps(repaired.map, extracted.map);
    const quote = toSourceSpan(composed, { start: 0, end: 1 });
    expect(html.slice(quote.start, quote.end)).toBe('Œ');
    const all = toSourceSpan(composed, { start: 0, end: repaired.text.length });
    expect(html.slice(all.start, all.end)).toBe('Œالقاعدة˜ في');
  });
});
