import { describe, expect, it } from 'vitest';
import { applyEdits } from './repair-edit.js';
import { missingSpaceRule } from './missing-space.js';

const repair = (text: string): string => applyEdits(text, missingSpaceRule.find(text, { language: 'ar' })).text;

describe('missing space after punctuation', () => {
  it('inserts a space after Arabic punctuation glued to a word', () => {
    expect(repair('المصري،قَدِموا إلى المدينة؛ثم عادوا؟لماذا')).toBe('المصري، قَدِموا إلى المدينة؛ ثم عادوا؟ لماذا');
    expect(repair('قال الوزير،«لن نتراجع»')).toBe('قال الوزير، «لن نتراجع»');
  });

  it('inserts a space after a period, comma or colon between two Arabic words', () => {
    expect(repair('بالتدريب والتمويل.ونسبت الصحيفة')).toBe('بالتدريب والتمويل. ونسبت الصحيفة');
    expect(repair('القاهرة,الجزائر وقال:إن')).toBe('القاهرة, الجزائر وقال: إن');
  });

  it('never touches numbers', () => {
    for (const text of ['نحو 1,700 مجموعة', 'بنسبة 3.5 في المئة', 'نحو ١٬٧٠٠ و٣٫٥', 'عام 2013،2014', 'الساعة 10:30']) {
      expect(repair(text)).toBe(text);
    }
  });

  it('never touches web and e-mail addresses', () => {
    for (const text of ['راسلونا على خبر@موقع.كوم', 'زوروا www.موقع.مصر', 'الموقع http://مثال.اختبار/صفحة', 'وزارة.مصر']) {
      expect(repair(text)).toBe(text);
    }
  });

  it('never touches abbreviations, initials and dotted acronyms', () => {
    for (const text of ['قال د.محمد', 'عام 300 ق.م', 'الأستاذ أ.د.علي', 'محمد.أ، وعمره', 'شبكة سي.إن.إن', 'شركة بي.بي', 'قناة ام.تي.في']) {
      expect(repair(text)).toBe(text);
    }
  });
});
