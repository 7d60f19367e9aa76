import { describe, expect, it } from 'vitest';
import { arabicTranslitKey, compactTranslitKey, latinTranslitKey } from '../lang/ar/transliteration.js';
import { editDistance, nameKey, skeletonKey } from './name-key.js';

describe('name keys', () => {
  it('folds hamza forms, ى/ي, ة/ه, tatweel, diacritics and the article', () => {
    expect(nameKey('الإسلاميـة')).toBe(nameKey('اسلامية'));
    expect(nameKey('مُعمّر القذّافي')).toBe(nameKey('معمر القذافي'));
    expect(nameKey('«المؤتمر»')).toBe('موتمر');
    expect(nameKey('مصطفى')).toBe(nameKey('مصطفي'));
    expect(nameKey('الجزائر')).not.toBe(nameKey('الجزيرة'));
  });

  it('keeps the article when two letters would be left: الله is not the place له (Leh)', () => {
    expect(nameKey('الله')).not.toBe(nameKey('له'));
    expect(nameKey('الرس')).toBe(nameKey('الرس'));
    expect(nameKey('العين')).toBe(nameKey('عين'));
  });

  it('gives back the article elided after ل in a first word: للأمم المتحدة, لليمن', () => {
    expect(nameKey('للأمم المتحدة')).toBe(nameKey('الأمم المتحدة'));
    expect(nameKey('لليمن')).toBe(nameKey('اليمن'));
    expect(nameKey('لله')).toBe('لله');
  });

  it('writes عبد + a name of God as one word, spaced or not', () => {
    expect(nameKey('سلمان بن عبد العزيز')).toBe(nameKey('سلمان بن عبدالعزيز'));
    expect(nameKey('عبد الله')).toBe(nameKey('عبدالله'));
    expect(nameKey('عبد ربه منصور')).toBe('عبد ربه منصور');
  });

  it('meets long-vowel and doubled-letter spellings on the skeleton key', () => {
    expect(skeletonKey('غت')).toBe(skeletonKey('غات'));
    expect(skeletonKey('بلمختار')).toBe(skeletonKey('بلمختر'));
    expect(skeletonKey('درنة')).not.toBe(skeletonKey('درعا'));
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('درودكال', 'دروكدال')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('transliteration keys', () => {
  it('brings an Arabic name and its Latin spellings to one skeleton', () => {
    const ar = arabicTranslitKey('دروكدال').replace(/ /g, '');
    expect(latinTranslitKey('Droukdal').replace(/ /g, '')).toBe(ar);
    expect(latinTranslitKey('Ghat')).toBe(arabicTranslitKey('غات'));
    expect(latinTranslitKey('Abd al-Malik')).toBe(arabicTranslitKey('عبد المالك'));
    expect(compactTranslitKey('PKK')).toBe(compactTranslitKey('بي كا كا'));
  });

  it('keeps different names apart', () => {
    expect(latinTranslitKey('Benghazi')).not.toBe(arabicTranslitKey('درنة'));
  });
});
