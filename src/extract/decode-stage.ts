/** The decode stage: raw bytes into the input text, with its charset, how it was chosen, and its format. */

import type { DocumentRecord, InputLayer } from '../record/document.js';
import type { Reporter, Stage } from '../pipeline/stage.js';
import {
  bomCharset,
  charsetName,
  contentTypeCharset,
  decodeBytes,
  isCleanArabic,
  looksLikeUtf16,
  prescanMetaCharset,
  scanUtf8,
  scoreDecoding,
  sniffCharset,
  SNIFF_BYTES,
} from './charset.js';

// ---------------------------------------------------------------------------------------------
// Constants

/** How many leading bytes the binary check looks at (git looks at 8000 for its NUL test). */
const BINARY_PROBE_BYTES = 8192;

/**
 * Share of control bytes (C0 other than white space and ESC, and DEL) above which an input is
 * binary. Text has none or a handful; random or compressed data has about 11%.
 */
const BINARY_CONTROL_SHARE = 0.05;

/** File signatures of formats that are never text, with the name the message gives. */
const MAGIC: readonly { name: string; offset?: number; bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP image or RIFF media file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or a DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a gzip file', bytes: [0x1f, 0x8b] },
  { name: 'a bzip2 file', bytes: [0x42, 0x5a, 0x68] },
  { name: 'an xz file', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'a zstd file', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'an OLE2 document (old Word/Excel)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'an SQLite database', bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)) },
  { name: 'an MP4/QuickTime video', offset: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
  { name: 'an Ogg media file', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'an MP3 file', bytes: [0x49, 0x44, 0x33] },
  { name: 'a FLAC file', bytes: [0x66, 0x4c, 0x61, 0x43] },
  { name: 'a WOFF font', bytes: [0x77, 0x4f, 0x46, 0x46] },
  { name: 'a WOFF2 font', bytes: [0x77, 0x4f, 0x46, 0x32] },
];

/** Tags whose presence in the first KB makes a text HTML, when two of them are found. */
const TYPICAL_TAG =
  /<\/?(?:p|div|span|a|br|hr|img|table|tr|td|ul|ol|li|h[1-6]|meta|link|script|style|title|article|section|header|footer|nav|main|form|iframe|strong|em|b|i)\b[^<>]*>/gi;

/** What starts an HTML document, once white space, an XML declaration and comments are skipped. */
const HTML_START = /^<(?:!doctype\s+html|html|head|body)[\s>/]/i;

// ---------------------------------------------------------------------------------------------
// Helpers

/** Why `bytes` are binary (a format name or the evidence), or null when they may be text. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    const at = m.offset ?? 0;
    if (bytes.length >= at + m.bytes.length && m.bytes.every((b, i) => bytes[at + i] === b)) {
      // A signature of two or three bytes is short: require a control byte soon after it, so
      // that a text starting with "BZh" or "ID3" is not taken for binary.
      if (m.bytes.length <= 3 && !hasControlByte(bytes.subarray(m.bytes.length, 64))) continue;
      return m.name;
    }
  }
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  if (looksLikeUtf16(probe)) return null;
  if (probe.includes(0)) return 'it contains NUL bytes';
  let controls = 0;
  for (const b of probe) if (isControlByte(b)) controls++;
  if (controls > BINARY_CONTROL_SHARE * probe.length) return `${Math.round((100 * controls) / probe.length)}% of its first bytes are control characters`;
  return null;
}

function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

function hasControlByte(bytes: Uint8Array): boolean {
  return bytes.some((b) => b === 0 || isControlByte(b));
}

/**
 * `html` when `contentType` says HTML, when the text starts (after white space, an XML
 * declaration and comments) with `<!doctype html`, `<html`, `<head` or `<body`, or when its
 * first KB holds at least two typical tags; else `text`.
 */
export function detectFormat(text: string, contentType: string | null): 'html' | 'text' {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  let head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  for (;;) {
    const trimmed = head.trimStart();
    const skip = /^(?:<\?xml[^>]*>|<!--[\s\S]*?-->)/.exec(trimmed);
    if (!skip) {
      head = trimmed;
      break;
    }
    head = trimmed.slice(skip[0].length);
  }
  if (HTML_START.test(head)) return 'html';
  const tags = text.slice(0, 1024).match(TYPICAL_TAG);
  return tags && tags.length >= 2 ? 'html' : 'text';
}

/** A charset and what decided it. */
interface Choice {
  charset: string;
  source: InputLayer['charsetSource'];
}

/** Resolves a declared label, reporting `charset-unknown` when it names no known encoding. */
function resolveDeclared(label: string | null, where: string, report: Reporter): string | null {
  if (label === null) return null;
  const name = charsetName(label);
  if (name === null) {
    report({
      severity: 'warning',
      rule: 'charset-unknown',
      message: `the ${where} declares the unknown charset "${label}"; the charset is guessed instead`,
    });
  }
  return name;
}

/**
 * When a declared charset contradicts the bytes, the charset that reads better, or null.
 * Declared utf-8 but invalid (and not merely a few damaged bytes) while a single-byte charset
 * gives clean Arabic; declared single-byte but the bytes are valid multi-byte UTF-8; declared
 * single-byte that does not read as Arabic while another candidate reads as clean Arabic.
 */
function contradiction(bytes: Uint8Array, declared: string): string | null {
  if (declared === 'utf-16le' || declared === 'utf-16be') return null;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const scan = scanUtf8(sample, bomCharset(sample)?.charset === 'utf-8' ? 3 : 0);
  if (declared !== 'utf-8' && scan.invalid === 0 && scan.multibyte > 0) return 'utf-8';
  if (declared === 'utf-8' && scan.invalid === 0) return null;
  if (declared === 'utf-8' && scan.multibyte >= 20 && scan.invalid * 20 <= scan.multibyte) return null;
  if (isCleanArabic(scoreDecoding(new TextDecoder(declared).decode(sample)))) return null;
  const sniffed = sniffCharset(bytes);
  if (!sniffed || sniffed.charset === declared) return null;
  return isCleanArabic(scoreDecoding(new TextDecoder(sniffed.charset).decode(sample))) ? sniffed.charset : null;
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Options of the decode stage. */
export interface DecodeOptions {
  /** A charset to use whatever the bytes say (charsetSource `given`). Default: detect it. */
  charset?: string;
}

/**
 * Creates the decode stage (requires `raw`, assigns `input`).
 *
 * 1. Empty bytes: error `input-empty`, no `input` layer.
 * 2. Binary bytes (a file signature such as PNG, PDF or ZIP; NUL bytes; many control bytes):
 *    error `input-binary`, no `input` layer.
 * 3. Choose the charset: the given one, else the BOM, else the Content-Type charset, else the
 *    `<meta>` prescan of the first 4 KB, else sniffing, else utf-8. A declared label that is
 *    unknown gives a `charset-unknown` warning and the next step decides.
 * 4. A declared charset (header or meta) that the bytes contradict is replaced by the one that
 *    reads better, with a `charset-mismatch` warning.
 * 5. Decode with replacement; bytes that could not be decoded give one `charset-invalid-bytes`
 *    warning with their count and the place of the first in the decoded text.
 * 6. A text of white space only: error `input-empty`. Otherwise tell html from text.
 *
 * @throws RangeError when `options.charset` is not a known encoding (a configuration error).
 */
export function createDecodeStage(options: DecodeOptions = {}): Stage {
  const given = options.charset === undefined ? null : charsetName(options.charset);
  if (options.charset !== undefined && given === null) {
    throw new RangeError(`decode stage: unknown charset "${options.charset}"`);
  }
  return Object.freeze({
    name: 'decode',
    requires: ['raw'] as const,
    assigns: ['input'] as const,
    run(doc: DocumentRecord, report: Reporter): DocumentRecord {
      const { bytes, contentType } = doc.raw;
      // 1. empty
      if (bytes.length === 0) {
        report({ severity: 'error', rule: 'input-empty', message: 'the input is empty (0 bytes)' });
        return doc;
      }
      // 2. binary
      const bom = bomCharset(bytes);
      const why = bom && bom.charset !== 'utf-8' ? null : binaryReason(bytes);
      if (why !== null) {
        report({ severity: 'error', rule: 'input-binary', message: `the input is not text: ${why}` });
        return doc;
      }
      // 3. the charset
      let choice: Choice | null = given ? { charset: given, source: 'given' } : bom ? { charset: bom.charset, source: 'bom' } : null;
      if (!choice) {
        const header = resolveDeclared(contentTypeCharset(contentType), 'Content-Type', report);
        if (header) choice = { charset: header, source: 'header' };
      }
      if (!choice) {
        const meta = resolveDeclared(prescanMetaCharset(bytes), '<meta> tag', report);
        // WHATWG: a <meta> cannot declare UTF-16 (the prescan read it as ASCII), so it means utf-8.
        if (meta) choice = { charset: meta.startsWith('utf-16') ? 'utf-8' : meta, source: 'meta' };
      }
      // 4. a declaration the bytes contradict
      if (choice && (choice.source === 'header' || choice.source === 'meta')) {
        const better = contradiction(bytes, choice.charset);
        if (better) {
          report({
            severity: 'warning',
            rule: 'charset-mismatch',
            message: `the ${choice.source === 'header' ? 'Content-Type' : '<meta> tag'} declares ${choice.charset}, but the bytes read as ${better}; decoded as ${better}`,
          });
          choice = { charset: better, source: 'sniff' };
        }
      }
      if (!choice) {
        const sniffed = sniffCharset(bytes);
        choice = sniffed ? { charset: sniffed.charset, source: 'sniff' } : { charset: 'utf-8', source: 'default' };
      }
      // 5. decode
      const decoded = decodeBytes(bytes, choice.charset);
      if (decoded.invalid > 0) {
        report({
          severity: 'warning',
          rule: 'charset-invalid-bytes',
          message: `${decoded.invalid} byte sequence${decoded.invalid === 1 ? ' is' : 's are'} not valid ${choice.charset} and became U+FFFD; the first at input offset ${decoded.firstInvalid}`,
          inputStart: decoded.firstInvalid,
          inputEnd: decoded.firstInvalid + 1,
        });
      }
      // 6. emptiness and format
      if (decoded.text.trim() === '') {
        report({ severity: 'error', rule: 'input-empty', message: 'the input holds only white space' });
        return doc;
      }
      const input: InputLayer = {
        text: decoded.text,
        charset: choice.charset,
        charsetSource: choice.source,
        format: detectFormat(decoded.text, contentType),
      };
      return { ...doc, input };
    },
  });
}

/** The decode stage with default options: the charset is detected. */
export const decodeStage: Stage = createDecodeStage();
