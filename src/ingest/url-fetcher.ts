/** URL fetcher: GET over http(s) with checked redirects, pinned addresses, a deadline and a byte cap. */

import type { LookupAddress, lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { addressRefusal, pinnedLookup, resolveHost } from './address-policy.js';
import { InputError } from './input-error.js';

/** Settled options of one fetch (read-input.ts documents the defaults). */
export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivateNetwork: boolean;
  userAgent: string;
  /**
   * Why an address is refused, or null to allow it. Default: addressRefusal, or nothing refused
   * when allowPrivateNetwork. Tests use it to refuse one loopback address and allow another.
   */
  addressPolicy?: (address: string) => string | null;
}

/** What a fetch returns: the final URL after redirects, the body and its content type. */
export interface FetchResult {
  url: string;
  /** Every URL visited before the final one, in order. */
  redirectedFrom: string[];
  bytes: Uint8Array;
  contentType: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Thrown inside the fetch when the deadline passes; turned into an InputError at the end. */
const TIMEOUT = Symbol('timeout');

/**
 * Fetches `spec` with GET.
 *
 * 1. Parse the URL; a deadline of `timeoutMs` covers every hop and the body.
 * 2. For each hop: only http/https; resolve the host and refuse it if any of its addresses is
 *    not public (unless `allowPrivateNetwork`); connect only to those checked addresses.
 * 3. Follow 301/302/303/307/308 by hand, at most `maxRedirects` times, checking each hop as in 2.
 * 4. Refuse a non-2xx status; stream the body, decompressing gzip/deflate/br, and abort once it
 *    passes `maxBytes` (counted after decompression, so a compressed bomb is stopped too).
 *
 * @throws InputError with code bad-url, private-address, too-many-redirects, http-status,
 *   too-large, timeout or network.
 */
export async function fetchUrl(spec: string, options: FetchOptions): Promise<FetchResult> {
  // 1. URL and deadline
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new InputError('bad-url', `not a valid URL: ${spec}`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMEOUT), options.timeoutMs);
  const visited: string[] = [];
  try {
    for (;;) {
      // 2. check the hop and connect to its checked addresses
      const addresses = await checkHop(url, options, controller.signal);
      const res = await get(url, addresses, options.userAgent, controller.signal);
      const status = res.statusCode ?? 0;
      // 3. redirects
      if (REDIRECT_STATUSES.has(status) && res.headers.location) {
        res.destroy();
        visited.push(url.href);
        if (visited.length > options.maxRedirects) {
          throw new InputError(
            'too-many-redirects',
            `more than ${options.maxRedirects} redirects fetching ${spec} (last: ${url.href})`,
          );
        }
        url = parseLocation(res.headers.location, url);
        continue;
      }
      // 4. status and body
      if (status < 200 || status > 299) {
        res.destroy();
        throw new InputError('http-status', `HTTP ${status} ${res.statusMessage ?? ''} from ${url.href}`.trimEnd());
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes && !res.headers['content-encoding']) {
        res.destroy();
        throw tooLarge(url, options.maxBytes);
      }
      const bytes = await readBody(res, url, options.maxBytes);
      return { url: url.href, redirectedFrom: visited, bytes, contentType: res.headers['content-type'] ?? null };
    }
  } catch (error) {
    throw asInputError(error, controller.signal, url, options.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves and checks one hop; returns the addresses the connection may use. */
async function checkHop(url: URL, options: FetchOptions, signal: AbortSignal): Promise<LookupAddress[]> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError('bad-url', `only http and https URLs can be fetched, not ${url.protocol} (${url.href})`);
  }
  const addresses = await abortable(resolveHost(url.hostname), signal);
  if (addresses.length === 0) throw new InputError('network', `host ${url.hostname} has no address (${url.href})`);
  const policy = options.addressPolicy ?? (options.allowPrivateNetwork ? null : addressRefusal);
  if (policy) {
    for (const a of addresses) {
      const why = policy(a.address);
      if (why) {
        throw new InputError(
          'private-address',
          `refused to fetch ${url.href}: ${url.hostname} is ${a.address}, a ${why} (allowPrivateNetwork is off)`,
        );
      }
    }
  }
  return addresses;
}

/** Starts a GET and resolves with the response head. */
function get(url: URL, addresses: LookupAddress[], userAgent: string, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'GET',
        agent: false,
        lookup: pinnedLookup(addresses) as unknown as typeof dnsLookup,
        signal,
        headers: {
          'user-agent': userAgent,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
          'accept-language': 'ar,en;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** Reads the body, decompressing it, and stops past `maxBytes`. */
async function readBody(res: IncomingMessage, url: URL, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  const body: Readable = decoder ? pipeline(res, decoder, () => {}) : res;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(buf);
    }
  } finally {
    body.destroy();
    res.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function parseLocation(location: string, base: URL): URL {
  try {
    return new URL(location, base);
  } catch {
    throw new InputError('bad-url', `bad redirect target ${JSON.stringify(location)} from ${base.href}`);
  }
}

function tooLarge(url: URL, maxBytes: number): InputError {
  return new InputError('too-large', `body of ${url.href} is larger than ${maxBytes} bytes (maxBytes)`);
}

/** Rejects as soon as `signal` aborts, so a slow DNS answer cannot outlive the deadline. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

/** Turns whatever the fetch threw into an InputError with a one-line message. */
function asInputError(error: unknown, signal: AbortSignal, url: URL, timeoutMs: number): InputError {
  if (error instanceof InputError) return error;
  if (signal.aborted && signal.reason === TIMEOUT) {
    return new InputError('timeout', `timed out after ${timeoutMs} ms fetching ${url.href}`, { cause: error });
  }
  const err = error as NodeJS.ErrnoException;
  const what =
    err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN'
      ? `cannot resolve host ${url.hostname}`
      : err.code === 'ECONNREFUSED'
        ? 'connection refused'
        : (err.message ?? String(error)).split('\n')[0];
  return new InputError('network', `network error fetching ${url.href}: ${what}${err.code ? ` (${err.code})` : ''}`, {
    cause: error,
  });
}
