/**
 * A light Arabic stemmer for search, after Larkey's light10 and Lucene's ArabicStemmer: strips
 * one article/conjunction prefix and the common suffixes, never a root letter's worth more.
 * Written by hand: the npm stemmers are unmaintained or heavier (root extraction), and search
 * needs exactly these documented, reversible-enough folds at index and at query time.
 */

/**
 * Prefixes, longest first, in normalized form. `و` alone needs a word of at least 4 letters
 * (Lucene: "wa- prefix requires at least 3 characters" left); the others leave at least 2.
 */
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'] as const;

/**
 * Suffixes in light10's order, in normalized form (ة is already ه, so `ية` is `يه`). Each is
 * tried once, in this order, and removed when at least 2 letters remain.
 */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/**
 * Stems one word that is already normalized (`normalizeArabic`: alef forms to ا, ى to ي, ة to
 * ه, no diacritics or tatweel). Non-Arabic words come back unchanged.
 *
 * 1. Strip the first matching prefix whose remainder is long enough.
 * 2. Strip each suffix in turn while the remainder keeps at least 2 letters.
 *
 * @example stemArabicWord('بالمدينه') === stemArabicWord('مدينه') // 'مدين'
 */
export function stemArabicWord(word: string): string {
  let w = word;
  // 1. one prefix
  for (const p of PREFIXES) {
    const minLength = p.length === 1 ? 4 : p.length + 2;
    if (w.length >= minLength && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  // 2. suffixes, each at most once, in order
  for (const s of SUFFIXES) {
    if (w.length >= s.length + 2 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}
