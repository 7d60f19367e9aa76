/** Charset detection and decoding: BOM, Content-Type, `<meta>` prescan and sniffing, tuned for Arabic. */
// Decoding is TextDecoder's (Node's full ICU has windows-1256 and iso-8859-6). Sniffing runs an
// Arabic check of our own before chardet, because chardet's n-gram models need long text and
// mix up windows-1256 and ISO-8859-6 on a title or a date line (see sniffCharset).

import { analyse } from 'chardet';
import { PRESCAN_BYTES, prescanMetaCharset } from './meta-prescan.js';
import { scanUtf8, type Utf8Scan } from './utf8-scan.js';

export { PRESCAN_BYTES, prescanMetaCharset, scanUtf8, type Utf8Scan };

// ---------------------------------------------------------------------------------------------
// Constants

/** How many bytes sniffing looks at; enough for several paragraphs, cheap on a 20 MB page. */
export const SNIFF_BYTES = 64 * 1024;

/** The charsets sniffing may answer with (WHATWG names). */
export const SNIFF_CANDIDATES = ['utf-8', 'windows-1256', 'iso-8859-6', 'windows-1252', 'utf-16le', 'utf-16be'] as const;

/** chardet's names for the candidates (ISO-8859-1 is windows-1252 for a WHATWG decoder). */
const CHARDET_NAMES: Record<string, string> = {
  'UTF-8': 'utf-8',
  'windows-1256': 'windows-1256',
  'ISO-8859-6': 'iso-8859-6',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** Single-byte candidates the Arabic check compares (utf-8 is compared as well). */
const LEGACY_CANDIDATES = ['windows-1256', 'iso-8859-6', 'windows-1252'] as const;

/** Characters that are neither evidence for nor against a decoding: common typographic marks. */
const NEUTRAL = new Set('\u00A0\u00AB\u00BB\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022\u200C\u200D\u200E\u200F\u00A9\u00AD');

// ---------------------------------------------------------------------------------------------
// Labels, BOM, Content-Type

/**
 * The WHATWG encoding name of `label` (`latin1` → `windows-1252`, `arabic` → `iso-8859-6`,
 * `cp1256` → `windows-1256`), or null when the label is unknown or not decodable here.
 */
export function charsetName(label: string): string | null {
  const trimmed = label.trim().replace(/^["']|["']$/g, '');
  if (trimmed === '') return null;
  try {
    const name = new TextDecoder(trimmed).encoding;
    return name === 'replacement' ? null : name;
  } catch {
    return null;
  }
}

/** The charset a byte-order mark at the start of `bytes` announces, with the BOM's length. */
export function bomCharset(bytes: Uint8Array): { charset: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** The `charset` parameter of a Content-Type value, as written (not yet resolved), or null. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s"]+))/i.exec(contentType);
  const label = m ? (m[1] ?? m[2] ?? '').trim() : '';
  return label === '' ? null : label;
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** A decoded text and the bytes that could not be decoded. */
export interface Decoded {
  text: string;
  /** Bytes or sequences replaced by U+FFFD. */
  invalid: number;
  /** Position in `text` of the first replacement, or -1. */
  firstInvalid: number;
}

/**
 * Decodes `bytes` as `charset` (a WHATWG name) with replacement. A BOM matching the charset is
 * dropped. For utf-8 the errors come from scanUtf8; for the single-byte charsets every U+FFFD
 * is an unassigned byte (they cannot encode U+FFFD itself).
 */
export function decodeBytes(bytes: Uint8Array, charset: string): Decoded {
  const text = new TextDecoder(charset, { fatal: false }).decode(bytes);
  if (charset === 'utf-8') {
    const scan = scanUtf8(bytes, bomCharset(bytes)?.charset === 'utf-8' ? 3 : 0);
    return { text, invalid: scan.invalid, firstInvalid: scan.firstInvalid };
  }
  // Single-byte charsets cannot encode U+FFFD, so each one is an unassigned byte. In UTF-16 it
  // is a lone surrogate or an odd final byte, or a real U+FFFD, rare enough in news to count.
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  return { text, invalid, firstInvalid: text.indexOf('\uFFFD') };
}

/**
 * An encoder into a single-byte charset (`windows-1256`, `iso-8859-6`, `windows-1252` ...), built
 * by inverting its decoder; it throws on a character the charset lacks. Used to undo mojibake
 * (text decoded with the wrong charset) and to write legacy-charset fixtures.
 */
export function singleByteEncoder(charset: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const c = decoder.decode(new Uint8Array([b]));
    if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, b);
  }
  if (table.size < 200) throw new RangeError(`${charset} is not a single-byte charset`);
  return (text) => {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const b = table.get(text[i]!);
      if (b === undefined) {
        const cp = text.codePointAt(i)!.toString(16).toUpperCase().padStart(4, '0');
        throw new RangeError(`${charset} cannot encode U+${cp} "${text[i]}"`);
      }
      out[i] = b;
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Sniffing

/** How plausible a decoding is as Arabic (or at least as text), from its non-ASCII characters. */
export interface DecodingScore {
  /** Arabic-script characters (letters, marks, digits, ، ؛ ؟) not glued to a Latin letter. */
  arabic: number;
  /**
   * Other non-ASCII characters (Latin accents, symbols like ¤ ¦ ¨ µ), typical of a wrong
   * charset, and Arabic letters glued to a Latin letter (an accented capital of a Latin text
   * read as windows-1256: `ÉCOLE` → `ةCOLE`).
   */
  odd: number;
  /** U+FFFD and control characters other than white space (C0 and C1). */
  bad: number;
  /** How many times the article ال occurs: the most frequent Arabic bigram, rare in a wrong decoding. */
  al: number;
}

/** Scores `text` for the Arabic check. */
export function scoreDecoding(text: string): DecodingScore {
  let arabic = 0;
  let odd = 0;
  let bad = 0;
  let al = 0;
  const latin = (i: number) => /[A-Za-z]/.test(text[i] ?? '');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) bad++;
    } else if (c < 0x7f) continue;
    else if (c <= 0x9f || c === 0xfffd) bad++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      if (latin(i - 1) || latin(i + 1)) odd++;
      else arabic++;
      if (c === 0x0627 && text.charCodeAt(i + 1) === 0x0644) al++;
    } else if (!NEUTRAL.has(text[i]!)) odd++;
  }
  return { arabic, odd, bad, al };
}

