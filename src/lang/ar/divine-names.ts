/**
 * Names of God. ANERcorp tags «الله» alone as MISC, and the CoNLL tagger keeps that convention,
 * but in a knowledge graph of actors and places it is no actor: it would join thousands of
 * articles through one node. The recognize stage leaves single-word mentions of these out.
 * Written as in text; matching normalizes them and looks at the word without its conjunction or
 * preposition, and at the word without a conjunction (`والله`, `فبالله`, `ولله`).
 */
export const DIVINE_NAMES: readonly string[] = ['الله', 'اللهم', 'لله', 'بالله', 'تالله'];
