/**
 * Head nouns that open an organization's name (تنظيم القاعدة، جماعة أنصار بيت المقدس، جهاز
 * المخابرات العامة …). Written as in text; matching normalizes them. The recognizer uses them as
 * features and, in its rule layer, as the first word of an organization mention.
 */

/** Heads of armed groups and political movements. */
export const ARMED_GROUP_HEADS: readonly string[] = [
  'تنظيم', 'جماعة', 'حركة', 'لواء', 'جبهة', 'كتيبة', 'كتائب', 'سرايا', 'فيلق', 'جيش', 'ميليشيا', 'ميليشيات',
  'مليشيا', 'مليشيات', 'قوات', 'تحالف', 'ائتلاف', 'عصبة', 'حزب', 'تيار', 'منظمة', 'شبكة', 'خلية', 'فصيل', 'مجلس',
];

/** Heads of state bodies, security services and other institutions. */
export const INSTITUTION_HEADS: readonly string[] = [
  'وزارة', 'جهاز', 'وكالة', 'هيئة', 'مديرية', 'إدارة', 'دائرة', 'مصلحة', 'مكتب', 'لجنة', 'محكمة', 'برلمان',
  'الحكومة', 'حكومة', 'رئاسة', 'مجلس', 'اتحاد', 'جمعية', 'مؤسسة', 'شركة', 'مصرف', 'بنك', 'صندوق', 'جامعة',
  'معهد', 'مركز', 'أكاديمية', 'نادي', 'منتدى', 'رابطة', 'نقابة', 'غرفة', 'سلطة', 'بلدية', 'قيادة', 'شرطة', 'مجمع',
  'صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'تلفزيون', 'مستشفى', 'مفوضية', 'هيئات', 'منظمات', 'الأمم',
];

/** All organization head nouns. */
export const ORG_HEADS: readonly string[] = [...new Set([...ARMED_GROUP_HEADS, ...INSTITUTION_HEADS])];

/**
 * Words that name what a security or intelligence body does; after a head noun (جهاز، وكالة،
 * مديرية، هيئة) they mark an organization's name: جهاز المخابرات العامة، وكالة الاستخبارات.
 */
export const SECURITY_NAME_WORDS: readonly string[] = [
  'المخابرات', 'الاستخبارات', 'الأمن', 'الشرطة', 'الحرس', 'الدرك', 'الجمارك', 'الهجرة', 'التحقيقات',
  'المباحث', 'الاستعلامات', 'الجوازات', 'مكافحة', 'الإرهاب', 'المعلومات', 'الدفاع', 'المخابرات العسكرية',
];
