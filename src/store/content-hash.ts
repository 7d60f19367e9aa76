/** A document's identity: the SHA-256 of where it came from, the hints given with it, and its bytes. */

import { createHash } from 'node:crypto';
import type { RawDocument } from '../record/document.js';

/**
 * Hex SHA-256 over the URL (or path), the hints as canonical JSON and the bytes. The fetch time
 * is left out, so reading the same input again gives the same hash; the same bytes under two
 * URLs or two outlets are two documents (which near-duplicate detection then links).
 */
export function contentHash(raw: RawDocument): string {
  const h = createHash('sha256');
  h.update(`${raw.url ?? ''}\u0000${raw.path ?? ''}\u0000${canonicalJson(raw.hints ?? null)}\u0000`);
  h.update(raw.bytes);
  return h.digest('hex');
}

/** JSON with object keys sorted, so equal values always serialize the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
