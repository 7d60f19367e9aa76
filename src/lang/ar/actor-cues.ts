/**
 * Words around a country or capital name that tell whether it acts (`قالت واشنطن`, `بين القاهرة
 * والجزائر` in a security headline) or is a place (`في ليبيا`, `إلى الجزائر`). Written as in text;
 * matching normalizes them. Used by src/resolve/country-role.ts; the seed title is the fixture.
 */

/**
 * Verbs of speech and action whose subject, placed after them (VSO), is an actor. Written as in
 * text, any inflection; the verbs of src/lang/ar/attribution-verbs.ts and the claim triggers
 * whose object is an actor are added to them in src/resolve/country-role.ts, inflected. An
 * object pronoun glued to the verb (`تقوده السعودية`, `تنفيه إسلام أباد`) is set aside.
 */
export const ACTOR_VERBS: readonly string[] = [
  'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'نفى', 'نفت', 'طالب', 'طالبت', 'اتهم', 'اتهمت', 'رفض', 'رفضت',
  'دعا', 'دعت', 'وقع', 'وقعت', 'أدان', 'أدانت', 'حذر', 'حذرت', 'هدد', 'هددت', 'قرر', 'قررت', 'أرسل', 'أرسلت',
  'استدعى', 'استدعت', 'طرد', 'طردت', 'قطع', 'قطعت', 'فرض', 'فرضت', 'رحب', 'رحبت', 'اعتبر', 'اعتبرت', 'أبدى', 'أبدت',
  'عرض', 'عرضت', 'تعهد', 'تعهدت', 'سلم', 'سلمت', 'تسلم', 'تسلمت', 'شنت', 'شن', 'أجرت', 'أجرى', 'تتهم', 'يتهم', 'تطالب',
  'يطالب', 'تدعم', 'يدعم', 'دعمت', 'دعم', 'ترفض', 'يرفض', 'تسعى', 'يسعى', 'أبلغت', 'أبلغ', 'وافقت', 'وافق', 'تدين', 'يدين',
  'أعربت', 'أعرب', 'ردت', 'رد', 'سارعت', 'تحاول', 'يحاول', 'تخشى', 'يخشى', 'اعترفت', 'اعترف', 'انتقدت', 'انتقد',
];

/**
 * More verbs whose subject is an actor, as past and present stems (present after the prefix ي),
 * inflected by src/lang/ar/verb-forms.ts. Found on the government mentions of
 * test/fixtures/resolve (`قررت الجزائر`، `عزت الجزائر`، `نشرت الكاميرون`، `انضمت الكاميرون`،
 * `بدأت الكويت`، `استكملت روسيا`، `تريد تركيا`) and common news verbs of the same kind.
 */
export const ACTOR_VERB_STEMS: readonly (readonly [past: string, present: string])[] = [
  ['قرر', 'قرر'], ['عزى', 'عزي'], ['عزا', 'عزو'], ['نشر', 'نشر'], ['انضم', 'نضم'], ['بدأ', 'بدأ'], ['استكمل', 'ستكمل'],
  ['أراد', 'ريد'], ['قاد', 'قود'], ['درب', 'درب'], ['شدد', 'شدد'], ['أطلق', 'طلق'], ['أغلق', 'غلق'], ['فتح', 'فتح'],
  ['منع', 'منع'], ['حظر', 'حظر'], ['قدم', 'قدم'], ['مول', 'مول'], ['سلح', 'سلح'], ['نفذ', 'نفذ'], ['قام', 'قوم'],
  ['شارك', 'شارك'], ['استضاف', 'ستضيف'], ['طلب', 'طلب'], ['أعاد', 'عيد'], ['سحب', 'سحب'], ['تبنى', 'تبنى'], ['اعتبر', 'عتبر'],
  ['اتخذ', 'تخذ'], ['أصدر', 'صدر'], ['بذل', 'بذل'], ['أمر', 'أمر'], ['أوقف', 'وقف'], ['علق', 'علق'],
  ['جدد', 'جدد'], ['عزز', 'عزز'], ['استقبل', 'ستقبل'], ['أوفد', 'وفد'], ['بعث', 'بعث'], ['ضغط', 'ضغط'],
  ['هاجم', 'هاجم'], ['قصف', 'قصف'], ['استهدف', 'ستهدف'], ['ساند', 'ساند'], ['ساعد', 'ساعد'], ['وعد', 'عد'],
];

/**
 * Words after which a country is an actor: the other side (`ضد الولايات المتحدة`) or the leader
 * (`بقيادة السعودية`) of something.
 */
export const ACTOR_PREPOSITIONS: readonly string[] = ['ضد', 'بقيادة', 'بزعامة', 'تقوده', 'تقودها', 'يقوده', 'يقودها'];

/**
 * Nouns whose genitive is their agent, so a country after them acts: `تدريب واشنطن لمقاتلي`,
 * `حليفة الولايات المتحدة`, `خروج بريطانيا` (not `احتلال العراق`, whose genitive is the object). The attack and support nouns of the claim triggers
 * whose genitive is their subject are added in src/resolve/country-role.ts.
 */
export const ACTOR_NOUNS: readonly string[] = [
  'تدريب', 'دعم', 'حليف', 'حليفة', 'حلفاء', 'تدخل', 'قرار', 'موقف', 'خروج', 'انسحاب', 'جهود', 'سياسة', 'خطة', 'مساعي',
  'مبادرة', 'وساطة', 'رد', 'قيادة',
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

/**
 * Facilities of a state named with its country (`قنصلية الولايات المتحدة`, `السفارة الأمريكية`):
 * the phrase names the government's facility, an actor (the target of an attack), not the
 * country as a place. The seed's consulate is the fixture.
 */
export const FACILITY_NOUNS: readonly string[] = ['سفارة', 'قنصلية', 'القنصلية العامة', 'بعثة'];
