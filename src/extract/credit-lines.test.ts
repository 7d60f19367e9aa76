import { describe, expect, it } from 'vitest';
import { cleanBylineName, isCreditLine, isPhotoOrEmailLine, parseBylineLine, parseDatelineLine, trailingAgency } from './credit-lines.js';

describe('isCreditLine', () => {
  it.each(['المصدر: وكالات', 'المصدر : وكالات', 'وكالات', '(رويترز)', '(أ ف ب، رويترز)', 'المحور(بتصرف)', 'المحور (بتصرف)', 'الجزيرة نت (بتصرف)', 'نقلا عن صحيفة الشرق الأوسط', 'نقلاً عن موقع الخليج', 'واس', 'وأج'])(
    'reads «%s» as a credit',
    (line) => {
      expect(isCreditLine(line)).toBe(true);
    },
  );

  it.each([
    'وقالت وكالات الأنباء إن المحادثات انتهت دون اتفاق على موعد الجولة المقبلة من المفاوضات.',
    'المصدر الرئيسي للمياه في المدينة هو النهر، بحسب ما قاله المسؤول.',
    'عن الاتفاق الذي وقعته الحكومة مع الشركات الأجنبية لبناء الميناء الجديد في الجنوب',
    'رويترز تقول إن الاجتماع تأجل',
  ])('does not read a sentence as a credit: «%s»', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});

describe('parseBylineLine', () => {
  it.each([
    ['كتب: محمد علي', 'محمد علي'],
    ['كتبت - سعاد حسن', 'سعاد حسن'],
    ['بقلم: د. خالد الأحمد', 'د. خالد الأحمد'],
    ['بقلم سارة يوسف', 'سارة يوسف'],
    ['كتب:محمد علي', 'محمد علي'],
    ['إعداد: فريق التحرير', 'فريق التحرير'],
    ['By Dana Whitfield', 'Dana Whitfield'],
  ])('reads the name in «%s»', (line, name) => {
    expect(parseBylineLine(line)).toBe(name);
  });

  it('does not read a sentence that starts with كتب as a byline', () => {
    expect(parseBylineLine('كتب الرئيس رسالة إلى نظيره الفرنسي يدعوه فيها إلى زيارة البلاد')).toBeNull();
    expect(parseBylineLine('كتب: إن الحكومة لم تف بوعودها للمواطنين في المناطق الريفية منذ سنوات طويلة.')).toBeNull();
  });
});

describe('cleanBylineName', () => {
  it('strips a label without a colon in an author element', () => {
    expect(cleanBylineName('كتب محمود عبد الراضى')).toBe('محمود عبد الراضى');
    expect(cleanBylineName('  سامي   الحداد ')).toBe('سامي الحداد');
  });
});

describe('parseDatelineLine', () => {
  it('reads author – place and author – outlet as bylines', () => {
    expect(parseDatelineLine('ماجد هود ـ جدة')).toEqual({ byline: 'ماجد هود' });
    expect(parseDatelineLine('الرياض – سامي الحربي')).toEqual({ byline: 'سامي الحربي' });
    expect(parseDatelineLine('رغد عشميل – عين المدينة')).toEqual({ byline: 'رغد عشميل' });
  });

  it('reads outlet – agency and outlet – compiled as credits', () => {
    expect(parseDatelineLine('عين المدينة – واس')).toEqual({ credit: 'عين المدينة – واس' });
    expect(parseDatelineLine('عين المدينة – متابعات')).toEqual({ credit: 'عين المدينة – متابعات' });
  });

  it('is not a headline, a sentence or a tatweel inside a word', () => {
    expect(parseDatelineLine('الحكومة تعلن خطة جديدة - والمعارضة ترفضها')).toBeNull();
    expect(parseDatelineLine('أبهــا')).toBeNull();
    expect(parseDatelineLine('الرياض – جدة')).toBeNull();
    expect(parseDatelineLine('قال: نعم - لا')).toBeNull();
  });
});

describe('syndication, photo and wire lines', () => {
  it('reads syndication credits without a colon', () => {
    expect(isCreditLine('* خدمة «نيويورك تايمز»')).toBe(true);
    expect(isCreditLine('* بالاتفاق مع «بلومبيرغ»')).toBe(true);
    expect(isCreditLine('خاص بـ«الشرق الأوسط»')).toBe(true);
    expect(isCreditLine('خدمة العملاء في الشركة متاحة على مدار الساعة طوال أيام الأسبوع والعطل')).toBe(false);
  });

  it('tells photo credits and e-mail addresses', () => {
    expect(isPhotoOrEmailLine('(تصوير: المحرر)')).toBe(true);
    expect(isPhotoOrEmailLine('الصورة: أرشيفية')).toBe(true);
    expect(isPhotoOrEmailLine('h.writer@example.com')).toBe(true);
    expect(isPhotoOrEmailLine('تصوير الفيلم بدأ في الصحراء الأسبوع الماضي وسط إجراءات مشددة.')).toBe(false);
  });

  it('finds the agency a wire date line ends with', () => {
    expect(trailingAgency('الدوحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس')).toBe('واس');
    expect(trailingAgency('القاهرة 3 مايو 2024 (أ ش أ)')).toBe('أ ش أ');
    expect(trailingAgency('الدوحة 10 اغسطس 2015')).toBeNull();
  });
});
