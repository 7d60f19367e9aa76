/**
 * Words of sports reporting, and the words that open a club's name. Written as in text;
 * matching normalizes them and strips و/ف/ب/ل/ك. The recognizer uses them to tell a sports
 * report, where a city often names its club (فاز ليون على بوردو، اتحاد طنجة), from other news.
 */

/**
 * Words found almost only in sports reporting (match, league, half, player, coach, goalkeeper,
 * penalty kick, draw …). A block needs some of these to read as a sports report.
 */
export const SPORTS_CORE_WORDS: readonly string[] = [
  'مباراة', 'المباراة', 'مباريات', 'المباريات', 'الدوري', 'دوري', 'الشوط', 'شوط', 'لاعب', 'اللاعب', 'لاعبي',
  'لاعبين', 'اللاعبين', 'لاعبو', 'المدرب', 'مدرب', 'المرمى', 'مرمى', 'الحارس', 'ركلة', 'ركلات', 'الملعب', 'ملعب',
  'تعادل', 'التعادل', 'المنتخب', 'منتخب', 'كأس', 'الكأس', 'هدفين', 'الفيفا', 'المهاجم', 'مهاجم', 'الهداف',
];

/**
 * Nouns and verbs that fill match reports, league tables and transfer news; besides the core
 * words, words that political news uses too (إصابة، الجولة، الهدف، الاتحاد، فوز).
 */
export const SPORTS_WORDS: readonly string[] = [
  ...SPORTS_CORE_WORDS,
  'البطولة', 'بطولة', 'هدف', 'هدفا', 'أهداف', 'الأهداف', 'الهدف', 'فاز', 'فوز', 'الفوز', 'خسر', 'خسارة',
  'الخسارة', 'هزم', 'هزيمة', 'تغلب', 'الجزاء', 'المدافع', 'مدافع', 'الوسط', 'الجولة', 'جولة', 'نقاط', 'نقطة',
  'النقاط', 'الترتيب', 'الصدارة', 'المتصدر', 'الوصيف', 'الذهاب', 'الإياب', 'النهائي', 'نهائي', 'ربع', 'الثمن',
  'المجموعة', 'الأبطال', 'بطل', 'لقب', 'اللقب', 'الفريق', 'فريق', 'النادي', 'نادي', 'الكرة', 'كرة', 'القدم',
  'الاحتياط', 'تسجيل', 'سجل', 'أحرز', 'إصابة', 'الانتقالات', 'الناشئين', 'الناشئ', 'الفروسية', 'الدراجات',
  'الموسم', 'الجماهير', 'الجمهور', 'جماهير', 'المشجعين', 'الاتحاد',
];

/**
 * Words that open a club's name before a city (اتحاد طنجة، أولمبيك آسفي، حسنية أكادير،
 * دينامو كييف، أهلي جدة): generic words, not names that stand alone (أياكس أمستردام is the club
 * أياكس in the city أمستردام). Several are also common words (شباب، اتحاد); the recognizer
 * reads them as club names only in sports reports and only before a place.
 */
export const CLUB_OPENERS: readonly string[] = [
  'اتحاد', 'أولمبيك', 'أولمبي', 'شباب', 'نهضة', 'مولودية', 'حسنية', 'جمعية', 'أهلي', 'دينامو', 'ديناموا',
  'سسكا', 'ستيوا', 'لوكوموتيف', 'سبارتاك', 'ريال', 'أتلتيكو', 'إنتر', 'بوروسيا', 'رابيد',
];

/**
 * Words that end a club's name after its first word, which is often a city (مانشستر سيتي،
 * مانشستر يونايتد، باريس سان جيرمان، توتنهام هوتسبير): no name alone, and no common word
 * (هام of وست هام is "important", فيلا of أستون فيلا a villa). Several words are one ending,
 * separated by a space.
 */
export const CLUB_NAME_TAILS: readonly string[] = [
  'سيتي', 'يونايتد', 'سان جيرمان', 'سان جرمان', 'سان جيرمين', 'هوتسبير', 'هوتسبر', 'ألبيون', 'روفرز', 'واندررز',
  'ويندررز',
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
  'الفيصلي', 'الرمثا', 'الجزيرة', 'الوحدات', 'الاتحادي', 'الصفاقسي', 'الإفريقي', 'المريخ', 'الهلالي',
];
