/** readInput: one input spec (a file path, an http(s) URL or `-`) into a RawDocument. */

import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../record/document.js';
import { contentTypeFromPath, readFileBytes, readStreamBytes } from './file-reader.js';
import { InputError } from './input-error.js';
import { fetchUrl } from './url-fetcher.js';

export { InputError, type InputErrorCode } from './input-error.js';

/** How inputs are read. Every field is optional; the defaults are given with each. */
export interface ReadOptions {
  /** Deadline for a whole URL fetch, redirects and body included. Default 20 000 ms. */
  timeoutMs?: number;
  /**
   * Most bytes read. Default {@link DEFAULT_MAX_URL_BYTES} (20 MB) for URLs and standard input,
   * {@link DEFAULT_MAX_FILE_BYTES} (64 MB) for files; when given, it applies to all three.
   */
  maxBytes?: number;
  /** Most redirects a URL fetch follows. Default 5. */
  maxRedirects?: number;
  /** Allow URLs whose host is loopback, private, link-local ... Default false. */
  allowPrivateNetwork?: boolean;
  /** User-Agent header of URL fetches. Default {@link DEFAULT_USER_AGENT}. */
  userAgent?: string;
  /** The stream `-` reads. Default `process.stdin` (tests pass their own). */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_URL_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'Marsad/0.1 (Arabic news analysis; +https://github.com/marsad)';

/** A spec is a URL when it starts with a scheme and `//` (so `C:\x` and `a:b.html` stay paths). */
const URL_SPEC = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Reads one input.
 *
 * 1. `-` reads `options.stdin` (default process.stdin) to its end.
 * 2. `http://` and `https://` URLs are fetched (see fetchUrl: checked redirects, no private
 *    addresses, deadline, byte cap); `file://` URLs are read as paths; any other scheme is refused.
 * 3. Anything else is a file path; its content type is guessed from the extension.
 *
 * `url` of the result is the final URL after redirects; the requested one is kept in
 * `hints.extra.requestedUrl` when they differ.
 *
 * @throws InputError (see its codes) with a one-line message.
 */
export async function readInput(spec: string, options: ReadOptions = {}): Promise<RawDocument> {
  // 1. standard input
  if (spec === '-') {
    const stream = options.stdin ?? process.stdin;
    const bytes = await readStreamBytes(stream, options.maxBytes ?? DEFAULT_MAX_URL_BYTES, 'standard input');
    return { bytes, url: null, path: '-', contentType: null, fetchedAt: new Date().toISOString() };
  }
  // 2. URLs
  if (URL_SPEC.test(spec)) {
    const scheme = spec.slice(0, spec.indexOf(':')).toLowerCase();
    if (scheme === 'file') {
      let path: string;
      try {
        path = fileURLToPath(spec);
      } catch (error) {
        throw new InputError('bad-url', `not a valid file URL: ${spec}`, { cause: error });
      }
      return readFile(path, options);
    }
    if (scheme !== 'http' && scheme !== 'https') {
      throw new InputError('bad-url', `only http and https URLs can be fetched, not ${scheme}: (${spec})`);
    }
    const result = await fetchUrl(spec, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_URL_BYTES,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      allowPrivateNetwork: options.allowPrivateNetwork ?? false,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    });
    const raw: RawDocument = {
      bytes: result.bytes,
      url: result.url,
      path: null,
      contentType: result.contentType,
      fetchedAt: new Date().toISOString(),
    };
    if (result.redirectedFrom.length > 0) raw.hints = { extra: { requestedUrl: spec, redirects: result.redirectedFrom } };
    return raw;
  }
  // 3. files
  return readFile(spec, options);
}

async function readFile(path: string, options: ReadOptions): Promise<RawDocument> {
  const bytes = await readFileBytes(path, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  return { bytes, url: null, path, contentType: contentTypeFromPath(path), fetchedAt: new Date().toISOString() };
}
