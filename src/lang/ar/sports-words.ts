/**
 * Words of sports reporting, and the words that open a club's name. Written as in text;
 * matching normalizes them and strips و/ف/ب/ل/ك. The recognizer uses them to tell a sports
 * report, where a city often names its club (فاز ليون على بوردو، اتحاد طنجة), from other news.
 */

/** Nouns and verbs that fill match reports, league tables and transfer news. */
export const SPORTS_WORDS: readonly string[] = [
  'مباراة', 'مباراه', 'المباراة', 'مباريات', 'المباريات', 'الدوري', 'دوري', 'البطولة', 'بطولة', 'كأس', 'الكأس',
  'هدف', 'هدفا', 'هدفين', 'أهداف', 'الأهداف', 'الهدف', 'المدرب', 'مدرب', 'لاعب', 'اللاعب', 'لاعبي', 'لاعبين',
  'اللاعبين', 'الملعب', 'ملعب', 'تعادل', 'التعادل', 'فاز', 'فوز', 'الفوز', 'خسر', 'خسارة', 'الخسارة', 'هزم',
  'هزيمة', 'تغلب', 'الشوط', 'شوط', 'ركلة', 'ركلات', 'الجزاء', 'المرمى', 'مرمى', 'الحارس', 'حارس', 'المهاجم',
  'مهاجم', 'المدافع', 'مدافع', 'الوسط', 'الجولة', 'جولة', 'نقاط', 'نقطة', 'النقاط', 'الترتيب', 'الصدارة',
  'المتصدر', 'الوصيف', 'الذهاب', 'الإياب', 'النهائي', 'نهائي', 'ربع', 'الثمن', 'المجموعة', 'الأبطال', 'بطل',
  'لقب', 'اللقب', 'الفريق', 'فريق', 'النادي', 'نادي', 'المنتخب', 'منتخب', 'الكرة', 'كرة', 'القدم', 'الاحتياط',
  'تسجيل', 'سجل', 'أحرز', 'إصابة', 'الانتقالات', 'الناشئين', 'الناشئ', 'الفروسية', 'الدراجات', 'الموسم', 'الجماهير', 'الجمهور', 'جماهير', 'المشجعين', 'الفيفا', 'الاتحاد',
];

/**
 * Words that open a club's name before a city (اتحاد طنجة، أولمبيك آسفي، حسنية أكادير،
 * دينامو كييف، أهلي جدة): generic words, not names that stand alone (أياكس أمستردام is the club
 * أياكس in the city أمستردام). Several are also common words (شباب، اتحاد); the recognizer
 * reads them as club names only in sports reports and only before a place.
 */
export const CLUB_OPENERS: readonly string[] = [
  'اتحاد', 'إتحاد', 'أولمبيك', 'اولمبيك', 'أولمبي', 'شباب', 'نهضة', 'مولودية', 'حسنية', 'جمعية', 'أهلي',
  'دينامو', 'ديناموا', 'سسكا', 'ستيوا', 'لوكوموتيف', 'سبارتاك', 'ريال', 'أتلتيكو', 'اتلتيكو', 'إنتر', 'انتر',
  'بوروسيا', 'رابيد',
];

/** Venues named after a club or a city (`ملعب الجونة`, `استاد القاهرة`): a place, not the club. */
export const SPORTS_VENUES: readonly string[] = ['ملعب', 'استاد', 'ستاد', 'صالة', 'مدرجات', 'مضمار', 'حلبة'];

/**
 * Words that open a club's name before a city's adjective (الوداد البيضاوي، الكوكب المراكشي،
 * النجم الساحلي، الأهلي المصري): common words themselves, so a name before an adjective must be
 * one of these, a known club, a name the tagger found, or a rare word.
 */
export const CLUB_NAME_WORDS: readonly string[] = [
  'الوداد', 'الرجاء', 'الكوكب', 'النجم', 'الدفاع', 'الجمعية', 'المولودية', 'الاتحاد', 'النهضة', 'الشباب',
  'الأهلي', 'الفتح', 'الترجي', 'الملعب', 'الأولمبي', 'الحسنية', 'الاتفاق', 'الهلال', 'النصر', 'الوحدة',
  'الفيصلي', 'الرمثا', 'الجزيرة', 'الوحدات', 'الاتحادي', 'الصفاقسي', 'الإفريقي', 'الأفريقي', 'المريخ', 'الهلالي',
];