/**
 * True when a decoding reads as clean Arabic: no bad characters, at least 6 Arabic characters
 * (one word) and at least 90% Arabic among the rest. Checked on the fixtures charset-* and on
 * the one-line snippets of charset.test.ts.
 */
export function isCleanArabic(score: DecodingScore): boolean {
  return score.bad === 0 && score.arabic >= 6 && score.arabic >= 0.9 * (score.arabic + score.odd);
}

/**
 * A single number to rank decodings: Arabic characters, minus odd ones, minus bad ones ten
 * times, plus three per ال. windows-1256 and ISO-8859-6 both give Arabic letters for a short
 * line; the wrong one turns ال into اف or ان, so the bigram settles the tie.
 */
function rank(score: DecodingScore): number {
  return score.arabic - score.odd - 10 * score.bad + 3 * score.al;
}

/** What sniffing decided and how. */
export interface SniffResult {
  charset: string;
  /** `utf-8` (valid UTF-8), `utf-16` (its byte pattern), `arabic-check`, or `chardet`. */
  method: 'utf-8' | 'utf-16' | 'arabic-check' | 'chardet';
}

/**
 * Guesses the charset of `bytes` (no BOM, no declaration), or null when nothing can be told
 * (pure ASCII), so the caller uses its default.
 *
 * 1. UTF-16 without a BOM, told by its pattern of code units (see looksLikeUtf16).
 * 2. Pure ASCII: null.
 * 3. Valid UTF-8 with multi-byte sequences: utf-8 (legacy Arabic text is invalid UTF-8 within
 *    a few letters, so this is safe).
 * 4. The Arabic check: decode with windows-1256, iso-8859-6, windows-1252 and utf-8 and keep
 *    the one that reads as clean Arabic with the best rank. chardet alone confuses these when
 *    the text is short (a title, a paragraph); this check is ours, written because chardet's
 *    n-gram models are trained on longer text. Fixtures: charset-windows-1256-sniffed.
 * 5. Otherwise chardet's best answer among SNIFF_CANDIDATES, else null.
 */
