/** Full-text search over the stemmed index, with filters and snippets of the real text. */

import type { Database } from 'better-sqlite3';
import type { SearchFilters, SearchHit } from './knowledge-store.js';
import { outletKey } from './outlet-key.js';
import { ftsQuery, searchTerms } from './search-terms.js';
import { makeSnippet } from './snippet.js';

/** Weights of the title and body columns in BM25: a word in the title counts double. */
const BM25_WEIGHTS = '2.0, 1.0';

/**
 * Searches latest document versions.
 *
 * 1. Turn the query into stems (the same normalization and stemming as at index time).
 * 2. Rank matches by BM25 under the filters; only ids and scores are sorted.
 * 3. Read the top documents and cut a snippet around the matched words.
 *
 * `entityId` is the resolved entity of `filters.entity` (null when the name matched none, which
 * gives no hits).
 */
export function searchDocuments(db: Database, query: string, filters: SearchFilters, entityId: number | null): SearchHit[] {
  // 1. stems
  const match = ftsQuery(query);
  if (match === null) return [];
  if (filters.entity !== undefined && entityId === null) return [];
  // 2. rank under filters
  const where: string[] = ['doc_fts MATCH @match', 'd.latest = 1'];
  const params: Record<string, unknown> = { match, limit: filters.limit ?? 20 };
  if (filters.from) {
    where.push('d.published >= @from');
    params.from = filters.from;
  }
  if (filters.to) {
    where.push('d.published <= @to');
    params.to = /^\d{4}-\d{2}-\d{2}$/.test(filters.to) ? `${filters.to}\uffff` : filters.to;
  }
  if (filters.outlet) {
    where.push('d.outlet_id IN (SELECT id FROM outlets WHERE key = @outlet)');
    params.outlet = outletKey(filters.outlet);
  }
  if (entityId !== null) {
    where.push('d.id IN (SELECT document_id FROM doc_entities WHERE entity_id = @entity)');
    params.entity = entityId;
  }
  if (filters.claimType) {
    where.push('d.id IN (SELECT document_id FROM claims WHERE type = @claimType)');
    params.claimType = filters.claimType.toUpperCase();
  }
  const ranked = db
    .prepare(
      `SELECT d.id, bm25(doc_fts, ${BM25_WEIGHTS}) AS score FROM doc_fts JOIN documents d ON d.id = doc_fts.rowid
       WHERE ${where.join(' AND ')} ORDER BY score, d.id LIMIT @limit`,
    )
    .all(params) as { id: number; score: number }[];
  // 3. documents and snippets
  const stems = new Set(searchTerms(query).map((t) => t.stem));
  const read = db.prepare(
    `SELECT d.url, d.path, d.title, d.published, d.text, o.name AS outlet FROM documents d
     LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?`,
  );
  return ranked.map(({ id, score }) => {
    const d = read.get(id) as { url: string | null; path: string | null; title: string | null; published: string | null; text: string; outlet: string | null };
    return {
      documentId: id,
      url: d.url,
      path: d.path,
      title: d.title,
      outlet: d.outlet,
      published: d.published,
      score,
      snippet: makeSnippet(d.text, stems),
    };
  });
}
