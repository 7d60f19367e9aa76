/**
 * The language and direction of an article: declared (`<html lang dir>`, content-language) or
 * told from its letters. Telling Arabic from Latin-script text by letter share is enough here;
 * Latin-script pages are told apart by a handful of function words, not a language model.
 */
import { isArabicLetter } from '../lang/ar/normalize.js';

/** Below this share of Arabic letters the body is not Arabic (`extract-not-arabic`). */
export const ARABIC_SHARE_MIN = 0.5;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ku', 'ckb', 'sd', 'ug', 'yi', 'dv']);
const FUNCTION_WORDS: Record<string, RegExp> = {
  en: /\b(?:the|and|of|to|in|is|that|for|with|was|on|said)\b/gi,
  fr: /\b(?:le|la|les|des|et|est|du|une|dans|pour|qui|sur)\b/gi,
  es: /\b(?:el|los|las|del|y|que|por|una|con|para|es)\b/gi,
  de: /\b(?:der|die|das|und|ist|nicht|mit|von|den|sich)\b/gi,
};
/** Text sampled for detection: enough to decide, bounded on huge pages. */
const SAMPLE = 20_000;

/** Arabic letters and all letters of `text` (letters: Arabic, Latin, and any other cased or Arabic-script letter). */
export function countLetters(text: string): { arabic: number; letters: number } {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
      continue;
    }
    if (c >= 0x0600 && c <= 0x06ff) {
      if (isArabicLetter(text[i]!)) {
        arabic++;
        letters++;
      }
      continue;
    }
    if (LETTER.test(text[i]!)) letters++;
  }
  return { arabic, letters };
}

const LETTER = /\p{L}/u;

/** The primary subtag of a BCP 47 tag or locale: `ar-EG` → `ar`, `ar_AR` → `ar`. */
export function primaryLanguage(tag: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

/** Writing direction of a language. */
export function directionOf(language: string | null): 'rtl' | 'ltr' | null {
  if (language === null) return null;
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * The language of `text` told from its letters: `ar` when Arabic letters make at least half,
 * else the Latin-script language whose function words are most frequent; null for text with
 * too few letters to tell.
 */
export function detectLanguage(text: string): { language: string | null; arabicShare: number; letters: number } {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { arabic, letters } = countLetters(sample);
  const share = letters === 0 ? 0 : arabic / letters;
  if (letters < 20) return { language: share >= ARABIC_SHARE_MIN && letters > 0 ? 'ar' : null, arabicShare: share, letters };
  if (share >= ARABIC_SHARE_MIN) return { language: 'ar', arabicShare: share, letters };
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, re] of Object.entries(FUNCTION_WORDS)) {
    const count = (sample.match(re) ?? []).length;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return { language: bestCount >= 3 ? best : null, arabicShare: share, letters };
}
