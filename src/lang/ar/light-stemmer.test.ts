import { describe, expect, it } from 'vitest';
import { stemArabicWord } from './light-stemmer.js';
import { normalizeArabic } from './normalize.js';

const stem = (w: string): string => stemArabicWord(normalizeArabic(w));

describe('light Arabic stemmer', () => {
  it('gives a prefixed and an unprefixed form the same stem', () => {
    expect(stem('بالمدينة')).toBe(stem('مدينة'));
    expect(stem('المدينة')).toBe(stem('مدينة'));
    expect(stem('والمدينة')).toBe(stem('مدينة'));
    expect(stem('للمدينة')).toBe(stem('مدينة'));
  });

  it('strips plural and pronoun suffixes', () => {
    expect(stem('المسلحون')).toBe(stem('مسلحين'));
    expect(stem('الانتخابات')).toBe('انتخاب');
    expect(stem('قواتها')).toBe('قو');
  });

  it('keeps short words whole', () => {
    expect(stem('ولد')).toBe('ولد');
    expect(stem('وطن')).toBe('وطن');
    expect(stem('يد')).toBe('يد');
  });

  it('leaves non-Arabic words alone', () => {
    expect(stemArabicWord('cia')).toBe('cia');
  });
});
