import { describe, expect, it } from 'vitest';
import { cleanTitle } from './title-cleaner.js';

describe('cleanTitle', () => {
  it('removes a known site name after or before the headline', () => {
    expect(cleanTitle('ضبط 3 أطنان دقيق مدعم - اليوم السابع', { siteNames: ['اليوم السابع'], headline: null })).toEqual({ title: 'ضبط 3 أطنان دقيق مدعم', site: 'اليوم السابع' });
    expect(cleanTitle('صدى الهضاب | تسليم 1200 مسكن', { siteNames: ['صدى الهضاب'], headline: null })).toEqual({ title: 'تسليم 1200 مسكن', site: 'صدى الهضاب' });
    expect(cleanTitle('معارضون يسيطرون على مخازن - CNNArabic.com', { siteNames: ['CNNArabic'], headline: null }).title).toBe('معارضون يسيطرون على مخازن');
  });

  it('learns the site as what the <title> adds to the headline', () => {
    expect(cleanTitle('المدينة نيوز - الأمانة تمدد ساعات العمل', { siteNames: [], headline: 'الأمانة تمدد ساعات العمل' })).toEqual({ title: 'الأمانة تمدد ساعات العمل', site: 'المدينة نيوز' });
  });

  it('removes a domain when no site is known', () => {
    expect(cleanTitle('عنوان الخبر - example.com', { siteNames: [], headline: null })).toEqual({ title: 'عنوان الخبر', site: 'example.com' });
  });

  it('keeps dashes and colons that belong to the headline', () => {
    expect(cleanTitle('ليبيا: تأجيل محاكمة شخصيات بنظام القذافي', { siteNames: ['موقع'], headline: null }).title).toBe('ليبيا: تأجيل محاكمة شخصيات بنظام القذافي');
    expect(cleanTitle('لواء الإسلام - جبهة النصرة تعلنان اتفاقا', { siteNames: ['موقع آخر'], headline: null }).title).toBe('لواء الإسلام - جبهة النصرة تعلنان اتفاقا');
  });
});
