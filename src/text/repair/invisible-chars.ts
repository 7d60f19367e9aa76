/**
 * Invisible-character repair: zero-width characters, bidi controls, the byte-order mark, soft
 * hyphens and the Arabic letter mark are dropped; they split words for search and matching
 * while showing nothing.
 */

import type { Edit, RepairContext, RepairRule } from './repair-edit.js';

/**
 * ZWSP-ZWJ, LRM/RLM, LRE-RLO, LRI-PDI, word joiner, BOM (ZWNBSP), soft hyphen, ALM. Adjacent
 * ones form one run and one edit.
 */
const INVISIBLE_RUN = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD\u061C]+/g;

/** Zero-width non-joiner and joiner. */
const JOINERS = /^[\u200C\u200D]+$/;

/** Languages whose orthography uses the zero-width non-joiner inside Arabic-script words. */
const ZWNJ_LANGUAGES: ReadonlySet<string> = new Set(['fa', 'ur', 'ps', 'ckb', 'ku', 'sd']);

const isSpace = (ch: string): boolean => ch === '' || /\s/u.test(ch);
/** Arabic script, with its marks and presentation forms (which a later rule turns into letters). */
const isArabicScript = (ch: string): boolean => /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch);

/**
 * Decides what becomes of one run of invisible characters:
 * 1. ZWNJ / ZWJ alone between two non-space characters neither of which is Arabic stay: emoji
 *    sequences (👨‍👩‍👧) and Indic scripts need them. In a Persian, Urdu, Pashto, Kurdish or
 *    Sindhi document they stay too (`می‌خواهم`). In Arabic they have no use and are dropped.
 * 2. A zero-width space between two letters marks a word boundary: it becomes a space.
 * 3. Anything else is dropped.
 * Returns the replacement text, or null to leave the run alone.
 */
function replacementFor(run: string, before: string, after: string, context: RepairContext): string | null {
  // 1. Joiners that carry meaning.
  if (JOINERS.test(run)) {
    if (context.language !== null && ZWNJ_LANGUAGES.has(context.language)) return null;
    if (!isSpace(before) && !isSpace(after) && !isArabicScript(before) && !isArabicScript(after)) return null;
  }
  // 2. A zero-width space standing for a space.
  if (run.includes('\u200B') && /\p{L}/u.test(before) && /\p{L}/u.test(after)) return ' ';
  // 3. Drop.
  return '';
}

const NAMES: Readonly<Record<string, string>> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte-order mark',
  '\u00AD': 'soft hyphen',
  '\u061C': 'Arabic letter mark',
};

function describe(run: string): string {
  const names = [...new Set([...run].map((ch) => NAMES[ch] ?? 'bidi control'))];
  return names.join(', ');
}

/** Drops invisible characters, one edit per run of adjacent ones. */
export const invisibleCharsRule: RepairRule = {
  id: 'repair-invisible-char',
  find(text: string, context: RepairContext): Edit[] {
    const edits: Edit[] = [];
    for (const m of text.matchAll(INVISIBLE_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const replacement = replacementFor(m[0], text[start - 1] ?? '', text[end] ?? '', context);
      if (replacement === null) continue;
      const what = describe(m[0]);
      const message = replacement === ' ' ? `Invisible ${what} replaced by a space.` : `Invisible ${what} removed.`;
      edits.push({ rule: 'repair-invisible-char', start, end, text: replacement, message });
    }
    return edits;
  },
};
