/** Folder source: HTML and text files under folders (recursively), read as RawDocuments. */

import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { IngestItem } from './ingest-runner.js';
import { InputError, readInput } from './read-input.js';

/** Extensions taken without looking inside; any other file is taken only when it sniffs as HTML. */
const KNOWN_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt']);

/** How many leading bytes are inspected to tell HTML and binary files. */
const SNIFF_BYTES = 1024;

/** Markup that only HTML starts with (after white space and a BOM). */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<!--)/i;

/**
 * The files under `paths` (files are taken as given, folders walked recursively in name
 * order, hidden entries skipped), as absolute paths. A missing path is returned as an error item.
 */
export function listFolderFiles(paths: readonly string[]): { files: string[]; errors: IngestItem[] } {
  const files: string[] = [];
  const errors: IngestItem[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      errors.push({ kind: 'error', label: p, error: 'no such file or folder' });
      continue;
    }
    if (isDir) walk(abs);
    else files.push(abs);
  }
  return { files, errors };
}

/** True when the bytes look binary: a NUL byte in the first `SNIFF_BYTES`. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** True when the bytes start like an HTML document. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES)).replace(/^\u00ef\u00bb\u00bf/, '');
  return HTML_START.test(head);
}

/**
 * Reads each file as a document.
 *
 * 1. Read it (readInput: size cap, content type from the extension).
 * 2. A binary file is reported and skipped.
 * 3. A file of another extension is taken only when it sniffs as HTML (and is then typed
 *    `text/html`); otherwise it is left out silently (`skipped`).
 */
export async function* folderSource(files: readonly string[]): AsyncGenerator<IngestItem> {
  for (const path of files) {
    // 1. read
    let raw;
    try {
      raw = await readInput(path);
    } catch (error) {
      if (error instanceof InputError) {
        yield { kind: 'error', label: path, error: error.message };
        continue;
      }
      throw error;
    }
    // 2. binary
    if (looksBinary(raw.bytes)) {
      yield { kind: 'error', label: path, error: 'binary file, not HTML or text' };
      continue;
    }
    // 3. unknown extension
    if (!KNOWN_EXTENSIONS.has(extname(path).toLowerCase())) {
      if (!looksLikeHtml(raw.bytes)) {
        yield { kind: 'skipped', label: path };
        continue;
      }
      raw.contentType = 'text/html';
    }
    yield { kind: 'document', label: path, raw };
  }
}
