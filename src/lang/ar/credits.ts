/**
 * Credit and byline conventions of Arabic news, as data: source lines (المصدر: …, وكالات,
 * (رويترز), X (بتصرف), نقلا عن …) and author lines (كتب: …, بقلم …). Written by hand.
 */

/** Labels that open a source line: «المصدر: وكالات», «المصدر : الجزيرة». */
export const SOURCE_LABELS: readonly string[] = ['المصدر', 'مصدر الخبر', 'المصادر', 'عن', 'نقلا عن', 'نقلاً عن', 'نقلا عن موقع', 'بالتعاون مع', 'Source'];

/** Words after a source name meaning it was adapted: «المحور (بتصرف)». */
export const ADAPTED_MARKERS: readonly string[] = ['بتصرف', 'بتصرّف', 'مع التصرف', 'بتصرف يسير'];

/**
 * News agencies and their usual Arabic names. A body that ends on a line made only of one of
 * these (or of «وكالات») credits it; «(رويترز)» in brackets is the same.
 */
export const AGENCY_NAMES: readonly string[] = [
  'وكالات',
  'وكالات الأنباء',
  'رويترز',
  'أ ف ب',
  'ا ف ب',
  'أ.ف.ب',
  'فرانس برس',
  'وكالة فرانس برس',
  'أسوشيتد برس',
  'اسوشيتد برس',
  'أ ب',
  'د ب أ',
  'الأناضول',
  'الاناضول',
  'وكالة الأناضول',
  'واس',
  'وام',
  'قنا',
  'كونا',
  'بنا',
  'سانا',
  'وفا',
  'بترا',
  'أ ش أ',
  'واج',
  'وات',
  'ومع',
  'شينخوا',
  'سبوتنيك',
  'الألمانية',
  'الفرنسية',
  'الجزيرة',
  'الجزيرة نت',
  'العربية نت',
  'سكاي نيوز عربية',
  'بي بي سي',
  'CNN',
  'AFP',
  'Reuters',
  'AP',
  'DPA',
];

/** Words that open an author line: «كتب: محمد علي», «بقلم: …», «كتبت - …». */
export const BYLINE_LABELS: readonly string[] = ['كتب', 'كتبت', 'كتبه', 'بقلم', 'بقلم الكاتب', 'بقلم الكاتبة', 'إعداد', 'اعداد', 'تقرير', 'المحرر', 'الكاتب', 'الكاتبة', 'تحرير', 'By'];

/** Words that open a correspondent line: «القاهرة - مراسلنا», kept in the body; listed so bylines do not swallow them. */
export const CORRESPONDENT_WORDS: readonly string[] = ['مراسلنا', 'مراسلتنا', 'مراسل', 'مراسلة', 'خاص'];
