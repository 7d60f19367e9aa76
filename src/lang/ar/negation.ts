/**
 * Negation as data: particles that deny the verb or noun right after them (لم، لن، لا، ليس،
 * غير، عدم), and the words that may stand between (قد، يكن، بعد). Denial verbs (نفى) are
 * attribution verbs with `negates` (attribution-verbs.ts). Written by hand from news usage.
 */

/** Particles that negate the next verb or verbal noun. Normalized-comparable forms as written. */
export const NEGATORS: readonly string[] = ['لم', 'لن', 'لا', 'ليس', 'ليست', 'ليسوا', 'غير', 'عدم', 'بدون', 'دون', 'ولم', 'ولن', 'ولا', 'وليس', 'ما'];

/** Words that may stand between a negator and what it negates (لم يعد، لا يزال … are not listed). */
export const NEGATION_GAP_WORDS: readonly string[] = ['قد', 'يكن', 'تكن', 'يكونوا', 'بعد', 'أبدا', 'مطلقا', 'يتم', 'تتم', 'أن'];

/**
 * Phrases with a negator that do not negate (ما لا يقل عن = at least, لا سيما = especially,
 * لا يزال = still). Their words never count as negators.
 */
export const NON_NEGATING_PHRASES: readonly (readonly string[])[] = [
  ['ما', 'لا', 'يقل'],
  ['لا', 'يقل'],
  ['لا', 'سيما'],
  ['ولا', 'سيما'],
  ['لا', 'يزال'],
  ['لا', 'تزال'],
  ['لا', 'يزالون'],
  ['ما', 'زال'],
  ['ما', 'زالت'],
  ['ما', 'يزال'],
  ['ما', 'تزال'],
  ['غير', 'أن'],
  ['لم', 'يعد'],
];
