/**
 * Legacy quotation repair: `Œ` and `˜` next to Arabic words become `«` and `»`, paired within
 * a paragraph; an unpaired one is still repaired and raises `repair-unpaired-quote`.
 */

import { isArabicLetter } from '../../lang/ar/normalize.js';
import { CLOSING_QUOTE, LEGACY_QUOTES, OPENING_QUOTE } from '../../lang/ar/punctuation.js';
import type { Edit, RepairRule } from './repair-edit.js';

const GLYPH = /[\u0152\u02DC]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ARABIC_PUNCTUATION = /[\u060C\u061B\u061F]/;

/** Nearest character to `i` in direction `step` that is not a space or tab, within the line. */
function nearest(text: string, i: number, step: 1 | -1): string {
  for (let k = i + step; k >= 0 && k < text.length; k += step) {
    const ch = text[k]!;
    if (ch === '\n') return '';
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00A0') return ch;
  }
  return '';
}

/**
 * True when the glyph at `i` stands among Arabic words: no Latin letter touches it (`Œuvre` is
 * French) and the nearest non-space character on one side is Arabic.
 */
function inArabicContext(text: string, i: number): boolean {
  const latin = (ch: string): boolean => LATIN_LETTER.test(ch) && !LEGACY_QUOTES[ch]; // `Œ˜` next to each other are both glyphs
  if (latin(text[i - 1] ?? '') || latin(text[i + 1] ?? '')) return false;
  const arabic = (ch: string): boolean => ch !== '' && (isArabicLetter(ch) || ARABIC_PUNCTUATION.test(ch));
  return arabic(nearest(text, i, -1)) || arabic(nearest(text, i, 1));
}

/**
 * Where the glyph stands: `open` before a word with a space or line start before it,
 * `close` after a word with a space, punctuation or line end after it, null when both or
 * neither hold (`word˜word`), in which case the glyph's own identity decides.
 */
function positionRole(text: string, i: number): 'open' | 'close' | null {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  const wordBefore = WORD_CHAR.test(before) || /[.!?)\]»]/.test(before);
  const wordAfter = WORD_CHAR.test(after);
  if (wordAfter && !wordBefore) return 'open';
  if (wordBefore && !wordAfter) return 'close';
  return null;
}

/**
 * Replaces legacy quotation glyphs in Arabic context.
 * 1. Collect the glyphs in Arabic context and give each a role: by its position when that is
 *    clear, else by its identity (`Œ` opens, `˜` closes). The seed's `الإسلامي ˜يسافرون` is a
 *    closing glyph in an opening position: it becomes `«` (a quotation whose end was lost).
 * 2. Pair openers and closers within each paragraph (a line), with a stack.
 * 3. Emit one edit per glyph; an unpaired one carries a `repair-unpaired-quote` warning.
 */
export const legacyQuotesRule: RepairRule = {
  id: 'repair-legacy-quote',
  find(text: string): Edit[] {
    // 1. Glyphs and roles.
    const glyphs: Array<{ pos: number; opens: boolean; paired: boolean; line: number }> = [];
    let line = 0;
    let counted = 0;
    for (const m of text.matchAll(GLYPH)) {
      const i = m.index;
      for (; counted < i; counted++) if (text.charCodeAt(counted) === 0x0a) line++;
      const legacy = LEGACY_QUOTES[m[0]];
      if (!legacy || !inArabicContext(text, i)) continue;
      const role = positionRole(text, i);
      glyphs.push({ pos: i, opens: role === null ? legacy.opens : role === 'open', paired: false, line });
    }
    // 2. Pairing within a line.
    const stack: typeof glyphs = [];
    for (const g of glyphs) {
      while (stack.length > 0 && stack[stack.length - 1]!.line !== g.line) stack.pop();
      if (g.opens) stack.push(g);
      else {
        const opener = stack.pop();
        if (opener) opener.paired = g.paired = true;
      }
    }
    // 3. Edits.
    return glyphs.map((g): Edit => {
      const glyph = g.opens ? OPENING_QUOTE : CLOSING_QUOTE;
      const source = text[g.pos]!;
      const edit: Edit = {
        rule: 'repair-legacy-quote',
        start: g.pos,
        end: g.pos + 1,
        text: glyph,
        message: `Legacy quotation glyph ${source} read as ${glyph}.`,
      };
      if (!g.paired) {
        edit.warning = {
          rule: 'repair-unpaired-quote',
          message: `Quotation mark ${glyph} (written ${source}) has no ${g.opens ? 'closing' : 'opening'} partner in its paragraph.`,
        };
      }
      return edit;
    });
  },
};
