/**
 * Words around Arabic date lines, as data: weekdays, day-period markers of times, time-zone
 * phrases, and the words that say whether a date is the publication or the last update.
 * Written by hand: these are page conventions of Arabic news sites, not in any locale database.
 */

/** Weekday names (Sunday first), with the hamza-less and colloquial spellings sites use. */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['الأحد', 'الاحد', 'أحد'],
  ['الاثنين', 'الإثنين', 'الأثنين', 'اثنين', 'إثنين'],
  ['الثلاثاء', 'الثلاثا', 'ثلاثاء'],
  ['الأربعاء', 'الاربعاء', 'أربعاء'],
  ['الخميس', 'خميس'],
  ['الجمعة', 'جمعة'],
  ['السبت', 'سبت'],
];

/** Markers after a clock time meaning before noon (ص = صباحاً). */
export const AM_MARKERS: readonly string[] = ['ص', 'صباحا', 'صباحاً', 'صباح', 'فجرا', 'فجراً', 'AM', 'am', 'a.m.', 'A.M.'];

/** Markers after a clock time meaning after noon (م = مساءً). */
export const PM_MARKERS: readonly string[] = ['م', 'مساء', 'مساءً', 'مساءا', 'ظهرا', 'ظهراً', 'عصرا', 'عصراً', 'ليلا', 'ليلاً', 'PM', 'pm', 'p.m.', 'P.M.'];

/** Words that may stand between a date and its time: الساعة, عند, في. */
export const TIME_LEAD_WORDS: readonly string[] = ['الساعة', 'الساعه', 'عند', 'في', 'على'];

/**
 * Time-zone phrases after `بتوقيت` and their UTC offsets. Only zones without daylight saving
 * time today are listed: Cairo, Jerusalem, Beirut and Amman change with the season, so a page
 * that says بتوقيت القاهرة gives no fixed offset and the time stays local.
 */
export const ZONE_PHRASES: readonly { readonly names: readonly string[]; readonly offset: string }[] = [
  { names: ['غرينتش', 'جرينتش', 'غرينيتش', 'جرينيتش', 'غرنتش', 'جرنتش', 'غريناتش'], offset: '+00:00' },
  { names: ['مكة المكرمة', 'مكة', 'مكه', 'الرياض', 'السعودية', 'بغداد', 'العراق', 'الدوحة', 'قطر', 'الكويت', 'المنامة', 'البحرين', 'صنعاء'], offset: '+03:00' },
  { names: ['أبوظبي', 'أبو ظبي', 'الإمارات', 'دبي', 'مسقط', 'سلطنة عمان'], offset: '+04:00' },
  { names: ['الجزائر', 'تونس'], offset: '+01:00' },
];

/** The word that introduces a zone phrase: «بتوقيت مكة», «توقيت غرينتش». */
export const ZONE_LEAD_WORDS: readonly string[] = ['بتوقيت', 'توقيت', 'حسب توقيت'];

/** Words saying the date that follows is the last update. */
export const UPDATED_MARKERS: readonly string[] = [
  'آخر تحديث',
  'اخر تحديث',
  'تم التحديث',
  'تاريخ التحديث',
  'محدث',
  'تحديث',
  'عدل في',
  'آخر تعديل',
  'Updated',
  'updated',
  'Last updated',
];

/** Words saying the date that follows is the publication. */
export const PUBLISHED_MARKERS: readonly string[] = [
  'تاريخ النشر',
  'نشر في',
  'نشر بتاريخ',
  'نشر',
  'تم النشر',
  'منشور',
  'بتاريخ',
  'Published',
  'published',
  'Posted',
];

/** Era markers after a year: هـ for Hijri, م for Gregorian (ميلادي). */
export const HIJRI_ERA_MARKERS: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة'];
export const GREGORIAN_ERA_MARKERS: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'للميلاد'];

/** Words joining a Hijri date with its Gregorian equivalent: «… هـ الموافق 24 مارس 2024». */
export const EQUIVALENCE_WORDS: readonly string[] = ['الموافق', 'الموافقة', 'الموافق لـ', 'الموافق ل'];
