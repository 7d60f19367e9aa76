/**
 * Claim triggers as data: for each of the 12 claim types of DESIGN.md, its Arabic and English
 * labels, its PLOVER/CAMEO mapping where it is obvious, and the verbs and nouns that signal it,
 * with the prepositions that introduce the object. Written by hand for news Arabic, checking the
 * verb groups of the PETRARCH Arabic dictionary (data/actors/petrarch-ar/CAMEO.ar.0.5.txt, MIT)
 * for coverage; its lemmatized, machine-aligned patterns are not used as they stand.
 *
 * Words are written as in text; the relate stage normalizes them (alef forms, ى, ة). Verbs give
 * their past stem (3rd masc. sg.) and present stem (after the prefix ي: يهاجم → هاجم); the
 * inflected forms are generated (see src/relate/word-forms.ts). Nouns list their forms.
 */

import type { ClaimType } from '../../record/claim.js';

/** What the object of a claim type is. */
export type ObjectKind = 'actor' | 'place';

/** One trigger word or phrase. */
export interface TriggerWord {
  /** Lemma as written: past 3rd masc. sg. for verbs, the singular for nouns. */
  readonly lemma: string;
  readonly en: string;
  /**
   * `verb`: finite verb; `noun`: verbal noun or noun (هجوم، سيطرة); `participle`: an adjective
   * that follows its subject (موجودون، المنتمية).
   */
  readonly pos: 'verb' | 'noun' | 'participle';
  /** Verbs: the present stem after the prefix ي (يسيطر → سيطر). Default: none generated. */
  readonly present?: string;
  /** Extra clitic-free forms: plurals, weak and hollow verb forms (قالوا، يسعون). */
  readonly forms?: readonly string[];
  /** Prepositions that introduce the object; '' for a direct object (or a genitive, for nouns). */
  readonly preps: readonly string[];
  /** True when the object must come with one of `preps` (قدموا إلى, not قدم دعما). */
  readonly requirePrep?: boolean;
  /** Nouns: whether the word right after the noun is its subject (هجوم التنظيم) or object (اعتقال). */
  readonly genitive?: 'subject' | 'object';
  /** True when only an explicit subject counts (وجود X في …), never a topic from context. */
  readonly explicitSubject?: boolean;
  /** The next word (normalized stem) must be one of these: إنشاء + قاعدة, موطئ + قدم. */
  readonly next?: readonly string[];
  /** Nouns of office (زعيم، قائد): the person named beside the organization is the subject. */
  readonly apposition?: boolean;
  /** Nouns of office: which entity types may stand beside them as the subject. Default PER. */
  readonly appositionTypes?: readonly ('PER' | 'ORG')[];
  /**
   * Verbs news mostly writes in the passive without marking it (قتل 5 جنود = 5 soldiers were
   * killed): a lone direct group after them, or the group right before a plural form, is the object.
   */
  readonly passiveProne?: boolean;
  /**
   * Verbs whose grammatical subject is the one it happens to (لقي X مصرعه = X was killed): that
   * actor is the object; an agent (على يد Y) is the subject.
   */
  readonly patient?: boolean;
  /** Participles of being backed (المدعومة من X): X is the subject, the noun before the object. */
  readonly backedBy?: boolean;
  /** Prior strength of the trigger as evidence for its type, 0..1 (a confidence feature). */
  readonly strength: number;
}

/** A claim type with its labels, mappings and triggers. */
export interface ClaimTypeInfo {
  readonly ar: string;
  readonly en: string;
  /** Symmetric types are matched either way round (CONTACT, COOPERATE). */
  readonly symmetric: boolean;
  /** Whether the object is another actor or a place. */
  readonly object: ObjectKind;
  /** Whether a claim of this type needs an object to be kept. */
  readonly objectRequired: boolean;
  /** PLOVER root event, when one fits; null otherwise. */
  readonly plover: string | null;
  /** CAMEO root codes it covers. */
  readonly cameo: readonly string[];
  readonly triggers: readonly TriggerWord[];
}

