/**
 * Words around a country or capital name that tell whether it acts (`قالت واشنطن`, `بين القاهرة
 * والجزائر` in a security headline) or is a place (`في ليبيا`, `إلى الجزائر`). Written as in text;
 * matching normalizes them. Used by src/resolve/country-role.ts; the seed title is the fixture.
 */

/** Verbs of speech and action whose subject, placed after them (VSO), is an actor. */
export const ACTOR_VERBS: readonly string[] = [
  'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'نفى', 'نفت', 'طالب', 'طالبت', 'اتهم', 'اتهمت', 'رفض', 'رفضت',
  'دعا', 'دعت', 'وقع', 'وقعت', 'أدان', 'أدانت', 'حذر', 'حذرت', 'هدد', 'هددت', 'قرر', 'قررت', 'أرسل', 'أرسلت',
  'استدعى', 'استدعت', 'طرد', 'طردت', 'قطع', 'قطعت', 'فرض', 'فرضت', 'رحب', 'رحبت', 'اعتبر', 'اعتبرت', 'أبدى', 'أبدت',
  'عرض', 'عرضت', 'تعهد', 'تعهدت', 'سلم', 'سلمت', 'تسلم', 'تسلمت', 'شنت', 'شن', 'أجرت', 'أجرى', 'تتهم', 'يتهم', 'تطالب',
  'يطالب', 'تدعم', 'يدعم', 'دعمت', 'دعم', 'ترفض', 'يرفض', 'تسعى', 'يسعى', 'أبلغت', 'أبلغ', 'وافقت', 'وافق', 'تدين', 'يدين',
  'أعربت', 'أعرب', 'ردت', 'رد', 'سارعت', 'تحاول', 'يحاول', 'تخشى', 'يخشى', 'اعترفت', 'اعترف', 'انتقدت', 'انتقد',
];

/** Prepositions and nouns that make the following name a place. */
export const PLACE_CUES: readonly string[] = [
  'في', 'إلى', 'الى', 'من', 'نحو', 'عبر', 'قرب', 'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'حدود', 'أراضي',
  'مدينة', 'بلدة', 'عاصمة', 'العاصمة', 'أنحاء', 'مناطق', 'منطقة', 'سماء', 'شوارع', 'سفارة', 'حول', 'لدى', 'بمدينة',
];

/** Single-letter prepositions glued to the name (`بليبيا`, `لليبيا` is ambiguous and is not here). */
export const PLACE_PROCLITICS: readonly string[] = ['ب'];

/**
 * Nouns that make `بين X و Y` a relation between actors (`تنسيق أمني بين القاهرة والجزائر`),
 * not a place between two others (`الحدود بين مالي والنيجر`).
 */
export const RELATION_NOUNS: readonly string[] = [
  'تنسيق', 'تعاون', 'علاقات', 'العلاقات', 'علاقة', 'اتفاق', 'اتفاقية', 'محادثات', 'مفاوضات', 'توتر', 'أزمة', 'الأزمة',
  'خلاف', 'الخلاف', 'خلافات', 'تقارب', 'مصالحة', 'حوار', 'قمة', 'لقاء', 'اجتماع', 'تحالف', 'صراع', 'نزاع', 'حرب',
  'وساطة', 'مباحثات', 'اتصالات', 'شراكة', 'تنافس', 'قطيعة', 'تبادل',
];

/** Nouns that, before `بين`, keep the names places (borders, roads, distances). */
export const SPATIAL_NOUNS: readonly string[] = ['الحدود', 'حدود', 'الطريق', 'طريق', 'المسافة', 'المنطقة', 'منطقة', 'الرحلات', 'رحلات'];
