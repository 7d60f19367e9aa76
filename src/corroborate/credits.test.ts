import { describe, expect, it } from 'vitest';
import { creditedOutletName } from './credits.js';

describe('credited outlet', () => {
  it('reads an adapted-from credit line', () => {
    expect(creditedOutletName(['المحور (بتصرف)'], 'نص الخبر')).toBe('المحور');
    expect(creditedOutletName(['المحور(بتصرف)'], '')).toBe('المحور');
  });

  it('reads a quoted-from phrase near the end of the text', () => {
    const text = 'أعلنت الحكومة عن خطة جديدة للطرق.\nنقلا عن صحيفة الوطن';
    expect(creditedOutletName([], text)).toBe('صحيفة الوطن');
  });

  it('reads a source line', () => {
    expect(creditedOutletName([], 'خبر قصير عن الطقس.\nالمصدر: وكالة الأنباء الرسمية')).toBe('وكالة الأنباء الرسمية');
  });

  it('ignores anonymous sources and text without a credit', () => {
    expect(creditedOutletName([], 'قال مسؤول نقلا عن مصادر، إن الاجتماع تأجل')).toBeNull();
    expect(creditedOutletName([], 'افتتح الوزير مدرسة جديدة في المدينة.')).toBeNull();
  });
});