const v = (lemma: string, present: string, en: string, preps: readonly string[], strength: number, more: Partial<TriggerWord> = {}): TriggerWord => ({
  lemma,
  present,
  en,
  pos: 'verb',
  preps,
  strength,
  ...more,
});
const n = (lemma: string, forms: readonly string[], en: string, genitive: 'subject' | 'object', preps: readonly string[], strength: number, more: Partial<TriggerWord> = {}): TriggerWord => ({
  lemma,
  forms,
  en,
  pos: 'noun',
  genitive,
  preps,
  strength,
  ...more,
});

/** The claim types, their labels and their triggers. */
export const CLAIM_TRIGGERS: Readonly<Record<ClaimType, ClaimTypeInfo>> = {
  CONTACT: {
    ar: 'اتصال',
    en: 'contact',
    symmetric: true,
    object: 'actor',
    objectRequired: true,
    plover: 'CONSULT',
    cameo: ['04'],
    triggers: [
      v('اتصل', 'تصل', 'contacted', ['ب', 'مع'], 0.8, { requirePrep: true }),
      v('تواصل', 'تواصل', 'communicated', ['مع'], 0.8, { requirePrep: true }),
      v('التقى', 'لتقي', 'met', ['', 'ب', 'مع'], 0.85, { forms: ['التقت', 'التقوا', 'يلتقون', 'التقي'] }),
      v('اجتمع', 'جتمع', 'met', ['ب', 'مع'], 0.85, { requirePrep: true }),
      v('تفاوض', 'تفاوض', 'negotiated', ['مع'], 0.8),
      v('زار', 'زور', 'visited', [''], 0.7, { forms: ['زارت', 'زاروا', 'يزور', 'تزور', 'يزورون'] }),
      v('استقبل', 'ستقبل', 'received', [''], 0.6),
      v('تباحث', 'تباحث', 'held talks', ['مع'], 0.8),
      v('تحدث', 'تحدث', 'spoke with', ['مع', 'إلى'], 0.6, { requirePrep: true }),
      v('هاتف', 'هاتف', 'phoned', [''], 0.75),
      n('اتصال', ['اتصال', 'اتصالات'], 'contacts', 'subject', ['ب', 'مع', 'بين'], 0.75),
      n('تواصل', ['تواصل'], 'communication', 'subject', ['مع', 'بين'], 0.7),
      n('لقاء', ['لقاء', 'لقاءات'], 'meeting', 'subject', ['مع', 'ب', 'بين'], 0.7),
      n('اجتماع', ['اجتماع', 'اجتماعات'], 'meeting', 'subject', ['مع', 'ب', 'بين'], 0.65),
      n('مفاوضات', ['مفاوضات', 'محادثات', 'مباحثات'], 'talks', 'subject', ['مع', 'بين'], 0.7),
      n('زيارة', ['زيارة', 'زيارات'], 'visit', 'subject', ['ل'], 0.5),
    ],
  },
  COOPERATE: {
    ar: 'تعاون',
    en: 'cooperation',
    symmetric: true,
    object: 'actor',
    objectRequired: true,
    plover: 'COOPERATE',
    cameo: ['03', '05', '06'],
    triggers: [
      v('تعاون', 'تعاون', 'cooperated', ['مع'], 0.85, { requirePrep: true }),
      v('نسق', 'نسق', 'coordinated', ['مع'], 0.85, { requirePrep: true }),
      v('تحالف', 'تحالف', 'allied', ['مع'], 0.9, { requirePrep: true }),
      v('ارتبط', 'رتبط', 'is tied', ['ب', 'مع'], 0.75, { requirePrep: true }),
      { lemma: 'مرتبط', en: 'tied to', pos: 'participle', forms: ['مرتبط', 'مرتبطة', 'مرتبطين', 'مرتبطون'], preps: ['ب', 'مع'], requirePrep: true, strength: 0.7 },
      v('شارك', 'شارك', 'took part with', ['مع'], 0.55, { requirePrep: true }),
      v('ساند', 'ساند', 'backed', [''], 0.65),
      v('أيد', 'ؤيد', 'supported', [''], 0.55),
      v('دعم', 'دعم', 'supported', [''], 0.55),
      n('تعاون', ['تعاون'], 'cooperation', 'subject', ['مع', 'بين'], 0.8),
      n('تنسيق', ['تنسيق'], 'coordination', 'subject', ['مع', 'بين'], 0.8),
      n('تحالف', ['تحالف', 'تحالفات'], 'alliance', 'subject', ['مع', 'بين'], 0.85),
      n('علاقة', ['علاقة', 'علاقات'], 'ties', 'subject', ['مع', 'ب', 'بين'], 0.6),
      n('رابط', ['رابط', 'روابط', 'رابطة'], 'links', 'subject', ['مع', 'ب', 'بين'], 0.6),
      n('صلة', ['صلة', 'صلات'], 'links', 'subject', ['مع', 'ب', 'بين'], 0.6),
      n('ارتباط', ['ارتباط'], 'ties', 'subject', ['مع', 'ب', 'بين'], 0.6),
      n('شراكة', ['شراكة'], 'partnership', 'subject', ['مع', 'بين'], 0.7),
      n('اتفاق', ['اتفاق', 'اتفاقية', 'اتفاقيات'], 'agreement', 'subject', ['مع', 'بين'], 0.55),
      n('دعم', ['دعم'], 'backing', 'subject', ['ل'], 0.45),
      n('مساعدة', ['مساعدة'], 'help', 'subject', ['ل'], 0.4),
      { lemma: 'مدعوم', en: 'backed by', pos: 'participle', forms: ['مدعوم', 'مدعومة', 'مدعومين', 'مدعومون'], preps: ['من', 'ب'], requirePrep: true, strength: 0.6, backedBy: true },
      n('تأييد', ['تأييد'], 'backing', 'subject', ['ل'], 0.45),
    ],
  },
  AID: {
    ar: 'دعم مادي',
    en: 'material aid',
    symmetric: false,
    object: 'actor',
    objectRequired: true,
    plover: 'AID',
    cameo: ['07'],
    triggers: [
      v('درب', 'درب', 'trained', [''], 0.85),
      v('مول', 'مول', 'funded', [''], 0.85),
      v('سلح', 'سلح', 'armed', [''], 0.85),
      v('زود', 'زود', 'supplied', [''], 0.8),
      v('أمد', 'مد', 'supplied', [''], 0.7, { forms: ['أمدت', 'أمدوا'] }),
      v('وفر', 'وفر', 'provided', ['ل'], 0.6),
      v('دعم', 'دعم', 'supported', [''], 0.6, { next: ['عسكريا', 'ماليا', 'بالسلاح', 'بالاسلحه', 'بالمال', 'لوجستيا'] }),
      n('تدريب', ['تدريب'], 'training', 'object', [''], 0.7),
      n('تمويل', ['تمويل'], 'funding', 'object', [''], 0.75),
      n('تسليح', ['تسليح'], 'arming', 'object', [''], 0.8),
      n('تزويد', ['تزويد'], 'supplying', 'object', [''], 0.75),
      n('إمداد', ['إمداد', 'إمدادات'], 'supplies', 'subject', ['ل'], 0.6),
      n('دعم', ['دعم'], 'material support', 'subject', ['ل'], 0.7, { next: ['عسكري', 'مالي', 'لوجستي', 'بالسلاح'] }),
      n('إيواء', ['إيواء'], 'sheltering', 'object', [''], 0.7),
      n('مساعدات', ['مساعدات'], 'aid', 'subject', ['ل', 'إلى'], 0.5),
    ],
  },
  MEMBER: {
    ar: 'انتماء',
    en: 'membership',
    symmetric: false,
    object: 'actor',
    objectRequired: true,
    plover: null,
    cameo: [],
    triggers: [
      v('انضم', 'نضم', 'joined', ['إلى', 'ل'], 0.9, { requirePrep: true }),
      v('انتمى', 'نتمي', 'belongs', ['إلى', 'ل'], 0.85, { requirePrep: true, forms: ['انتمت', 'انتموا', 'ينتمون', 'تنتمي', 'ينتمي'] }),
      v('بايع', 'بايع', 'pledged allegiance', [''], 0.9),
      v('تبع', 'تبع', 'follows', [''], 0.55),
      v('قاد', 'قود', 'leads', [''], 0.6, { forms: ['قادت', 'قادوا', 'يقود', 'تقود', 'يقودون'] }),
      v('تزعم', 'تزعم', 'leads', [''], 0.8),
      v('ترأس', 'ترأس', 'heads', [''], 0.7),
      { lemma: 'منتم', en: 'belonging', pos: 'participle', forms: ['منتمي', 'منتمية', 'منتمين', 'منتمون'], preps: ['إلى', 'ل'], requirePrep: true, strength: 0.8 },
      { lemma: 'تابع', en: 'affiliated', pos: 'participle', forms: ['تابع', 'تابعة', 'تابعين', 'تابعون'], preps: ['ل'], requirePrep: true, strength: 0.65 },
      { lemma: 'موال', en: 'loyal to', pos: 'participle', forms: ['موالي', 'موالية', 'موالين', 'موالون', 'الموالي', 'الموالية', 'الموالين', 'الموالون'], preps: ['ل'], requirePrep: true, strength: 0.6 },
      n('انضمام', ['انضمام'], 'joining', 'subject', ['إلى', 'ل'], 0.85),
      n('مبايعة', ['مبايعة', 'بيعة'], 'allegiance', 'subject', ['ل'], 0.85),
      n('زعيم', ['زعيم', 'قائد', 'أمير', 'مؤسس', 'رئيس', 'مسؤول'], 'leader', 'object', ['', 'في'], 0.75, { apposition: true }),
      n('جناح', ['جناح', 'فرع', 'ذراع'], 'branch', 'object', ['', 'ل'], 0.75, { apposition: true, appositionTypes: ['ORG'] }),
      n('عضو', ['عضو', 'القيادي', 'قيادي'], 'member', 'object', ['في', ''], 0.7, { apposition: true }),
      n('المتحدث', ['المتحدث', 'الناطق'], 'spokesman', 'object', ['باسم'], 0.7, { apposition: true }),
    ],
  },
  ATTACK: {
    ar: 'هجوم',
    en: 'attack',
    symmetric: false,
    object: 'actor',
    objectRequired: false,
    plover: 'ASSAULT',
    cameo: ['18', '19', '20'],
    triggers: [
      v('هاجم', 'هاجم', 'attacked', ['', 'على'], 0.85),
      v('استهدف', 'ستهدف', 'targeted', [''], 0.8),
      v('قصف', 'قصف', 'shelled', [''], 0.85),
      v('قتل', 'قتل', 'killed', [''], 0.8, { passiveProne: true }),
      v('اغتال', 'غتال', 'assassinated', [''], 0.9, { forms: ['اغتالت', 'اغتالوا', 'يغتال', 'يغتالون'], passiveProne: true }),
      v('خطف', 'خطف', 'abducted', [''], 0.85, { passiveProne: true }),
      v('اختطف', 'ختطف', 'abducted', [''], 0.85, { passiveProne: true }),
      v('اقتحم', 'قتحم', 'stormed', [''], 0.75),
      v('أغار', 'غير', 'raided', ['على'], 0.8, { forms: ['أغارت', 'أغاروا', 'تغير'] }),
      v('اشتبك', 'شتبك', 'clashed', ['مع'], 0.8),
      v('قاتل', 'قاتل', 'fought', ['', 'ضد'], 0.65),
      v('حارب', 'حارب', 'fought', ['', 'ضد'], 0.65),
      v('فجر', 'فجر', 'bombed', [''], 0.75),
      v('أعدم', 'عدم', 'executed', [''], 0.8, { passiveProne: true }),
      v('ذبح', 'ذبح', 'slaughtered', [''], 0.8),
      v('دمر', 'دمر', 'destroyed', [''], 0.6),
      v('أطلق', 'طلق', 'fired', ['على'], 0.7, { next: ['النار', 'الرصاص', 'صاروخا', 'صواريخ', 'قذائف', 'قذيفه'] }),
      n('إطلاق', ['إطلاق'], 'firing', 'subject', ['على', 'باتجاه'], 0.65, { next: ['نار', 'النار', 'الرصاص', 'صواريخ', 'قذائف'] }),
      v('فتح', 'فتح', 'opened fire', ['على'], 0.75, { next: ['النار'] }),
      v('لقي', 'لقى', 'was killed', [''], 0.7, { next: ['مصرع', 'حتف'], patient: true }),
      n('هجوم', ['هجوم', 'هجمات', 'هجمة', 'هجوما'], 'attack', 'subject', ['على', 'ضد'], 0.8),
      n('اعتداء', ['اعتداء', 'اعتداءات'], 'assault', 'subject', ['على', 'ضد'], 0.75),
      n('غارة', ['غارة', 'غارات'], 'air strike', 'subject', ['على', 'ضد'], 0.8),
      n('ضربة', ['ضربة', 'ضربات'], 'strike', 'subject', ['على', 'ضد'], 0.6),
      n('قصف', ['قصف'], 'shelling', 'subject', ['على', 'ل', 'ضد'], 0.75),
      n('تفجير', ['تفجير', 'تفجيرات'], 'bombing', 'object', [''], 0.7),
      n('اغتيال', ['اغتيال'], 'assassination', 'object', [''], 0.85),
      n('اختطاف', ['اختطاف', 'خطف'], 'abduction', 'object', [''], 0.8),
      n('استهداف', ['استهداف'], 'targeting', 'object', [''], 0.75),
      n('مهاجمة', ['مهاجمة'], 'attacking', 'object', [''], 0.8),
      n('اقتحام', ['اقتحام'], 'storming', 'object', [''], 0.7),
      n('مقتل', ['مقتل', 'قتل', 'مصرع'], 'killing', 'object', [''], 0.55, { explicitSubject: true }),
      n('اشتباكات', ['اشتباكات', 'اشتباك', 'معارك', 'مواجهات'], 'clashes', 'subject', ['مع', 'بين', 'ضد'], 0.7),
      n('قتال', ['قتال'], 'fighting', 'object', ['ضد', 'مع'], 0.6),
      n('عدوان', ['عدوان'], 'aggression', 'subject', ['على'], 0.6),
      n('كمين', ['كمين'], 'ambush', 'subject', ['ل'], 0.75),
    ],
  },
  CONTROL: {
    ar: 'سيطرة',
    en: 'control',
    symmetric: false,
    object: 'place',
    objectRequired: true,
    plover: null,
    cameo: ['192'],
    triggers: [
      v('سيطر', 'سيطر', 'took control', ['على'], 0.9, { requirePrep: true }),
      v('استولى', 'ستولي', 'seized', ['على'], 0.85, { requirePrep: true, forms: ['استولت', 'استولوا', 'يستولون'] }),
      v('احتل', 'حتل', 'occupied', [''], 0.8),
      v('حرر', 'حرر', 'liberated', [''], 0.7),
      v('استعاد', 'ستعيد', 'retook', [''], 0.75, { forms: ['استعادت', 'استعادوا', 'يستعيد', 'تستعيد'] }),
      n('سيطرة', ['سيطرة'], 'control', 'subject', ['على'], 0.85),
      n('استيلاء', ['استيلاء'], 'seizure', 'subject', ['على'], 0.8),
      n('احتلال', ['احتلال'], 'occupation', 'subject', ['ل', ''], 0.7),
      n('تحرير', ['تحرير'], 'liberation', 'object', [''], 0.6),
      n('استعادة', ['استعادة'], 'recapture', 'object', [''], 0.65),
      n('إنشاء', ['إنشاء', 'إقامة', 'تأسيس'], 'establishing a base', 'subject', ['في'], 0.65, {
        next: ['قاعده', 'قواعد', 'معسكر', 'معسكرات', 'اماره', 'مقر'],
      }),
      n('موطئ', ['موطئ'], 'foothold', 'subject', ['في'], 0.6, { next: ['قدم'] }),
    ],
  },
  MOVE: {
    ar: 'تحرك',
    en: 'movement',
    symmetric: false,
    object: 'place',
    objectRequired: true,
    plover: 'MOBILIZE',
    cameo: [],
    triggers: [
      v('انتقل', 'نتقل', 'moved', ['إلى'], 0.8, { requirePrep: true }),
      v('تقدم', 'تقدم', 'advanced', ['نحو', 'إلى', 'باتجاه', 'صوب'], 0.6, { requirePrep: true }),
      v('دفع', 'دفع', 'sent forces', ['إلى'], 0.5, { requirePrep: true }),
      v('سافر', 'سافر', 'travelled', ['إلى'], 0.85, { requirePrep: true }),
      v('توجه', 'توجه', 'headed', ['إلى', 'نحو'], 0.75, { requirePrep: true }),
      v('وصل', 'صل', 'arrived', ['إلى'], 0.7, { requirePrep: true }),
      v('قدم', 'قدم', 'came', ['إلى'], 0.7, { requirePrep: true }),
      v('دخل', 'دخل', 'entered', ['', 'إلى'], 0.65),
      v('تسلل', 'تسلل', 'infiltrated', ['إلى'], 0.85, { requirePrep: true }),
      v('تنقل', 'تنقل', 'moved about', ['إلى', 'بين'], 0.75, { requirePrep: true }),
      v('فر', 'فر', 'fled', ['إلى'], 0.7, { requirePrep: true }),
      v('هرب', 'هرب', 'fled', ['إلى'], 0.7, { requirePrep: true }),
      v('عاد', 'عود', 'returned', ['إلى'], 0.6, { requirePrep: true, forms: ['عادت', 'عادوا', 'يعود', 'تعود', 'يعودون'] }),
      v('انتشر', 'نتشر', 'deployed', ['في'], 0.6, { requirePrep: true }),
      v('نشر', 'نشر', 'deployed', ['في', 'إلى'], 0.55, { requirePrep: true, next: ['قوات', 'جنود', 'عناصر', 'وحدات', 'مقاتلين', 'تعزيزات'] }),
      v('أرسل', 'رسل', 'sent', ['إلى'], 0.6, { requirePrep: true }),
      n('انتقال', ['انتقال'], 'moving', 'subject', ['إلى'], 0.7),
      n('زيارة', ['زيارة', 'زيارات'], 'visit', 'subject', ['إلى', ''], 0.6),
      n('تقدم', ['تقدم'], 'advance', 'subject', ['نحو', 'إلى', 'باتجاه', 'صوب'], 0.55),
      n('تسلل', ['تسلل'], 'infiltration', 'subject', ['إلى'], 0.75),
      n('وصول', ['وصول'], 'arrival', 'subject', ['إلى'], 0.65),
      n('دخول', ['دخول'], 'entry', 'subject', ['', 'إلى'], 0.6),
      n('تهريب', ['تهريب'], 'smuggling', 'subject', ['إلى'], 0.5, { explicitSubject: true }),
      n('تحركات', ['تحركات', 'تحرك'], 'movements', 'subject', ['إلى', 'نحو'], 0.55, { explicitSubject: true }),
      n('عودة', ['عودة'], 'return', 'subject', ['إلى'], 0.5),
      n('انتشار', ['انتشار'], 'deployment', 'subject', ['في'], 0.5),
    ],
  },
  INVESTIGATE: {
    ar: 'تحقيق',
    en: 'investigation',
    symmetric: false,
    object: 'actor',
    objectRequired: true,
    plover: null,
    cameo: ['09'],
    triggers: [
      v('حقق', 'حقق', 'investigated', ['في', 'مع', 'حول'], 0.8),
      v('رصد', 'رصد', 'monitored', ['', 'ل'], 0.75),
      v('راقب', 'راقب', 'watched', [''], 0.75),
      v('تعقب', 'تعقب', 'tracked', [''], 0.75),
      v('تتبع', 'تتبع', 'tracked', [''], 0.7),
      v('تجسس', 'تجسس', 'spied', ['على'], 0.85, { requirePrep: true }),
      v('استجوب', 'ستجوب', 'questioned', [''], 0.75),
      n('تحقيق', ['تحقيق', 'تحقيقات', 'تحريات'], 'investigation', 'subject', ['في', 'حول', 'مع', 'بشأن'], 0.75),
      n('رصد', ['رصد'], 'monitoring', 'object', ['', 'ل'], 0.65),
      n('مراقبة', ['مراقبة'], 'surveillance', 'object', [''], 0.7),
      n('تجسس', ['تجسس'], 'spying', 'subject', ['على'], 0.75),
      n('استجواب', ['استجواب'], 'questioning', 'object', [''], 0.7),
    ],
  },
  COERCE: {
    ar: 'إجراء قسري',
    en: 'coercion',
    symmetric: false,
    object: 'actor',
    objectRequired: true,
    plover: 'COERCE',
    cameo: ['17', '16'],
    triggers: [
      v('اعتقل', 'عتقل', 'arrested', [''], 0.9, { passiveProne: true }),
      v('قبض', 'قبض', 'arrested', ['على'], 0.85, { requirePrep: true }),
      v('أوقف', 'وقف', 'detained', [''], 0.6),
      v('احتجز', 'حتجز', 'detained', [''], 0.8),
      v('سجن', 'سجن', 'jailed', [''], 0.75),
      v('حاكم', 'حاكم', 'tried', [''], 0.6),
      v('داهم', 'داهم', 'raided', [''], 0.8),
      v('طرد', 'طرد', 'expelled', [''], 0.6),
      v('رحل', 'رحل', 'deported', [''], 0.5),
      v('حظر', 'حظر', 'banned', [''], 0.65),
      v('لاحق', 'لاحق', 'pursued', [''], 0.6),
      n('اعتقال', ['اعتقال', 'اعتقالات'], 'arrest', 'object', ['', 'بحق', 'ل'], 0.85),
      n('قبض', ['القبض', 'قبض'], 'arrest', 'subject', ['على'], 0.85),
      n('توقيف', ['توقيف'], 'detention', 'object', ['', 'بحق'], 0.7),
      n('احتجاز', ['احتجاز'], 'detention', 'object', ['', 'بحق'], 0.75),
      n('محاكمة', ['محاكمة'], 'trial', 'object', [''], 0.7),
      n('مداهمة', ['مداهمة', 'مداهمات'], 'raid', 'object', [''], 0.75),
      n('عقوبات', ['عقوبات'], 'sanctions', 'subject', ['على', 'ضد'], 0.7),
      n('ملاحقة', ['ملاحقة'], 'pursuit', 'object', [''], 0.6),
      n('إزاحة', ['إزاحة', 'طرد'], 'removal', 'object', [''], 0.55),
      n('إقصاء', ['إقصاء'], 'ousting', 'object', [''], 0.6),
      n('الإطاحة', ['الإطاحة', 'إطاحة'], 'overthrow', 'subject', ['ب'], 0.6),
      n('تفكيك', ['تفكيك'], 'dismantling', 'object', [''], 0.65),
      n('حملة', ['حملة', 'عملية'], 'security operation', 'subject', ['ضد', 'على'], 0.5, { next: ['امنيه', 'عسكريه', 'مداهمه', 'اعتقالات'] }),
    ],
  },
  ACCUSE: {
    ar: 'اتهام',
    en: 'accusation',
    symmetric: false,
    object: 'actor',
    objectRequired: true,
    plover: 'ACCUSE',
    cameo: ['112'],
    triggers: [
      v('اتهم', 'تهم', 'accused', [''], 0.9),
      v('حمل', 'حمل', 'held responsible', [''], 0.6, { next: ['المسؤوليه', 'مسؤوليه'] }),
      v('لام', 'لوم', 'blamed', [''], 0.6, { forms: ['لامت', 'لاموا', 'يلوم', 'تلوم'] }),
      n('اتهام', ['اتهام', 'اتهامات'], 'accusation', 'subject', ['ل'], 0.75),
    ],
  },
  OPPOSE: {
    ar: 'عداء',
    en: 'opposition',
    symmetric: false,
    object: 'actor',
    objectRequired: true,
    plover: 'REJECT',
    cameo: ['11', '12', '13'],
    triggers: [
      v('هدد', 'هدد', 'threatened', [''], 0.8),
      v('توعد', 'توعد', 'vowed against', [''], 0.8),
      v('أدان', 'دين', 'condemned', [''], 0.75, { forms: ['أدانت', 'أدانوا', 'يدين', 'تدين'] }),
      v('ندد', 'ندد', 'denounced', ['ب'], 0.75),
      v('استنكر', 'ستنكر', 'denounced', [''], 0.75),
      v('انتقد', 'نتقد', 'criticized', [''], 0.7),
      v('عارض', 'عارض', 'opposed', [''], 0.65),
      v('رفض', 'رفض', 'rejected', [''], 0.5),
      v('حذر', 'حذر', 'warned', [''], 0.5),
      n('تهديد', ['تهديد', 'تهديدات'], 'threat', 'subject', ['ل'], 0.6),
      n('إدانة', ['إدانة'], 'condemnation', 'subject', ['ل'], 0.65),
      n('تنديد', ['تنديد'], 'denunciation', 'subject', ['ب'], 0.65),
      n('عداء', ['عداء'], 'hostility', 'subject', ['ل', 'مع', 'بين'], 0.7),
      n('خلاف', ['خلاف', 'خلافات', 'صراع', 'تنافس'], 'rivalry', 'subject', ['مع', 'بين'], 0.55),
    ],
  },
  LOCATED: {
    ar: 'وجود',
    en: 'presence',
    symmetric: false,
    object: 'place',
    objectRequired: true,
    plover: null,
    cameo: [],
    triggers: [
      { lemma: 'موجود', en: 'present', pos: 'participle', forms: ['موجود', 'موجودة', 'موجودون', 'موجودين', 'متواجد', 'متواجدون', 'متواجدين', 'متمركز', 'متمركزة', 'متمركزين', 'متمركزون'], preps: ['في'], requirePrep: true, strength: 0.8 },
      v('تمركز', 'تمركز', 'stationed', ['في'], 0.8, { requirePrep: true }),
      v('نشط', 'نشط', 'operates', ['في'], 0.7, { requirePrep: true }),
      v('تحصن', 'تحصن', 'entrenched', ['في'], 0.75, { requirePrep: true }),
      v('عمل', 'عمل', 'operates', ['في'], 0.45, { requirePrep: true }),
      n('وجود', ['وجود', 'تواجد', 'تمركز'], 'presence', 'subject', ['في'], 0.7, { explicitSubject: true }),
      n('نشاط', ['نشاط'], 'activity', 'subject', ['في'], 0.5, { explicitSubject: true }),
      { lemma: 'يقيم', en: 'resides', pos: 'verb', forms: ['يقيم', 'تقيم', 'يقيمون', 'مقيم', 'المقيم'], preps: ['في'], requirePrep: true, strength: 0.55 },
    ],
  },
};

