/** WARC source: HTML response records of a WARC file (gzip or not), read with Webrecorder's warcio. */

import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { RawDocument } from '../record/document.js';
import type { IngestItem } from './ingest-runner.js';

/** Content types of records taken as documents. */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)/i;

/**
 * Yields each `response` record whose HTTP status is 2xx and whose content type is HTML as a
 * document (body de-chunked and decoded by warcio); other records are left out. Problems are
 * yielded as errors and the rest goes on:
 *
 * 1. A record whose block ends before its `Content-Length` (warcio's reader has bytes left to
 *    read) is truncated.
 * 2. A gzip member cut short makes warcio stop without a record: when the parser stops before
 *    the end of the file, the tail is reported as a truncated record.
 * 3. A parse failure ends the file with an error.
 */
export async function* warcSource(path: string): AsyncGenerator<IngestItem> {
  let total = 0;
  const stream = createReadStream(path);
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  const parser = new WARCParser(counted());
  let index = 0;
  try {
    for await (const record of parser) {
      index++;
      const label = `${path}#${index} ${record.warcTargetURI ?? ''}`.trim();
      if (record.warcType !== 'response') continue;
      const body = await record.readFully(true);
      // 1. truncated block
      const remaining = (record as unknown as { _reader?: { limit?: number } })._reader?.limit ?? 0;
      if (remaining > 0) {
        yield { kind: 'error', label, error: `truncated WARC record: ${remaining} bytes missing` };
        continue;
      }
      const status = record.httpHeaders?.statusCode ?? 200;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
      if (Number(status) < 200 || Number(status) >= 300 || !contentType || !HTML_TYPES.test(contentType)) continue;
      const raw: RawDocument = {
        bytes: body,
        url: record.warcTargetURI ?? null,
        path: null,
        contentType,
        fetchedAt: normalizeDate(record.warcDate) ?? new Date().toISOString(),
      };
      yield { kind: 'document', label, raw };
    }
  } catch (error) {
    // 3. unreadable
    yield { kind: 'error', label: path, error: `unreadable WARC: ${(error as Error).message}` };
    return;
  } finally {
    stream.destroy();
  }
  // 2. cut-short gzip member
  if (parser.offset < total) {
    yield { kind: 'error', label: `${path}@${parser.offset}`, error: `truncated WARC record at byte ${parser.offset} of ${total}` };
  }
}

/** A WARC-Date as ISO 8601, or null. */
function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
