/**
 * Run-together repair: two words written without a space (`للتحقيقحول`, `وأكّدتأن`) are split
 * where both parts are known words and the whole is not. Precision first: an unknown name must
 * never be cut into two words that happen to exist.
 */

import { HARAKA, HARAKAT, normalizeArabic } from '../../lang/ar/normalize.js';
import { SPLIT_SHORT_WORDS, SPLIT_VERB_PARTICLES, arabicNames, arabicWords, type WordList } from '../../lang/ar/word-list.js';
import type { Edit, RepairRule } from './repair-edit.js';

/** The words a split is checked against (see src/lang/ar/word-list.ts). */
export interface Lexicon {
  /** Word forms. */
  words: WordList;
  /** Names: they protect a whole from splitting but are never a part. */
  names: WordList;
  /** Short function words as written (hamza and ى kept, no diacritics). */
  shortWords: ReadonlySet<string>;
  /** Particles before a verb, as written (`لا`, `قد`). */
  verbParticles: ReadonlySet<string>;
}

/**
 * Why a split was made; each kind was reviewed on its own. Calibrated as a set with the
 * constants below against `npx tsx scripts/check-run-together.ts` over all 30,990 SaudiNewsNet
 * articles (8.86M words): 1,305 splits, 147 per million words (article 362, final-letter 245,
 * function-word 113, particle-verb 585). Of the default sample of 40 (2,000 articles), 39 are
 * right (the wrong one: `لانسيت`, The Lancet, read as لا + نسيت). By kind: 4 of 60 function-word
 * splits wrong (see MIN_FUNCTION_WORD_HOST), 3 of 50 article splits (one foreign name three
 * times, `فاين|الدوم`), none of 50 final-letter and none of 50 particle-verb splits. Two long words glued without a cue are left alone. Rerun after changing
 * any constant or word list.
 */
export type SplitKind = 'final-letter' | 'article' | 'function-word' | 'particle-verb';

/** A split of a run-together word: the letter index where the second word starts. */
export interface Split {
  at: number;
  kind: SplitKind;
}

/** Shortest whole word (in letters) worth trying to split. */
const MIN_WHOLE = 5;
/** Shortest part looked up in the word list; shorter parts must be short function words. */
const MIN_LISTED_PART = 4;
/** Shortest second part starting with the article: ال and three letters (`وإطلالته` is no وإطل + آلته). */
const MIN_ARTICLE_PART = 5;
/**
 * Shortest first part before a short function word. Four-letter first parts were mostly cut-off
 * words (`يعتز|من`, `بورت|من`, `الجا|ثم`): 7 of 60 reviewed function-word splits were wrong with
 * 4; with 5, 4 of 60 (`المنا|ضد`, `سالمو|من`, the typo `المحتمع` twice), over all of SaudiNewsNet.
 */
const MIN_FUNCTION_WORD_HOST = 5;
/** Shortest stem left by the clitic analysis of a whole word. */
const MIN_STEM = 3;

