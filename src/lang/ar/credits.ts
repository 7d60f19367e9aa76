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

/**
 * Labels of syndication credits written without a colon: «* خدمة «نيويورك تايمز»», «* بالاتفاق
 * مع «بلومبيرغ»», «خاص بـ«الشرق الأوسط»». Seen at the end of Saudi newspaper scrapes.
 */
export const SERVICE_LABELS: readonly string[] = ['خدمة', 'بالاتفاق مع', 'بالتعاون مع', 'بالتنسيق مع', 'خاص بـ', 'خاص ب', 'حصري لـ', 'ترجمة'];

/** Labels of photo credits: «(تصوير: المحرر)», «الصورة: أرشيفية». Not article text. */
export const PHOTO_LABELS: readonly string[] = ['تصوير', 'الصورة', 'صورة', 'عدسة', 'الصور', 'فيديو', 'Photo'];

/** Words standing where a dateline names a compiled or agency source: «عين اليوم – متابعات». */
export const COMPILED_WORDS: readonly string[] = ['متابعات', 'وكالات', 'خاص', 'مراسلون', 'المحرر'];

/**
 * Places that open or close a dateline line («ماجد هود ـ جدة», «عين اليوم – الرياض»): Arab
 * capitals and large cities, and the foreign cities Arab desks file from most.
 */
export const DATELINE_PLACES: readonly string[] = [
  'الرياض', 'جدة', 'مكة المكرمة', 'مكة', 'المدينة المنورة', 'الدمام', 'الخبر', 'الطائف', 'أبها', 'تبوك', 'حائل', 'بريدة', 'الباحة', 'جازان', 'نجران', 'القطيف', 'الأحساء', 'ينبع', 'القصيم', 'المجمعة', 'الرس',
  'القاهرة', 'الإسكندرية', 'الجيزة', 'بيروت', 'دمشق', 'حلب', 'بغداد', 'البصرة', 'الموصل', 'أربيل', 'عمان', 'القدس', 'غزة', 'رام الله',
  'الكويت', 'الدوحة', 'المنامة', 'مسقط', 'أبوظبي', 'دبي', 'الشارقة', 'صنعاء', 'عدن', 'تعز', 'الخرطوم', 'طرابلس', 'بنغازي', 'تونس', 'الجزائر', 'وهران', 'الرباط', 'الدار البيضاء', 'نواكشوط', 'مقديشو', 'جيبوتي',
  'واشنطن', 'نيويورك', 'لندن', 'باريس', 'برلين', 'موسكو', 'بكين', 'طهران', 'أنقرة', 'إسطنبول', 'جنيف', 'بروكسل', 'روما', 'مدريد', 'طوكيو', 'نيودلهي', 'إسلام آباد', 'كابل', 'سنغافورة', 'مانيلا', 'جاكرتا',
];
