/**
 * Function words that shape a clause, as data for the relate stage: prepositions that govern a
 * name, relative pronouns, words that open a new clause, adverbs that may stand between a verb
 * and its subject, and the prepositions of time that make a noun an event reference (بعد الهجوم).
 * Written as in text; matching folds them. Written by hand.
 */

/** Prepositions before a name, and the role they usually mark. */
export const GOVERNING_PREPOSITIONS: readonly string[] = [
  'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'ضد', 'بين', 'حول', 'عبر', 'نحو', 'داخل', 'قرب', 'لدى', 'أمام', 'وراء',
  'خلف', 'تجاه', 'بحق', 'باسم', 'لصالح', 'ضمن', 'عند', 'بشأن', 'حيال', 'بمدينة', 'بمنطقة', 'بولاية', 'بمحافظة', 'شمال',
  'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'خارج', 'بعد', 'قبل', 'منذ', 'خلال', 'أثناء', 'إثر', 'عقب',
  'لدي', 'بحسب', 'حسب', 'وفق', 'وفقا', 'بقيادة',
];

/** Two-word prepositions: the pair and the single preposition it acts as. */
export const COMPOUND_PREPOSITIONS: readonly { readonly words: readonly [string, string]; readonly as: string }[] = [
  { words: ['إلى', 'جانب'], as: 'مع' },
  { words: ['جنبا', 'إلى'], as: 'مع' },
  { words: ['عن', 'طريق'], as: 'عبر' },
  { words: ['على', 'يد'], as: 'agent' },
  { words: ['على', 'أيدي'], as: 'agent' },
  { words: ['من', 'قبل'], as: 'agent' },
  { words: ['من', 'طرف'], as: 'agent' },
  { words: ['من', 'جانب'], as: 'agent' },
  { words: ['نسبت', 'إلى'], as: 'agent' },
  { words: ['نسبت', 'الى'], as: 'agent' },
  { words: ['النظر', 'عن'], as: 'عن' },
  { words: ['في', 'أعقاب'], as: 'بعد' },
  { words: ['في', 'إطار'], as: 'في' },
  { words: ['بالقرب', 'من'], as: 'قرب' },
  { words: ['على', 'حدود'], as: 'قرب' },
];

/** One-word markers of the agent of a passive or a noun (برصاص X); two-word ones are compounds above. */
export const AGENT_WORDS: readonly string[] = ['برصاص', 'بنيران', 'بأيدي', 'بيد'];

/** Prepositions that mark a place (في ليبيا، بالقرب من غت). */
export const PLACE_PREPOSITIONS: readonly string[] = ['في', 'ب', 'قرب', 'داخل', 'عند', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'خارج', 'من', 'إلى', 'الى', 'نحو', 'عبر'];

/** Prepositions of time: a noun trigger after them refers to an event, its actor is not the topic. */
export const TEMPORAL_PREPOSITIONS: readonly string[] = ['بعد', 'قبل', 'منذ', 'خلال', 'أثناء', 'إثر', 'عقب', 'اثر', 'بعيد'];

/** Relative pronouns: the clause after them is about the actor before them. */
export const RELATIVE_PRONOUNS: readonly string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'];

/** Words that open a new clause with a new subject. */
export const CLAUSE_OPENERS: readonly string[] = ['حيث', 'بينما', 'لكن', 'ولكن', 'فيما', 'كما', 'إذ', 'فإن', 'إذا', 'لأن', 'رغم'];

/**
 * Words that may stand between a verb and its subject or a subject and its verb (قد رصدت،
 * تمكن في الآونة الأخيرة) without breaking the link.
 */
export const LINK_ADVERBS: readonly string[] = [
  'قد', 'لقد', 'فقد', 'وقد', 'أيضا', 'بالفعل', 'حاليا', 'مؤخرا', 'سابقا', 'أمس', 'اليوم', 'بانتظام', 'بنشاط', 'كذلك', 'فعلا',
  'لم', 'لن', 'لا', 'ما', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'مجددا', 'مرة', 'أخرى', 'بدورها', 'بدوره',
];

/** Pronoun-bearing words that stand for an actor named before (منهم، بعضهم، أنها). */
export const PRONOUN_WORDS: readonly string[] = ['منهم', 'ومنهم', 'بعضهم', 'أحدهم', 'جميعا', 'وجميعا', 'جميعهم', 'كلهم', 'هم', 'هو', 'هي', 'أنها', 'أنه', 'أنهم', 'إنها', 'إنه', 'إنهم', 'بأنها', 'بأنه', 'بأنهم'];

/** Words that add a member to a list of actors (الجماعات الليبية مثل لواء …، بمن فيهم …). */
export const LIST_LINKS: readonly string[] = ['مثل', 'ومثل', 'منها', 'ومنها', 'بينها', 'ومن', 'بمن', 'فيهم', 'وخاصة', 'خاصة', 'لاسيما', 'ولاسيما', 'سيما', 'أبرزها', 'بينهم', 'منهم'];

/** The adverb of place that refers back to the last place named (هناك). */
export const THERE_WORDS: readonly string[] = ['هناك'];

/**
 * Things an actor owns that an attack hits (قصفت أهدافا لحزب العمال، استهدفت مواقع للتنظيم،
 * دورية للجيش): an actor after them with ل is the attack's target. Dev set (test/fixtures/claims).
 */
export const TARGET_NOUNS: readonly string[] = [
  'أهداف', 'هدف', 'مواقع', 'موقع', 'مقرات', 'مقر', 'معسكرات', 'معسكر', 'مراكز', 'مركز', 'تجمعات', 'تجمع', 'تحصينات',
  'مخازن', 'مخزن', 'قواعد', 'قاعدة', 'آليات', 'آلية', 'دوريات', 'دورية', 'نقاط', 'نقطة', 'حواجز', 'حاجز', 'منشآت', 'منشأة',
  'مبنى', 'مباني', 'قافلة', 'رتل', 'ثكنة', 'ثكنات', 'مفرزة', 'مخابئ', 'معاقل', 'معقل', 'منطقة', 'مناطق',
];

/** Determiners and quantifiers before a noun (هذه الهجمات، غالبية الهجمات): they leave its phrase open. */
export const DETERMINER_WORDS: readonly string[] = ['هذه', 'هذا', 'تلك', 'ذلك', 'هذان', 'هاتان', 'هؤلاء', 'غالبية', 'معظم', 'بعض', 'كل', 'جميع', 'أغلب', 'عدد', 'سلسلة'];