/** Verbs and phrases that lend a following noun trigger their subject (شنت X هجوما، وقف وراء). */
export const SUPPORT_VERBS: readonly { readonly past: string; readonly present: string; readonly forms?: readonly string[] }[] = [
  { past: 'شن', present: 'شن' },
  { past: 'نفذ', present: 'نفذ' },
  { past: 'تبنى', present: 'تبني', forms: ['تبنت', 'تبنوا', 'يتبنى', 'تتبنى'] },
  { past: 'وقف', present: 'قف', forms: ['وقفت', 'وقفوا', 'يقف', 'تقف'] },
  { past: 'أطلق', present: 'طلق' },
  { past: 'أجرى', present: 'جري', forms: ['أجرت', 'أجروا', 'يجري', 'تجري'] },
  { past: 'بدأ', present: 'بدأ' },
  { past: 'واصل', present: 'واصل' },
  { past: 'قاد', present: 'قود', forms: ['قادت', 'قادوا', 'يقود', 'تقود'] },
  { past: 'أعلن', present: 'علن' },
  { past: 'ألقى', present: 'لقي', forms: ['ألقت', 'ألقوا', 'يلقي', 'تلقي'] },
  { past: 'فرض', present: 'فرض' },
  { past: 'تمكن', present: 'تمكن' },
  { past: 'بسط', present: 'بسط' },
  { past: 'أحكم', present: 'حكم' },
  { past: 'تنفيذ', present: '', forms: ['تنفيذ'] },
  { past: 'قام', present: 'قوم', forms: ['قامت', 'قاموا', 'يقوم', 'تقوم', 'يقومون'] },
];

/** Verbs that make a following casualty noun a consequence of the claim before it (أدى إلى مقتل). */
export const CONSEQUENCE_WORDS: readonly string[] = ['أدى', 'أدت', 'أسفر', 'أسفرت', 'خلف', 'خلفت', 'أوقع', 'أوقعت', 'راح', 'وأسفر', 'وأسفرت', 'ما', 'مما'];
