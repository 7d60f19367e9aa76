import { describe, expect, it } from 'vitest';
import { cleanBylineName, isCreditLine, parseBylineLine } from './credit-lines.js';

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
