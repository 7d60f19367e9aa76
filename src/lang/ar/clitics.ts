/**
 * Arabic clitics as data: the conjunctions, prepositions, the article and the pronoun suffixes
 * that news writes glued to a word. All forms are normalized (see normalize.ts).
 */

/** Conjunctions that may open a word, before any preposition: و ف. */
export const CONJUNCTIONS: readonly string[] = ['و', 'ف'];

/** One-letter prepositions and particles that may follow a conjunction: ب ل ك, and the future س. */
export const PREPOSITIONS: readonly string[] = ['ب', 'ل', 'ك', 'س'];

/** The definite article. After ل its alef is not written: ل + الدولة → للدولة. */
export const ARTICLE = 'ال';

/**
 * Pronoun suffixes, longest first so that `هما` wins over `ها`. A word with the article never
 * takes one (`ال…ه` is not a possessive), which the analysis uses to stay conservative.
 */
export const PRONOUN_SUFFIXES: readonly string[] = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ه', 'ي'];

/** Shortest stem (in letters) left once clitics are set aside; shorter splits are refused. */
export const MIN_STEM_LETTERS = 2;
