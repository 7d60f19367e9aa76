/**
 * Arabic normalization for matching, never for display: the forms CAMeL Tools' `normalize_*`
 * and Lucene's ArabicNormalizer produce. Written by hand because no maintained npm package
 * does these exact, documented folds (and keeps their length so offsets survive).
 */

/** Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks. */
export const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;

/** One haraka (short vowel, tanwin, shadda, sukun, hamza marks) or superscript alef: a mark that sits on a letter. */
export const HARAKA = /[\u064B-\u065F\u0670]/;

/** Every haraka of a text, for `replace` (see `HARAKA`). */
export const HARAKAT = /[\u064B-\u065F\u0670]/g;

/** Tatweel (kashida), the stretching character. */
export const TATWEEL = /\u0640/g;

const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g; // آ أ إ ٱ ٲ ٳ → ا
const ALEF_MAQSURA = /\u0649/g; // ى → ي
const TEH_MARBUTA = /\u0629/g; // ة → ه
const FARSI_YEH = /[\u06CC\u06D0]/g; // ی ې → ي
const KEHEH = /\u06A9/g; // ک → ك
const HAMZA_ON_WAW = /\u0624/g; // ؤ → و
const HAMZA_ON_YEH = /\u0626/g; // ئ → ي

/**
 * Folds letters that Arabic news spells interchangeably: alef forms to ا, ى to ي, ة to ه,
 * Persian yeh and keheh to their Arabic forms; drops diacritics and tatweel. Optionally folds
 * hamza carriers (ؤ → و, ئ → ي), which resolution uses for names and search does not.
 */
export function normalizeArabic(text: string, options: { foldHamzaCarriers?: boolean } = {}): string {
  let out = text
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(ALEF_MAQSURA, '\u064A')
    .replace(TEH_MARBUTA, '\u0647')
    .replace(FARSI_YEH, '\u064A')
    .replace(KEHEH, '\u0643');
  if (options.foldHamzaCarriers) out = out.replace(HAMZA_ON_WAW, '\u0648').replace(HAMZA_ON_YEH, '\u064A');
  return out;
}

/** Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII, one for one. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode(48 + (c >= 0x06f0 ? c - 0x06f0 : c - 0x0660));
  });
}

/** True when `ch` is an Arabic letter (not a digit, mark or punctuation). */
export function isArabicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06fc);
}

/** Share of letters in `text` that are Arabic, 0 when it has no letters. */
export function arabicRatio(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (isArabicLetter(ch)) {
      arabic++;
      letters++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}
