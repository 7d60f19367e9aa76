/** JSON lines: one document per line (`url`, `title`, `html`/`text`/`content`, ...) into RawDocuments. */

import { createInterface } from 'node:readline';
import type { DocumentHints, RawDocument } from '../record/document.js';

/** Fields that become the body, in order of preference. */
const BODY_FIELDS = ['html', 'text', 'content'] as const;

/** Hint fields and the JSON keys they are read from, in order of preference. */
const HINT_FIELDS: Record<Exclude<keyof DocumentHints, 'extra'>, readonly string[]> = {
  title: ['title'],
  published: ['published'],
  site: ['site', 'source'],
  byline: ['byline', 'author'],
};

/** Keys that are read into the record itself; every other key goes to `hints.extra`. */
const KNOWN_KEYS = new Set<string>(['url', ...BODY_FIELDS, ...Object.values(HINT_FIELDS).flat()]);

/** One line of a JSONL stream: a document, or why the line could not be read. */
export type JsonLineResult = { lineNo: number; raw: RawDocument } | { lineNo: number; error: string };

/**
 * Reads one JSON line (`lineNo` counts from 1 and only names the line in errors).
 *
 * 1. Parse; the line must hold an object with a string `html`, `text` or `content` (first wins).
 * 2. The bytes are the UTF-8 of that string; contentType is `text/html; charset=utf-8` when it
 *    came from `html`, else `text/plain; charset=utf-8`. The charset parameter is stated because
 *    the string is already Unicode: a stale `<meta charset>` inside the HTML must not win.
 * 3. `url` becomes the record's url; title, published, site (or source) and byline (or author)
 *    become hints when they are non-empty strings; every other field is kept in `hints.extra`.
 */
export function rawFromJsonLine(line: string, lineNo: number): RawDocument | { error: string } {
  // 1. parse
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `line ${lineNo}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `line ${lineNo}: expected a JSON object` };
  }
  const obj = value as Record<string, unknown>;
  const bodyField = BODY_FIELDS.find((f) => typeof obj[f] === 'string');
  if (!bodyField) return { error: `line ${lineNo}: no string field html, text or content` };
  // 2. bytes and content type
  const bytes = new TextEncoder().encode(obj[bodyField] as string);
  const contentType = bodyField === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
  // 3. url and hints
  const hints: DocumentHints = {};
  for (const [hint, keys] of Object.entries(HINT_FIELDS) as [keyof typeof HINT_FIELDS, readonly string[]][]) {
    for (const key of keys) {
      const v = obj[key];
      if (typeof v === 'string' && v.trim() !== '') {
        hints[hint] = v.trim();
        break;
      }
    }
  }
  const extra: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(obj)) {
    if (!KNOWN_KEYS.has(key)) extra[key] = v;
  }
  if (Object.keys(extra).length > 0) hints.extra = extra;
  const url = typeof obj.url === 'string' && obj.url.trim() !== '' ? obj.url.trim() : null;
  const raw: RawDocument = { bytes, url, path: null, contentType, fetchedAt: new Date().toISOString() };
  if (Object.keys(hints).length > 0) raw.hints = hints;
  return raw;
}

/**
 * Reads a JSONL stream line by line, without holding more than one line in memory, and yields
 * each non-blank line as a document or an error. A UTF-8 BOM at the start is skipped; CRLF
 * line ends are accepted.
 */
export async function* readJsonLines(stream: NodeJS.ReadableStream): AsyncGenerator<JsonLineResult> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      const text = lineNo === 1 && line.startsWith('\uFEFF') ? line.slice(1) : line;
      if (text.trim() === '') continue;
      const result = rawFromJsonLine(text, lineNo);
      yield 'error' in result ? { lineNo, error: result.error } : { lineNo, raw: result };
    }
  } finally {
    lines.close();
  }
}
