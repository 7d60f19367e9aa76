/**
 * Mojibake repair: Arabic UTF-8 that was decoded as windows-1252 (`Ø§Ù„Ù‚Ø§Ù‡Ø±Ø©`) or as
 * windows-1256 (`ط§ظ„ظ‚ط§ظ‡ط±ط©`) is turned back into Arabic, run by run. Written by hand: the
 * libraries that fix mojibake (ftfy) are Python, and this needs offsets for every letter.
 */

import type { Edit, RepairRule } from './repair-edit.js';

/** windows-1252 bytes 0x80-0x9F (WHATWG index); 0xA0-0xFF are Latin-1. Node 20's TextDecoder decodes these as C1 controls. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

type Codepage = 'windows-1252' | 'windows-1256';

/** UTF-16 code unit → byte of a code page, -1 where the code page has no such character. */
function byteTable(codepage: Codepage): Int16Array {
  const table = new Int16Array(0x10000).fill(-1);
  for (let b = 0; b < 0x80; b++) table[b] = b;
  if (codepage === 'windows-1252') {
    for (let b = 0x80; b < 0xa0; b++) table[CP1252_HIGH.charCodeAt(b - 0x80)] = b;
    for (let b = 0xa0; b < 0x100; b++) table[b] = b;
  } else {
    const decoder = new TextDecoder('windows-1256');
    for (let b = 0x80; b < 0x100; b++) table[decoder.decode(new Uint8Array([b])).charCodeAt(0)] = b;
  }
  return table;
}

/** A code page's byte table and a pattern that finds where a run may start (a lead byte and a continuation byte). */
interface Codec {
  table: Int16Array;
  start: RegExp;
}

function codec(codepage: Codepage): Codec {
  const table = byteTable(codepage);
  const leads: string[] = [];
  const continuations: string[] = [];
  table.forEach((b, unit) => {
    const escaped = `\\u${unit.toString(16).padStart(4, '0')}`;
    if (b >= 0xc2 && b <= 0xf4) leads.push(escaped);
    else if (b >= 0x80 && b <= 0xbf) continuations.push(escaped);
  });
  // In windows-1252, `Ù` alone may be a `ف` whose second byte was lost (see readSequence).
  const orphan = codepage === 'windows-1252' ? '|\\u00D9' : '';
  return { table, start: new RegExp(`[${leads.join('')}][${continuations.join('')}]${orphan}`, 'g') };
}

let codecs: Record<Codepage, Codec> | undefined;
function getCodecs(): Record<Codepage, Codec> {
  codecs ??= { 'windows-1252': codec('windows-1252'), 'windows-1256': codec('windows-1256') };
  return codecs;
}

/** A run must decode to at least this many Arabic letters to be repaired (tuned by hand: 2 letters of `ط،`-like coincidences occur in real Arabic, 3 did not in 2,000 SaudiNewsNet articles). */
const MIN_ARABIC_LETTERS = 3;
/** At most this many ASCII characters (spaces, digits, punctuation) between two pairs of one run. */
const MAX_GAP = 12;

const isArabicLetterCode = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);

interface Sequence {
  start: number;
  end: number;
  /** The decoded code point. */
  code: number;
}

/** The UTF-8 sequence whose bytes start at `text[i]` in the code page of `table`, or null. */
function readSequence(text: string, i: number, table: Int16Array, codepage: Codepage): Sequence | null {
  const lead = table[text.charCodeAt(i)]!;
  if (lead < 0xc2 || lead > 0xf4) return null;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) {
    const b = i + k < text.length ? table[text.charCodeAt(i + k)]! : -1;
    if (b < 0x80 || b > 0xbf) {
      // `ف` is D9 81, and 0x81 is undefined in windows-1252: pages often lose it, leaving `Ù`.
      if (codepage === 'windows-1252' && lead === 0xd9 && k === 1) {
        return { start: i, end: i + (text[i + 1] === '\uFFFD' ? 2 : 1), code: 0x0641 };
      }
      return null;
    }
    code = (code << 6) | (b & 0x3f);
  }
  const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null; // overlong or invalid
  return { start: i, end: i + length, code };
}

/**
 * Finds the runs of one code page's mojibake and makes one edit per confident run.
 * 1. Jump to the next place where a run may start (a lead and a continuation character).
 * 2. From there, read sequences; ASCII between them is a gap (at most MAX_GAP long), anything
 *    else or a line break closes the run.
 * 3. A closed run becomes an edit when it decodes to enough Arabic letters.
 */
function findRuns(text: string, codepage: Codepage): Edit[] {
  const { table, start } = getCodecs()[codepage];
  const edits: Edit[] = [];
  let run: Sequence[] = [];
  const close = (): void => {
    // 3. Confidence.
    const arabic = run.filter((s) => isArabicLetterCode(s.code)).length;
    if (arabic >= MIN_ARABIC_LETTERS && arabic * 2 >= run.length) edits.push(toEdit(text, run, codepage));
    run = [];
  };
  start.lastIndex = 0;
  // 1. Next possible start.
  for (let m = start.exec(text); m; m = start.exec(text)) {
    // 2. Read the run.
    let i = m.index;
    let gapStart = -1;
    while (i < text.length) {
      const seq = readSequence(text, i, table, codepage);
      if (seq) {
        run.push(seq);
        gapStart = -1;
        i = seq.end;
        continue;
      }
      const code = text.charCodeAt(i);
      if (run.length === 0 || code >= 0x80 || code === 0x0a) break;
      if (gapStart < 0) gapStart = i;
      if (i - gapStart >= MAX_GAP) break;
      i++;
    }
    if (run.length > 0) close();
    start.lastIndex = Math.max(i, m.index + 1);
  }
  return edits;
}

function toEdit(text: string, run: Sequence[], codepage: Codepage): Edit {
  const pieces: Array<[number, number, string]> = [];
  let pos = run[0]!.start;
  for (const s of run) {
    if (s.start > pos) pieces.push([pos, s.start, text.slice(pos, s.start)]);
    pieces.push([s.start, s.end, String.fromCodePoint(s.code)]);
    pos = s.end;
  }
  const fixed = pieces.map((p) => p[2]).join('');
  const shown = fixed.length > 40 ? `${fixed.slice(0, 40)}…` : fixed;
  return {
    rule: 'repair-mojibake',
    start: run[0]!.start,
    end: pos,
    text: fixed,
    message: `Arabic UTF-8 text that had been read as ${codepage} decoded (${shown}).`,
    pieces,
  };
}

/** Decodes confident runs of double-encoded Arabic; windows-1252 runs win over windows-1256 ones. */
export const mojibakeRule: RepairRule = {
  id: 'repair-mojibake',
  find(text: string): Edit[] {
    const latin = findRuns(text, 'windows-1252');
    const arabic = findRuns(text, 'windows-1256').filter((e) => !latin.some((l) => l.start < e.end && e.start < l.end));
    return [...latin, ...arabic].sort((a, b) => a.start - b.start);
  },
};