/** Proclitic combinations, longest first. */
const PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'وب', 'ول', 'وك', 'وس', 'فب', 'فل', 'فس', 'و', 'ف', 'ب', 'ل', 'ك', 'س'];
/** Enclitic pronouns and common inflections, longest first, as written (so `أن` is not the dual `ان`). */
const SUFFIXES = ['هما', 'كما', 'تها', 'تهم', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ات', 'ون', 'ين', 'ان', 'وا', 'ه', 'ك', 'ي', 'ن'];
/**
 * Name openers written joined by convention (`عبدالعزيز`, `أبوظبي`, `بنعلي`, also with a clitic:
 * `وعبدالرحمن`, `العبدالله`): a split right after one would respell a name, so none is made;
 * nor one before `الله` (`جارالله`, `نصرالله`).
 */
const NAME_OPENER = /^(?:[وفبلك]|ال|وال)?(?:عبد|ابو|بو|ابن|بن|ام|ذو|ذي)$|^ال$/;
/** Letters that only end a word: a word-internal ة or ى is a missing space. */
const FINAL_ONLY = /[\u0629\u0649]$/;

/** A word: Arabic letters (as isArabicLetter) and their diacritics. */
const TOKEN = /[\u0621-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FC][\u0621-\u063F\u0641-\u065F\u0670-\u06D3\u06D5\u06FA-\u06FC]*/g;

/**
 * True when a whole word is known: listed, a name, or a listed stem with clitics around it
 * (`وبمدينتهم` = و ب مدينة هم). Generous on purpose, since a known whole is never split.
 * `written` is the word without diacritics.
 */
export function isKnownWhole(written: string, lexicon: Lexicon, folded = normalizeArabic(written)): boolean {
  const { words, names } = lexicon;
  if (words.has(written, folded) || names.has(written, folded) || lexicon.shortWords.has(written)) return true;
  for (const prefix of ['', ...PREFIXES]) {
    if (prefix && !written.startsWith(prefix)) continue;
    for (const suffix of ['', ...SUFFIXES]) {
      if (!prefix && !suffix) continue;
      if (suffix && !written.endsWith(suffix)) continue;
      const end = written.length - suffix.length;
      if (end - prefix.length < MIN_STEM) continue;
      const stem = written.slice(prefix.length, end);
      const stemFolded = folded.slice(prefix.length, end);
      if (words.has(stem, stemFolded) || names.has(stem, stemFolded)) return true;
      // Feminine ة is written ت before a suffix: مدينته → مدينة.
      if (suffix && stem.endsWith('ت') && words.has(`${stem.slice(0, -1)}ة`, `${stemFolded.slice(0, -1)}ه`)) return true;
    }
  }
  return false;
}

function isKnownPart(written: string, folded: string, lexicon: Lexicon): boolean {
  return written.length < MIN_LISTED_PART ? lexicon.shortWords.has(written) : lexicon.words.has(written, folded);
}

/**
 * Why `written` may be cut before letter `p`, or null. Only three shapes are trusted; two long
 * words glued together (`الحريقتمكنت`) are left alone, because the word list also holds rare
 * forms (`التو`, `عبدا`) that cut family names (`التويجري`, `عبدالعزيز`) apart.
 * - final-letter: the first part ends in ة or ى, letters that only end a word (`المدينةالمنورة`);
 * - article: the second part starts with the article ال (`الفكرالقديم`);
 * - function-word: the second part is a short function word as written (`للتحقيقحول`, `وأكدتأن`),
 *   the first at least MIN_FUNCTION_WORD_HOST letters;
 * - particle-verb: a particle such as لا or قد before a listed imperfect verb (`لايزال`).
 */
function splitKind(written: string, folded: string, p: number, lexicon: Lexicon): SplitKind | null {
  const [left, right] = [written.slice(0, p), written.slice(p)];
  const [ln, rn] = [folded.slice(0, p), folded.slice(p)];
  if (NAME_OPENER.test(ln) || rn === 'الله') return null; // عبدالعزيز, وعبدالرحمن, جارالله
  if (ln.endsWith('ا') && right.startsWith('ل')) return null; // would cut an article in two: عبدا|لعزيز
  if (lexicon.verbParticles.has(left) && /^[يتنأ]/.test(right) && right.length >= MIN_LISTED_PART && lexicon.words.has(right, rn)) {
    return 'particle-verb';
  }
  if (!isKnownPart(left, ln, lexicon) || !isKnownPart(right, rn, lexicon)) return null;
  if (FINAL_ONLY.test(left)) return 'final-letter';
  if (right.startsWith('ال') && right.length >= MIN_ARTICLE_PART) return 'article';
  if (right.length < MIN_LISTED_PART && left.length >= MIN_FUNCTION_WORD_HOST) return 'function-word';
  return null;
}

/**
 * Where to split a word, or null. `written` is the word without diacritics.
 * 1. Too short, or known as a whole: no split.
 * 2. Every cut into two known parts of a trusted shape is a candidate.
 * 3. Exactly one candidate: that one; several: none (ambiguous splits are left alone).
 */
export function findSplit(written: string, lexicon: Lexicon): Split | null {
  // 1. Short or known.
  const folded = normalizeArabic(written);
  if (written.length < MIN_WHOLE || isKnownWhole(written, lexicon, folded)) return null;
  // 2. Candidates.
  const candidates: Split[] = [];
  for (let p = 2; p <= written.length - 2; p++) {
    const kind = splitKind(written, folded, p, lexicon);
    if (kind) candidates.push({ at: p, kind });
  }
  // 3. Choose.
  return candidates.length === 1 ? candidates[0]! : null;
}

let defaultLexicon: Lexicon | undefined;
/** The committed word lists, loaded on first use. */
export function loadLexicon(): Lexicon {
  defaultLexicon ??= { words: arabicWords(), names: arabicNames(), shortWords: SPLIT_SHORT_WORDS, verbParticles: SPLIT_VERB_PARTICLES };
  return defaultLexicon;
}

/** A rule that splits run-together words, checked against `lexicon` (the committed lists by default). */
export function createRunTogetherRule(lexicon: () => Lexicon = loadLexicon): RepairRule {
  return {
    id: 'repair-run-together',
    find(text: string): Edit[] {
      const edits: Edit[] = [];
      const lex = lexicon();
      for (const m of text.matchAll(TOKEN)) {
        const token = m[0];
        const written = token.replace(HARAKAT, '');
        if (written.length < MIN_WHOLE || lex.words.has(written)) continue;
        const split = findSplit(written, lex);
        if (split === null) continue;
        // The cut goes before letter `split.at`, after the diacritics of the letter before it.
        let letters = 0;
        let offset = 0;
        while (letters < split.at || HARAKA.test(token[offset]!)) {
          if (!HARAKA.test(token[offset]!)) letters++;
          offset++;
        }
        const at = m.index + offset;
        edits.push({
          rule: 'repair-run-together',
          start: at,
          end: at,
          text: ' ',
          message: `Run-together words split (${split.kind}): ${token.slice(0, offset)} ${token.slice(offset)}.`,
        });
      }
      return edits;
    },
  };
}

/** Splits run-together words against the committed word lists. */
export const runTogetherRule: RepairRule = createRunTogetherRule();
