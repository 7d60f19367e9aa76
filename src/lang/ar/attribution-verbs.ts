/**
 * Attribution as data: the verbs and phrases that say who stands behind a claim (قال، أكد، بحسب،
 * نقلا عن …), the verbs of belief and suspicion that also attribute (تعتقد X أن …), and the head
 * nouns that tell a source's kind (مصادر → anonymous, مسؤول → official, صحيفة → report).
 * Written by hand: no lexicon lists Arabic reporting verbs with the source kinds of DESIGN.md.
 */

import type { AttributionKind, Modality } from '../../record/claim.js';

/** A verb that attributes what follows (its complement, opened by أن/إن or إلى) to its subject. */
export interface AttributionVerb {
  /** Past stem (3rd masc. sg.) as written. */
  readonly past: string;
  /** Present stem after the prefix ي, or '' when the present is not used this way. */
  readonly present: string;
  /** Extra clitic-free forms (hollow and weak verbs, participles: مشيرة، مضيفا). */
  readonly forms?: readonly string[];
  /** How sure the source sounds when it uses this verb. */
  readonly modality: Modality;
  /** True for denials (نفى): the claim in the complement is negated. */
  readonly negates?: boolean;
  /** True for verbs that continue the previous source when they have no subject (أضاف، تابع). */
  readonly continues?: boolean;
}

/** Reporting, belief and denial verbs. */
export const ATTRIBUTION_VERBS: readonly AttributionVerb[] = [
  { past: 'قال', present: 'قول', forms: ['قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'قائلا', 'قائلة'], modality: 'asserted' },
  { past: 'أكد', present: 'ؤكد', forms: ['مؤكدا', 'مؤكدة'], modality: 'asserted' },
  { past: 'أشار', present: 'شير', forms: ['أشارت', 'أشاروا', 'يشير', 'تشير', 'يشيرون', 'مشيرا', 'مشيرة'], modality: 'asserted' },
  { past: 'أضاف', present: 'ضيف', forms: ['أضافت', 'أضافوا', 'يضيف', 'تضيف', 'مضيفا', 'مضيفة'], modality: 'asserted', continues: true },
  { past: 'تابع', present: 'تابع', forms: ['متابعا'], modality: 'asserted', continues: true },
  { past: 'أوضح', present: 'وضح', forms: ['موضحا', 'موضحة'], modality: 'asserted', continues: true },
  { past: 'استطرد', present: 'ستطرد', modality: 'asserted', continues: true },
  { past: 'ذكر', present: 'ذكر', modality: 'asserted' },
  { past: 'أفاد', present: 'فيد', forms: ['أفادت', 'أفادوا', 'يفيد', 'تفيد'], modality: 'asserted' },
  { past: 'أعلن', present: 'علن', modality: 'asserted' },
  { past: 'صرح', present: 'صرح', modality: 'asserted' },
  { past: 'كشف', present: 'كشف', modality: 'asserted' },
  { past: 'أفصح', present: 'فصح', modality: 'asserted' },
  { past: 'نقل', present: 'نقل', modality: 'asserted' },
  { past: 'روى', present: 'روي', forms: ['روت', 'رووا', 'يروي', 'تروي'], modality: 'asserted' },
  { past: 'أبلغ', present: 'بلغ', modality: 'asserted' },
  { past: 'شدد', present: 'شدد', modality: 'asserted' },
  { past: 'لفت', present: 'لفت', modality: 'asserted' },
  { past: 'رأى', present: 'رى', forms: ['رأت', 'رأوا', 'يرى', 'ترى', 'يرون'], modality: 'believed' },
  { past: 'اعتقد', present: 'عتقد', modality: 'believed' },
  { past: 'اعتبر', present: 'عتبر', modality: 'believed' },
  { past: 'ظن', present: 'ظن', modality: 'believed' },
  { past: 'توقع', present: 'توقع', modality: 'believed' },
  { past: 'خشي', present: 'خشى', forms: ['خشيت', 'خشوا', 'يخشى', 'تخشى', 'يخشون'], modality: 'suspected' },
  { past: 'رجح', present: 'رجح', modality: 'suspected' },
  { past: 'اشتبه', present: 'شتبه', modality: 'suspected' },
  { past: 'زعم', present: 'زعم', modality: 'suspected' },
  { past: 'ادعى', present: 'دعي', forms: ['ادعت', 'ادعوا', 'يدعي', 'تدعي'], modality: 'suspected' },
  { past: 'نفى', present: 'نفي', forms: ['نفت', 'نفوا', 'ينفي', 'تنفي', 'ينفون', 'نافيا'], modality: 'asserted', negates: true },
  { past: 'نسب', present: 'نسب', modality: 'asserted' },
];

/**
 * Phrases before a source that attribute the whole clause they sit in (بحسب X، وفقا لـ X).
 * Each is a sequence of normalized-comparable words; a final `ل` may be glued to the source.
 */
export const ATTRIBUTION_PHRASES: readonly (readonly string[])[] = [
  ['بحسب'],
  ['حسب'],
  ['وفقا', 'ل'],
  ['وفقا'],
  ['طبقا', 'ل'],
  ['نقلا', 'عن'],
  ['حسبما', 'ذكرت'],
  ['حسبما', 'ذكر'],
  ['حسبما', 'أفادت'],
  ['حسبما', 'أفاد'],
  ['حسبما', 'أعلنت'],
  ['حسبما', 'قالت'],
  ['حسبما', 'قال'],
  ['حسبما'],
  ['على', 'حد', 'قول'],
  ['بحسب', 'ما', 'ذكرت'],
  ['بحسب', 'ما', 'أفادت'],
  ['بحسب', 'ما', 'قالت'],
  ['بحسب', 'ما', 'نقلت'],
  ['بحسب', 'ما', 'أعلنت'],
  ['بحسب', 'ما', 'أفاد'],
  ['بحسب', 'ما', 'قال'],
  ['استنادا', 'إلى'],
  ['جاء', 'في'],
  ['ورد', 'في'],
  ['نسبة', 'إلى'],
];

/** Words that open a verb's complement: what the source says follows. */
export const COMPLEMENTIZERS: readonly string[] = ['أن', 'إن', 'بأن', 'بان', 'انه', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'بأنه', 'بأنها', 'بأنهم'];

/** Head nouns of sources, by kind. A source named by an entity is classed by its type instead. */
export const SOURCE_HEADS: Readonly<Record<Exclude<AttributionKind, 'outlet' | 'named_person' | 'named_org'>, readonly string[]>> = {
  anonymous: ['مصادر', 'مصدر', 'أوساط', 'شهود', 'شاهد', 'سكان', 'ناشطون', 'ناشطين', 'مراقبون', 'جهات', 'مقربون', 'مطلعون', 'أنباء', 'معلومات'],
  official: ['مسؤول', 'مسؤولون', 'مسؤولين', 'مسؤولو', 'مسؤولي', 'متحدث', 'ناطق', 'ضابط', 'ضباط', 'دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'قيادي', 'قياديون', 'عضو', 'خبير', 'خبراء', 'محققون', 'محققين'],
  report: ['تقرير', 'تقارير', 'صحيفة', 'الصحيفة', 'جريدة', 'مجلة', 'وكالة', 'وسائل', 'بيان', 'دراسة', 'وثيقة', 'وثائق', 'موقع', 'قناة', 'تلفزيون', 'إذاعة', 'برقية', 'رسالة', 'تسريبات'],
};
