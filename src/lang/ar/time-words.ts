/**
 * Time words as data: relative days, periods and their qualifiers (أمس، الأسبوع الماضي،
 * بنهاية العام الماضي، منذ ثلاثة أعوام), and event nouns that own a time expression after them
 * (سقوط، حرب). Month names come from months.ts, weekdays from date-words.ts. Written by hand.
 */

/** Words for a day relative to the publication date, with its offset in days. */
export const RELATIVE_DAYS: readonly { readonly words: readonly string[]; readonly offset: number }[] = [
  { words: ['أول', 'أمس'], offset: -2 },
  { words: ['أمس', 'الأول'], offset: -2 },
  { words: ['الليلة', 'الماضية'], offset: -1 },
  { words: ['أمس'], offset: -1 },
  { words: ['البارحة'], offset: -1 },
  { words: ['اليوم'], offset: 0 },
  { words: ['الليلة'], offset: 0 },
  { words: ['غدا'], offset: 1 },
];

/** Period nouns (with and without the article) and the unit they count. */
export const PERIOD_NOUNS: readonly { readonly words: readonly string[]; readonly unit: 'day' | 'week' | 'month' | 'year' }[] = [
  { words: ['يوم', 'أيام', 'يومين', 'يوما', 'اليوم'], unit: 'day' },
  { words: ['أسبوع', 'أسابيع', 'أسبوعين', 'أسبوعا', 'الأسبوع'], unit: 'week' },
  { words: ['شهر', 'أشهر', 'شهور', 'شهرين', 'شهرا', 'الشهر'], unit: 'month' },
  { words: ['عام', 'أعوام', 'عامين', 'عاما', 'سنة', 'سنوات', 'سنتين', 'سنين', 'العام', 'السنة'], unit: 'year' },
];

/** Qualifiers after a period or month: which one, counted from the publication date. */
export const PERIOD_QUALIFIERS: readonly { readonly words: readonly string[]; readonly offset: number }[] = [
  { words: ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'السابقة'], offset: -1 },
  { words: ['الجاري', 'الجارية', 'الحالي', 'الحالية', 'هذا', 'هذه'], offset: 0 },
  { words: ['المقبل', 'المقبلة', 'القادم', 'القادمة'], offset: 1 },
];

/** Words before a period that narrow it to a part (بنهاية العام = its last quarter). */
export const PERIOD_PARTS: readonly { readonly words: readonly string[]; readonly part: 'start' | 'middle' | 'end' }[] = [
  { words: ['نهاية', 'أواخر', 'آخر', 'ختام', 'بنهاية', 'أواخر'], part: 'end' },
  { words: ['بداية', 'مطلع', 'أوائل', 'أول', 'ببداية', 'مستهل'], part: 'start' },
  { words: ['منتصف', 'أواسط', 'وسط', 'بمنتصف'], part: 'middle' },
];

/** Words before a count of periods meaning "that long ago" (منذ ثلاثة أعوام، قبل يومين). */
export const AGO_WORDS: readonly string[] = ['منذ', 'قبل'];

/** Words before a year (عام 2012، سنة 2012). */
export const YEAR_LEADS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'خلال', 'في'];

/** Words near a time that say it lies ahead, so a date after publication is no contradiction. */
export const FUTURE_MARKERS: readonly string[] = ['المقبل', 'المقبلة', 'القادم', 'القادمة', 'سوف', 'سيتم', 'المقرر', 'المتوقع', 'سيعقد', 'ستعقد', 'غدا'];

/**
 * Event nouns that own the time expression right after them (سقوط النظام بنهاية العام الماضي),
 * so it is not the time of a claim further back.
 */
export const EVENT_NOUNS: readonly string[] = [
  'سقوط', 'حرب', 'الحرب', 'ثورة', 'الثورة', 'انتخابات', 'الانتخابات', 'انقلاب', 'الانقلاب', 'اندلاع', 'انطلاق', 'أحداث',
  'وفاة', 'رحيل', 'تأسيس', 'إعلان', 'توقيع', 'انسحاب', 'بدء', 'بداية', 'نهاية', 'أزمة', 'الأزمة',
];
