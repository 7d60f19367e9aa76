/**
 * Page chrome of Arabic news sites, as data: the phrases that open related-post teasers, share
 * bars, newsletter boxes, comment sections, tag lists and breadcrumbs. Written by hand from the
 * conventions of WordPress themes and Arabic news CMSs; no library knows them.
 *
 * The extractor folds alef forms, ى/ي, ة/ه, diacritics and tatweel before matching, so «اقرأ
 * أيضاً» also matches «اقرا ايضا».
 */

/**
 * Headings that open a list of teasers to other articles. A block holding only one of these
 * (and the link-heavy or headline-like blocks after it) is not the article.
 * Seen in: the seed (شاهد أيضاً), fixture html-wordpress-comments (مواضيع ذات صلة).
 */
export const RELATED_MARKERS: readonly string[] = [
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'اقرأ ايضا',
  'اقرأ المزيد',
  'شاهد أيضا',
  'شاهد أيضاً',
  'شاهد ايضا',
  'طالع أيضا',
  'طالع أيضاً',
  'مواضيع ذات صلة',
  'موضوعات ذات صلة',
  'مقالات ذات صلة',
  'أخبار ذات صلة',
  'اخبار ذات صلة',
  'أخبار متعلقة',
  'مواضيع متعلقة',
  'مقالات متعلقة',
  'قد يعجبك أيضا',
  'قد يهمك أيضا',
  'قد يهمك',
  'ذات صلة',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'الأكثر تصفحا',
  'الأكثر تصفحاً',
  'الأكثر تداولا',
  'آخر الأخبار',
  'أحدث الأخبار',
  'المزيد من الأخبار',
  'المزيد',
  'أخبار أخرى',
  'تابع أيضا',
];

/**
 * Headings that open a comment section or form: a short block made of one of these starts
 * readers' comments or the form, never the article. Seen in: the seed (اترك تعليقاً).
 */
export const COMMENT_HEADINGS: readonly string[] = [
  'اترك تعليقا',
  'اترك تعليقاً',
  'اترك ردا',
  'اترك رداً',
  'اترك رد',
  'أضف تعليق',
  'أضف تعليقك',
  'أضف تعليقاً',
  'اكتب تعليقك',
  'التعليقات',
  'تعليقات',
  'تعليقات القراء',
  'آراء القراء',
  'شارك برأيك',
  'أرسل تعليقك',
  'عدد التعليقات',
];

/**
 * Phrases found only in comment forms and comment disclaimers, wherever they stand in a block.
 * Seen in: the seed (لن يتم نشر عنوان بريدك الإلكتروني), the CNN page (its comment policy
 * paragraphs inside the story container).
 */
export const COMMENT_PHRASES: readonly string[] = [
  'لن يتم نشر عنوان بريدك الإلكتروني',
  'لن يتم نشر بريدك الإلكتروني',
  'الحقول الإلزامية مشار إليها',
  'الحقول المطلوبة مشار إليها',
  'يجب أن تكون مسجل الدخول',
  'يجب عليك تسجيل الدخول لكتابة تعليق',
  'لا تعبر عن رأي الموقع',
  'الآراء الواردة أدناه لا تعبر',
  'التعليقات المنشورة لا تعبر',
  'مراجعة التعليقات قبل نشرها',
  'تعليقات الفيسبوك',
];

/** Words of share bars: a short block made only of these is a share bar. */
export const SHARE_WORDS: readonly string[] = [
  'شارك',
  'شاركها',
  'مشاركة',
  'شارك الخبر',
  'شارك المقال',
  'انشر',
  'تويتر',
  'تويتير',
  'فيسبوك',
  'فيس بوك',
  'واتساب',
  'واتس اب',
  'تيليجرام',
  'تلغرام',
  'لينكد إن',
  'إكس',
  'طباعة',
  'اطبع',
  'البريد الإلكتروني',
  'أرسل لصديق',
  'نسخ الرابط',
  'Facebook',
  'Twitter',
  'WhatsApp',
  'Telegram',
  'LinkedIn',
  'Email',
  'Print',
  'Share',
  'Tweet',
];

/**
 * Platforms named in a share bar scraped into the first line of a text («شارك من خلال تويتر
 * فيسبوك جوجل بلس اكتب رأيك», the Okaz pages of SaudiNewsNet). Two or more of them in a row at
 * the start of a paragraph, after words of SHARE_WORDS and SHARE_BAR_LINKS and before one of
 * SHARE_BAR_CLOSERS, are cut (fixture text-share-bar-prefix).
 */
export const SHARE_PLATFORMS: readonly string[] = [
  'تويتر', 'تويتير', 'فيسبوك', 'فيس بوك', 'جوجل بلس', 'جوجل+', 'واتساب', 'واتس اب', 'تيليجرام', 'تلغرام',
  'لينكد إن', 'انستغرام', 'إنستغرام', 'سناب شات', 'يوتيوب', 'Facebook', 'Twitter', 'WhatsApp', 'Telegram',
  'LinkedIn', 'Google+',
];

/** Words between a share bar's verb and its platforms: «شارك من خلال تويتر …». */
export const SHARE_BAR_LINKS: readonly string[] = ['من خلال', 'عبر'];

/** Prompts that close a share bar: «… جوجل بلس اكتب رأيك». */
export const SHARE_BAR_CLOSERS: readonly string[] = ['اكتب رأيك', 'أضف تعليقك', 'أضف تعليق', 'شاركنا رأيك'];

/** Phrases of newsletter and subscription boxes. */
export const NEWSLETTER_MARKERS: readonly string[] = [
  'اشترك في النشرة',
  'اشترك في نشرتنا',
  'اشترك في القائمة البريدية',
  'اشترك الآن',
  'اشترك ليصلك',
  'النشرة البريدية',
  'النشرة الإخبارية',
  'سجل بريدك الإلكتروني',
  'أدخل بريدك الإلكتروني',
  'تابعونا على',
  'تابعنا على',
  'حمل تطبيق',
];

/** Labels that open a tag list or keyword list. */
export const TAG_MARKERS: readonly string[] = ['الوسوم', 'وسوم', 'كلمات مفتاحية', 'الكلمات المفتاحية', 'الكلمات الدلالية', 'كلمات دالة', 'الأوسمة', 'الموضوعات', 'سمات', 'Tags'];

/** The first crumb of a breadcrumb trail: «الرئيسية » أخبار » …». */
export const BREADCRUMB_HEADS: readonly string[] = ['الرئيسية', 'الصفحة الرئيسية', 'الرئيسيه'];

/** Footer and legal lines. */
export const FOOTER_MARKERS: readonly string[] = [
  'جميع الحقوق محفوظة',
  'كل الحقوق محفوظة',
  'جميع حقوق النشر محفوظة',
  'حقوق النشر محفوظة',
  'سياسة الخصوصية',
  'شروط الاستخدام',
  'اتصل بنا',
  'من نحن',
  'All rights reserved',
];

/** Words of advertisement slots. */
export const AD_MARKERS: readonly string[] = ['إعلان', 'اعلان', 'إعلانات', 'محتوى مدعوم', 'Advertisement'];

/** Lines that end an agency wire: «// انتهى //» (Saudi Press Agency), «انتهى». */
export const END_MARKERS: readonly string[] = ['انتهى', 'انتهى الخبر', 'ـ انتهى ـ', '// انتهى //'];

/** Slider and pager controls scraped with the text: «Next Previous» glued to the first line. */
export const CONTROL_WORDS: readonly string[] = ['Next Previous', 'Previous Next', 'السابق التالي', 'التالي السابق'];
