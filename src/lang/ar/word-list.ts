/**
 * The Arabic word list and name list of resources/words/ (built by scripts/build-word-list.ts),
 * loaded lazily and once, and the short function words a run-together split may produce.
 */

import { readFileSync } from 'node:fs';
import { normalizeArabic } from './normalize.js';

const WORDS_URL = new URL('../../../resources/words/ar-words.txt', import.meta.url);
const NAMES_URL = new URL('../../../resources/words/ar-names.txt', import.meta.url);

/** Letters a writer may put where the listed form has another: a bare alef for a hamzated one, ي/ى, ه/ة. */
const LOOSER: Readonly<Record<string, string>> = { 'ا': 'أإآٱ', 'ي': 'ى', 'ى': 'ي', 'ه': 'ة', 'ة': 'ه' };

/**
 * A list of written forms (no diacritics) looked up the way news spells: a written bare alef
 * matches a listed hamzated one (`اكدت` finds `أكدت`), ي and ى match each other, and so do ه and
 * ة; but a written hamza must be listed as written, so `وأكدتأن` is not the listed `واكدتان`.
 */
export class WordList {
  private readonly byFold = new Map<string, string[]>();
  private readonly exact = new Set<string>();

  constructor(forms: Iterable<string>) {
    for (const form of forms) {
      this.exact.add(form);
      const key = normalizeArabic(form);
      const list = this.byFold.get(key);
      if (list) list.push(form);
      else this.byFold.set(key, [form]);
    }
  }

  /** Number of folded keys. */
  get size(): number {
    return this.byFold.size;
  }

  /**
   * True when `written` (no diacritics) is a listed form, allowing for the looser spellings
   * above. `folded` is its normalizeArabic form, passed by callers that slice one folded word.
   */
  has(written: string, folded?: string): boolean {
    if (this.exact.has(written)) return true;
    const candidates = this.byFold.get(folded ?? normalizeArabic(written));
    if (!candidates) return false;
    return candidates.some((form) => compatible(written, form));
  }
}

function compatible(written: string, form: string): boolean {
  if (written.length !== form.length) return false;
  for (let i = 0; i < written.length; i++) {
    const w = written[i]!;
    const f = form[i]!;
    if (w !== f && !(LOOSER[w] ?? '').includes(f)) return false;
  }
  return true;
}

let words: WordList | undefined;
let names: WordList | undefined;

function loadList(url: URL): WordList {
  return new WordList(readFileSync(url, 'utf8').split('\n').filter((w) => w.length > 0));
}

/**
 * Arabic word forms that AyaSpell accepts and news uses (about 138k), as written without
 * diacritics. Loaded on first call (about 0.3 s), then cached.
 */
export function arabicWords(): WordList {
  words ??= loadList(WORDS_URL);
  return words;
}

/** One-word Arabic personal and place names (about 12k), as written; loaded once. */
export function arabicNames(): WordList {
  names ??= loadList(NAMES_URL);
  return names;
}

/**
 * Short function words that may stand as the second part of a run-together split, as written
 * (hamza and ى kept, no diacritics), so that the dual ending `ان` is not `أن` and the name `علي`
 * is not `على`. Longer parts need only be in arabicWords(); short ones must be here, because
 * the word list also holds many short forms (`ال`, `لل`, `وا`) that would cut real words.
 * Left out because they are also word endings, which scripts/check-run-together.ts showed cut
 * real words: `ما`, `كما` (duals `استخدمتما`, `عقلكما`), `في` (nisbas `المخلفي`), `بين`
 * (plurals `المستعربين`), `لم` (`السويلم`), `لا` (`المعلا`, `ناديلا`), `قد` (`الغرقد`), `لن`
 * (feminine plurals `استبدلن`), `ولا` (`موتورولا`), `وفي` (`كارلوفي`), `كل` (`ميديكل`), `دون`.
 */
export const SPLIT_SHORT_WORDS: ReadonlySet<string> = new Set(
  (
    'من على إلى عن مع أن إن أو ثم هل إذا إذ حول ضد غير عبر بعد قبل ' +
    'عند منذ حتى لدى إلا أما لكن مثل نحو ذلك تلك هذا هذه التي الذي ومن وإلى وعلى وعن ومع ' +
    'وأن وإن وقد ولم وما فقد فإن'
  ).split(/\s+/),
);

/**
 * Particles that negate or qualify a following verb and are often glued to it (`لايزال`,
 * `ولايقبل`, `قديكون`): a split after one is trusted when the rest is a listed imperfect verb.
 */
export const SPLIT_VERB_PARTICLES: ReadonlySet<string> = new Set(
  'لا ولا فلا لم ولم فلم لن ولن قد وقد فقد'.split(' '),
);
