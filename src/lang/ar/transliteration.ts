/**
 * Arabic ↔ Latin transliteration keys: both scripts fold to one consonant skeleton so that
 * `Droukdel`, `دروكدال` and `Drukdal` meet. Written by hand: no npm package transliterates
 * Arabic names loosely enough for matching (they aim at one strict romanization).
 */

/** Arabic letters to skeleton classes. Vowel letters (ا و ي ى) and hamza carry no consonant. */
export const ARABIC_TO_LATIN: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'g', 'ح': 'h', 'خ': 'x', 'د': 'd', 'ذ': 'z', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'S', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'g', 'ف': 'f', 'ق': 'k',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': '', 'پ': 'b', 'چ': 'S', 'ڤ': 'f', 'گ': 'g',
  'ا': '', 'أ': '', 'إ': '', 'آ': '', 'ء': '', 'ؤ': '', 'ئ': '', 'و': '', 'ي': '', 'ى': '',
};

/** Latin digraphs first, then single letters, to the same classes; vowels, w, y and h after a consonant vanish. */
const LATIN_DIGRAPHS: readonly [string, string][] = [
  ['kh', 'x'], ['sh', 'S'], ['ch', 'S'], ['th', 't'], ['dh', 'z'], ['gh', 'g'], ['ph', 'f'], ['ou', ''], ['ck', 'k'],
];
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', t: 't', j: 'g', g: 'g', h: 'h', x: 'ks', d: 'd', z: 'z', r: 'r', s: 's', f: 'f', v: 'f',
  q: 'k', k: 'k', c: 'k', l: 'l', m: 'm', n: 'n',
};

/** Drops the definite article of each word (`al-`, `el-`, `ال`). */
function dropArticles(words: string[], latin: boolean): string[] {
  return words.map((w) => (latin ? w.replace(/^(?:al|el|ad|ar|as|at|az|an|ash|ad-)[-']/, '') : w.replace(/^ال(?=..)/, '')));
}

/** Collapses runs of one class (`mm` → `m`), as doubled letters are spelled either way. */
function collapse(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/** Consonant skeleton of an Arabic name, e.g. `عبد المالك درودكال` → `bd mlk drdkl`. */
export function arabicTranslitKey(name: string): string {
  const words = dropArticles(name.replace(/[\u064B-\u065F\u0670\u0640]/g, '').split(/[\s\-_]+/).filter(Boolean), false);
  return words
    .map((w) => collapse([...w.replace(/ة$/, '')].map((ch) => ARABIC_TO_LATIN[ch] ?? '').join('')))
    .filter(Boolean)
    .join(' ');
}

/** Consonant skeleton of a Latin-script name, e.g. `Abdelmalek Droukdel` → `bdlmlk drkdl`. */
export function latinTranslitKey(name: string): string {
  const words = dropArticles(
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[\s_]+/)
      .filter(Boolean),
    true,
  );
  return words
    .map((w) => {
      let s = w.replace(/[^a-z]/g, '');
      for (const [from, to] of LATIN_DIGRAPHS) s = s.split(from).join(to);
      return collapse([...s].map((ch) => LATIN_LETTERS[ch] ?? '').join(''));
    })
    .filter(Boolean)
    .join(' ');
}

/** True when `text` is mostly Latin letters. */
export function isLatinName(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return false;
  return (letters.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0) / letters.length > 0.5;
}

/** The skeleton of a name in either script. */
export function translitKey(name: string): string {
  return isLatinName(name) ? latinTranslitKey(name) : arabicTranslitKey(name);
}

/** The skeleton without word breaks and with runs collapsed across them (`بي كا كا` and `PKK` → `bk`). */
export function compactTranslitKey(name: string): string {
  return collapse(translitKey(name).replace(/ /g, ''));
}