export function sniffCharset(input: Uint8Array): SniffResult | null {
  const bytes = input.length > SNIFF_BYTES ? input.subarray(0, SNIFF_BYTES) : input;
  // 1. UTF-16 (first: UTF-16 Arabic is all bytes below 0x80)
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { charset: utf16, method: 'utf-16' };
  // 2. ASCII
  if (bytes.every((b) => b < 0x80)) return null;
  // 3. valid UTF-8 (a sequence cut by the sample's end is not held against it)
  const scan = scanUtf8(bytes);
  const cut = input.length > SNIFF_BYTES && scan.invalid === 1 && endsInPartialUtf8(bytes);
  if (scan.multibyte > 0 && (scan.invalid === 0 || cut)) return { charset: 'utf-8', method: 'utf-8' };
  // 4. the Arabic check
  let best: { charset: string; rank: number } | null = null;
  for (const charset of [...LEGACY_CANDIDATES, 'utf-8']) {
    const score = scoreDecoding(new TextDecoder(charset).decode(bytes));
    if (!isCleanArabic(score) && !(charset === 'utf-8' && isMostlyUtf8(scan))) continue;
    const r = rank(score);
    if (!best || r > best.rank) best = { charset, rank: r };
  }
  if (best) return { charset: best.charset, method: 'arabic-check' };
  // 5. chardet
  for (const match of analyse(bytes)) {
    const name = CHARDET_NAMES[match.name];
    if (name) return { charset: name, method: 'chardet' };
  }
  return null;
}

/** True when the sample ends inside a UTF-8 sequence that the rest of the input may complete. */
function endsInPartialUtf8(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 1, k = 0; i >= 0 && k < 3; i--, k++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xf4) return true;
    if (b < 0x80 || b > 0xbf) return false;
  }
  return false;
}

/** UTF-8 text with a few damaged bytes: far more valid multi-byte sequences than invalid ones. */
function isMostlyUtf8(scan: Utf8Scan): boolean {
  return scan.multibyte >= 20 && scan.invalid * 20 <= scan.multibyte;
}

/**
 * `utf-16le` or `utf-16be` when `bytes` read as UTF-16 text without a BOM: at least 80% of the
 * code units in one byte order fall in ranges that text uses (ASCII, Latin-1, general
 * punctuation, Arabic and its presentation forms). Random bytes land there about 3% of the time
 * and single-byte or UTF-8 text almost never, since two ASCII letters make a CJK code unit.
 */
export function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.min(bytes.length >> 1, 4096);
  if (units < 4) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    if (isTextUnit(a | (b << 8))) le++;
    if (isTextUnit((a << 8) | b)) be++;
  }
  if (le >= 0.8 * units && le > be) return 'utf-16le';
  if (be >= 0.8 * units && be > le) return 'utf-16be';
  return null;
}

function isTextUnit(u: number): boolean {
  return (
    u === 0x09 || u === 0x0a || u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x24f) ||
    (u >= 0x600 && u <= 0x6ff) ||
    (u >= 0x750 && u <= 0x77f) ||
    (u >= 0x2000 && u <= 0x206f) ||
    (u >= 0xfb50 && u <= 0xfdff) ||
    (u >= 0xfe70 && u <= 0xfeff)
  );
}
