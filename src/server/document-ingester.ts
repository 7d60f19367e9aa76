/** Ingestion from the API: one fetched URL or uploaded file through the real ingest runner into the store. */

import { runIngest } from '../ingest/ingest-runner.js';
import type { RawDocument } from '../record/document.js';
import { contentHash } from '../store/content-hash.js';
import type { KnowledgeStore } from '../store/knowledge-store.js';
import { ApiError } from './api-error.js';

/** What one ingestion did. */
export interface IngestResult {
  /** The stored document (also when it was already there). */
  documentId: number;
  status: 'new' | 'version' | 'unchanged';
  title: string | null;
  entities: number;
  claims: number;
  messages: number;
}

/** Ingests one raw document; the server's write path. */
export type Ingester = (raw: RawDocument, label: string) => Promise<IngestResult>;

/**
 * The ingester of a store: runs the pipeline on this thread (an analyst ingests one document
 * at a time; a worker pool would cost more to start than the analysis), then stores it.
 * Calls are queued one after the other, so two uploads never interleave their writes.
 *
 * @throws ApiError 422 when the pipeline found no usable article.
 */
export function storeIngester(store: KnowledgeStore): Ingester {
  let queue: Promise<unknown> = Promise.resolve();
  const ingestOne = async (raw: RawDocument, label: string): Promise<IngestResult> => {
    async function* one() {
      yield { kind: 'document' as const, label, raw };
    }
    const summary = await runIngest(one(), store, { workers: 0, batchSize: 1 });
    if (summary.failed > 0) throw new ApiError(422, 'not-analyzable', `${label}: ${summary.problems[0]?.error ?? 'no usable article'}`);
    const doc = await store.getDocument(contentHash(raw));
    if (!doc) throw new Error(`ingested ${label} but found no stored document`);
    const status = summary.new > 0 ? 'new' : summary.versions > 0 ? 'version' : 'unchanged';
    const a = doc.analysis;
    return { documentId: doc.id, status, title: doc.title, entities: a.entities.length, claims: a.claims.length, messages: a.messages.length };
  };
  return (raw, label) => {
    const run = queue.then(() => ingestOne(raw, label));
    queue = run.catch(() => undefined);
    return run;
  };
}
