/** The browser's only way to the data: the HTTP API, with the access token when the server asks for one. */

import type { ClaimItem, EntitySummary, GraphView, PlaceItem, TimelineBucket } from '../../src/store/graph-views.js';
import type { EntityView, LinkPath, SearchHit, StoredDocument, StoreStats } from '../../src/store/knowledge-store.js';

export type { ClaimItem, EntitySummary, EntityView, GraphView, LinkPath, PlaceItem, SearchHit, StoredDocument, StoreStats, TimelineBucket };

/** A document as the API returns it: with the global entity id of each of its entities. */
export type ApiDocument = StoredDocument & { entityIds: Record<string, number> };

/** An export format the server offers. */
export interface ExportLink {
  id: string;
  label: { ar: string; en: string };
  mediaType: string;
  href: string;
}

/** An error answer of the API. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

const TOKEN_KEY = 'marsad.token';

/** Called when the server wants a token; set by the app shell. */
let onUnauthorized: (() => void) | null = null;

export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

type Query = Record<string, string | number | readonly string[] | null | undefined>;

/** Builds `path?query`, leaving out empty values and joining lists with commas. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length > 0) params.set(k, v.join(','));
    } else params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Calls the API and parses its JSON; errors become ApiClientError with the server's message. */
async function call<T>(method: string, path: string, query: Query = {}, body?: BodyInit, json = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (json) headers['Content-Type'] = 'application/json';
  const res = await fetch(apiUrl(path, query), { method, headers, body });
  if (!res.ok) {
    let code = 'http-error';
    let message = `${res.status} ${res.statusText}`;
    try {
      const e = (await res.json()) as { error?: string; message?: string };
      code = e.error ?? code;
      message = e.message ?? message;
    } catch {
      // not JSON: keep the status line
    }
    if (res.status === 401) onUnauthorized?.();
    throw new ApiClientError(res.status, code, message);
  }
  return (await res.json()) as T;
}

/** Claim filters as query parameters. */
export interface FilterQuery {
  types?: readonly string[];
  modality?: readonly string[];
  from?: string;
  to?: string;
}

export const api = {
  stats: () => call<StoreStats>('GET', '/api/stats'),
  search: (q: Query) => call<{ hits: SearchHit[] }>('GET', '/api/search', q),
  document: (id: number) => call<ApiDocument>('GET', `/api/documents/${id}`),
  entity: (ref: string | number) => call<EntityView>('GET', `/api/entities/${encodeURIComponent(String(ref))}`),
  entities: (q: string, limit = 10) => call<{ entities: EntitySummary[] }>('GET', '/api/entities', { q, limit }),
  claims: (q: Query) => call<{ total: number; claims: ClaimItem[] }>('GET', '/api/claims', q),
  graph: (q: Query) => call<GraphView>('GET', '/api/graph', q),
  edge: (q: Query) => call<{ claims: ClaimItem[] }>('GET', '/api/graph/edge', q),
  places: (q: Query) => call<{ places: PlaceItem[] }>('GET', '/api/places', q),
  timeline: (q: Query) => call<{ buckets: TimelineBucket[] }>('GET', '/api/timeline', q),
  exports: () => call<{ formats: ExportLink[] }>('GET', '/api/exports'),
  merge: (from: string, into: string) => call<{ id: number }>('POST', '/api/entities/merge', {}, JSON.stringify({ from, into }), true),
  split: (ref: number, names: string[]) => call<{ id: number }>('POST', `/api/entities/${ref}/split`, {}, JSON.stringify({ names }), true),
};
