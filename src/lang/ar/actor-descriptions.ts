/**
 * Described actors as data: the head nouns and qualifiers of actors that news names by
 * description rather than by name (مسلحون مجهولون، قوات النظام، الجماعات الإسلامية الليبية،
 * 100 جزائري), as ACLED codes them. Written as in text; matching folds them. Nationality
 * adjectives come from country-demonyms.ts. Written by hand from news usage.
 */

import type { ActorSubtype } from '../../record/entity.js';

/** A head noun of a description and what it makes of the actor. */
export interface DescriptionHead {
  /** Forms as written, without the article (it is allowed). */
  readonly forms: readonly string[];
  readonly subtype: ActorSubtype;
  /** True when the head names an actor alone (مسلحون); false when it needs a qualifier (الجماعات الإسلامية). */
  readonly standalone: boolean;
}

/** Heads of described groups and people. */
export const DESCRIPTION_HEADS: readonly DescriptionHead[] = [
  // Groups: need a qualifier (الجماعات الإرهابية، فصائل معارضة).
  { forms: ['جماعات', 'جماعة', 'مجموعات', 'مجموعة', 'فصائل', 'فصيل', 'تنظيمات', 'حركات', 'ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'كتائب', 'خلايا', 'خلية', 'عصابات', 'عصابة', 'عناصر', 'شبكات', 'شبكة'], subtype: 'armed_group', standalone: false },
  // Armed people: name an actor alone.
  { forms: ['مسلحون', 'مسلحين', 'مسلحو', 'مسلحي', 'مسلحا', 'مقاتلا', 'إرهابيا', 'عنصرا', 'متمردون', 'متمردين', 'جهاديون', 'جهاديين', 'مقاتلون', 'مقاتلين', 'مقاتلو', 'مقاتلي', 'إرهابيون', 'إرهابيين', 'متطرفون', 'متطرفين', 'متشددون', 'متشددين', 'انتحاري', 'انتحاريون', 'انتحاريين', 'مهاجمون', 'مهاجمين', 'خاطفون', 'خاطفين', 'قناصة', 'مجهولون', 'مجهولين', 'ثوار', 'الثوار'], subtype: 'armed_group', standalone: true },
  { forms: ['مشبوهين', 'مشبوهون', 'مشتبهين', 'مشتبه'], subtype: 'other', standalone: true },
  // State forces and authorities: alone (الجنود) or qualified (قوات الأمن).
  { forms: ['جنود', 'الجنود', 'جنديا', 'جندي', 'عسكريين', 'عسكريا', 'شرطيين', 'شرطيا', 'الشرطة', 'شرطة'], subtype: 'state_security', standalone: true },
  { forms: ['قوات', 'قوة', 'أجهزة', 'الأجهزة', 'جهاز', 'عناصر', 'رجال', 'وحدات', 'دوريات', 'الجيش', 'جيش', 'مقاتلات', 'طائرات', 'المقاتلات', 'الطائرات', 'طيران', 'مدفعية', 'بوارج', 'طائرة', 'مقاتلة', 'مروحية', 'مروحيات'], subtype: 'state_security', standalone: false },
  { forms: ['السلطات', 'سلطات', 'الحكومة', 'النظام'], subtype: 'government', standalone: false },
  // The armed opposition (المعارضة المسلحة، المعارضة السورية): needs a qualifier.
  { forms: ['المعارضة', 'معارضة'], subtype: 'armed_group', standalone: false },
  // People a claim is about.
  { forms: ['مدنيين', 'مدنيون', 'المدنيين', 'مدنيا', 'مواطنين', 'مواطنون', 'لاجئين', 'لاجئون', 'مهاجرين', 'مهاجرا', 'أشخاص', 'سجناء', 'السجناء', 'رهائن', 'أسرى', 'الأسرى'], subtype: 'other', standalone: true },
];

/** Singular heads that name people only after a number (1500 مقاتل، ألف متشدد); alone they are adjectives (هجوم إرهابي). */
export const COUNTED_HEADS: readonly string[] = ['مقاتل', 'مسلح', 'متشدد', 'إرهابي', 'متطرف', 'جندي', 'عنصر', 'شخص', 'مدني', 'مهاجر'];

/** Qualifiers that make a group head an actor (الجماعات + الإسلامية), folded forms derived. */
export const DESCRIPTION_QUALIFIERS: readonly string[] = [
  'إسلامي', 'مسلح', 'إرهابي', 'جهادي', 'سلفي', 'متطرف', 'متشدد', 'معارض', 'تكفيري', 'انفصالي', 'متمرد', 'شيعي', 'سني',
  'مجهول', 'أجنبي', 'أخرى', 'آخرين', 'موالي', 'موالية', 'مسلحة', 'متحالف', 'قبلي', 'كردي', 'غربي', 'عربي', 'دولي', 'مدعوم',
  'حكومي', 'نظامي', 'خاص', 'خاصة', 'عسكري', 'منافس', 'منافسة', 'أكراد',
];

/** Words after a state head that make it a state actor (قوات الأمن، أجهزة المخابرات، قوات النظام). */
export const STATE_QUALIFIERS: readonly string[] = [
  'الأمن', 'أمن', 'الأمنية', 'أمنية', 'النظام', 'الجيش', 'الحكومة', 'الحكومية', 'الاحتلال', 'التحالف', 'الشرطة', 'المخابرات',
  'الاستخبارات', 'استخبارات', 'مخابرات', 'المعارضة', 'الحرس', 'الطوارئ', 'مكافحة', 'الدرك', 'النخبة', 'حفظ', 'العمليات',
  'البحرية', 'الجوية', 'البرية', 'الخاصة', 'العسكرية', 'الشعبي', 'الاستخباراتية', 'استخباراتية', 'الرئاسي',
];

/** Nouns of land that, with a nationality adjective, name a country as a place (الأراضي الليبية). */
export const PLACE_DESCRIPTION_HEADS: readonly string[] = ['الأراضي', 'أراضي', 'الأراضى', 'الحدود', 'المياه', 'الأجواء', 'الساحة', 'الداخل'];

/**
 * Heads before an organization's name that make its members act for it (قادة تنظيم القاعدة،
 * مسؤولين من جهاز المخابرات): the claim is about the organization.
 */
export const MEMBER_HEADS: readonly string[] = [
  // Singular leaders (زعيم، قائد، أمير، عضو) are not here: they are MEMBER triggers (زعيم تنظيم X فلان).
  'قادة', 'قيادات', 'زعماء', 'أمراء', 'عناصر', 'عنصر', 'عنصرا', 'مقاتلو', 'مقاتلي', 'مسلحو', 'مسلحي', 'مسلحا', 'مقاتلا', 'أعضاء',
  'مسؤولو', 'مسؤولي', 'مسؤولين', 'مسؤولون', 'ضباط', 'عملاء', 'أفراد', 'جنود', 'قوات', 'رجال', 'صفوف',
  'مندوبين', 'وفد', 'ممثلين', 'ممثلو', 'ممثلي', 'كوادر', 'مناصري', 'مناصرو', 'مديري', 'وحدات', 'ميليشيات', 'مليشيات',
  // Means of an actor: the actor acts through them (طائرات التحالف، مدفعية الجيش).
  'طائرات', 'طيران', 'مقاتلات', 'مدفعية', 'دبابات', 'بوارج', 'سفن', 'مروحيات',
];

/** Quantifiers before `من` that make a partitive (ثلاثة من أفراد الدرك، مئات من رجال الجيش). */
export const PARTITIVE_WORDS: readonly string[] = ['بعض', 'أحد', 'إحدى', 'عدد', 'عشرات', 'مئات', 'آلاف', 'العديد', 'كثير', 'عددا'];

/**
 * Words that may stand between an attack noun and the nationality adjective that names its
 * author (`غارات جوية روسية`، `القصف المدفعي التركي`): the kind of attack, not its author.
 */
export const ATTACK_KIND_WORDS: readonly string[] = ['جوي', 'جوية', 'مدفعي', 'صاروخي', 'صاروخية', 'بري', 'برية', 'بحري', 'بحرية', 'عسكري', 'عسكرية', 'مكثف', 'مكثفة', 'عنيف', 'عنيفة', 'جديد', 'جديدة'];

/**
 * Heads that, before a person's name, name the forces loyal to that person (قوات الأسد، نظام
 * الأسد، جيش المخلوع صالح، ميليشيات الحوثي): an actor of its own, not the person. Titles and
 * epithets may stand between (قوات الرئيس السابق علي صالح). Dev set (test/fixtures/claims).
 */
export const PERSON_FORCE_HEADS: readonly { readonly forms: readonly string[]; readonly subtype: ActorSubtype }[] = [
  { forms: ['قوات', 'جيش', 'نظام', 'حرس'], subtype: 'state_security' },
  { forms: ['ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'أنصار', 'كتائب', 'مسلحي', 'مسلحو', 'موالين', 'الموالين'], subtype: 'armed_group' },
];

/** Epithets between a force head and the person (جيش المخلوع صالح، قوات الرئيس السابق). */
export const PERSON_EPITHETS: readonly string[] = ['المخلوع', 'السابق', 'الراحل', 'المعزول', 'الفار'];
