/**
 * Abbreviations that end in a period which does not end a sentence: titles (د. for doctor),
 * era and calendar marks (ق.م before Christ, هـ Hijri), and Latin ones found in Arabic news.
 * Forms are as written (not normalized); a single letter followed by a period is an initial
 * and is handled by the tokenizer without being listed here.
 */

/** Arabic abbreviations, written without their final period. Dotted ones keep inner periods. */
export const ARABIC_ABBREVIATIONS: readonly string[] = [
  'ق.م', // قبل الميلاد
  'ص.ب', // صندوق بريد
  'م.ع', // مدير عام
  'ه.ش', // هجري شمسي
  'د', // دكتور
  'م', // ميلادي / مهندس
  'هـ', // هجري
  'ه', // هجري
  'ص', // صفحة
  'ج', // جزء
  'ت', // توفي / تلفون
  'أ', // أستاذ
  'س', // سؤال
  'ق', // قبل
  'ع', // عدد
  'مج', // مجلد
  'إلخ', // إلى آخره
  'الخ',
  'أ.د', // أستاذ دكتور
  'م.م',
];

/** Latin abbreviations seen inside Arabic text, without their final period. */
export const LATIN_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'vs', 'etc',
  'U.S', 'U.K', 'U.N', 'e.g', 'i.e', 'No', 'Vol', 'p', 'pp',
];
