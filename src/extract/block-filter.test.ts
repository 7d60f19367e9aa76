import { describe, expect, it } from 'vitest';
import { type BlockCandidate, filterBlocks } from './block-filter.js';
import { readDateLine } from './date-line.js';

const p = (text: string, linkRatio = 0): BlockCandidate => ({ text, kind: 'paragraph', heading: '', linkRatio });
const BODY = 'قال الوزير إن الحكومة ستعرض خطة جديدة للنقل العام على البرلمان الأسبوع المقبل، بعد مشاورات مع البلديات.';

describe('filterBlocks', () => {
  it('drops the title, the date line and the byline at the top', () => {
    const out = filterBlocks([{ text: 'خطة جديدة للنقل', kind: 'heading', heading: 'h2', linkRatio: 0 }, p('الثلاثاء 12 آذار 2024 - 10:05'), p('كتب: نادر سليمان'), p(BODY)], { title: 'خطة جديدة للنقل' });
    expect(out.verdicts).toEqual(['title', 'date', 'byline', 'keep']);
    expect(out.byline).toBe('نادر سليمان');
    expect(out.dates[0]?.line.published?.value).toBe('2024-03-12T10:05');
  });

  it('drops a related-posts heading with its teasers, but not the paragraph after them', () => {
    const out = filterBlocks([p(BODY), p('اقرأ أيضاً'), p('افتتاح مستشفى جديد في العاصمة', 1), p('أعلنت الوزارة عن خطة لتوسعة ثلاثة مطارات إقليمية …'), p(BODY)], { title: null });
    expect(out.verdicts).toEqual(['keep', 'related', 'related', 'related', 'keep']);
  });

  it('cuts at a related marker in plain text, and at a comment section everywhere', () => {
    expect(filterBlocks([p(BODY), p('شاهد أيضاً'), p(BODY)], { title: null, cutAtRelated: true }).verdicts).toEqual(['keep', 'related', 'related']);
    expect(filterBlocks([p(BODY), p('3 تعليقات'), p(BODY)], { title: null }).verdicts).toEqual(['keep', 'keep', 'keep']);
    expect(filterBlocks([p(BODY), p('التعليقات'), p(BODY)], { title: null }).verdicts).toEqual(['keep', 'comments', 'comments']);
    expect(filterBlocks([p(BODY), p('لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *')], { title: null }).verdicts).toEqual(['keep', 'comments']);
  });

  it('drops share bars, tags, breadcrumbs and link lists', () => {
    const out = filterBlocks([p('شارك فيسبوك تويتر واتساب'), p('الوسوم: الصحة الأطفال'), p('الرئيسية » أخبار » محليات'), p('رابط أول رابط ثان', 1), p(BODY)], { title: null });
    expect(out.verdicts).toEqual(['share', 'chrome', 'chrome', 'links', 'keep']);
  });

  it('turns the credit lines at the end into credits, in page order', () => {
    const out = filterBlocks([p(BODY), p('المصدر : وكالات'), p('نقلا عن صحيفة الشرق الأوسط')], { title: null });
    expect(out.verdicts).toEqual(['keep', 'credit', 'credit']);
    expect(out.credits).toEqual(['المصدر : وكالات', 'نقلا عن صحيفة الشرق الأوسط']);
  });

  it('keeps a lone short text that looks like a credit: an article is never only credits', () => {
    expect(filterBlocks([p('وكالات')], { title: null }).verdicts).toEqual(['keep']);
  });
});

describe('readDateLine', () => {
  it('tells publication from update', () => {
    const both = readDateLine('تاريخ النشر: 5 مايو 2024 - 08:30 م بتوقيت مكة المكرمة آخر تحديث: 6 مايو 2024 - 10:00 ص بتوقيت مكة المكرمة');
    expect(both?.published?.value).toBe('2024-05-05T20:30+03:00');
    expect(both?.updated?.value).toBe('2024-05-06T10:00+03:00');
    const stamp = readDateLine('الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)');
    expect(stamp?.published).toBeNull();
    expect(stamp?.updated?.value).toBe('2013-08-28T14:00+04:00');
  });

  it('is not a sentence that mentions a date', () => {
    expect(readDateLine('وقال المتحدث إن الاتفاق الذي وقع في 3 مارس 2024 لم ينفذ بعد بسبب الخلافات')).toBeNull();
  });
});
