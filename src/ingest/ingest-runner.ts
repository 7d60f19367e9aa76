/**
 * The ingest runner: items from sources → skip what is stored → analyze on worker threads →
 * write to the store in batched transactions, with progress and a summary.
 */

import type { RawDocument } from '../record/document.js';
import { contentHash } from '../store/content-hash.js';
import type { DocumentInput, KnowledgeStore } from '../store/knowledge-store.js';
import { analyzeForStore, type AnalyzeOutput } from './analyze-worker.js';
import { WorkerPool, workerEntry } from './worker-pool.js';

/** What a source yields: a document, a problem with one item, or a file that is not a document. */
export type IngestItem =
  | { kind: 'document'; label: string; raw: RawDocument }
  | { kind: 'error'; label: string; error: string }
  | { kind: 'skipped'; label: string };

/** A bad item, as the summary reports it. */
export interface IngestProblem {
  label: string;
  error: string;
}

/** What one run did. */
export interface IngestSummary {
  /** Documents stored for the first time at their URL or path. */
  new: number;
  /** Changed documents stored as a new version. */
  versions: number;
  /** Documents already stored (skipped by content hash). */
  unchanged: number;
  /** Items that could not be read or gave no usable article. */
  failed: number;
  /** Files that are not documents (neither HTML nor text). */
  skipped: number;
  /** Documents that became a near-duplicate of another during this run (an earlier copy that
   * arrives later turns the one stored before into its duplicate). */
  duplicates: number;
  /** Entities, claims and messages of the documents stored in this run. */
  entities: number;
  claims: number;
  messagesByRule: Record<string, number>;
  /** The first `MAX_PROBLEMS` problems. */
  problems: IngestProblem[];
  seconds: number;
}

/** Options of a run. */
export interface IngestOptions {
  /** Worker threads; default `os.availableParallelism()`. 0 analyzes on the main thread. */
  workers?: number;
  /** Documents per write transaction; default 64. */
  batchSize?: number;
  /** Longest a finished document waits for its batch to fill, in ms; default 1000. */
  maxBatchDelayMs?: number;
  /** Called once per item handled (stored, skipped or failed). */
  onItem?: () => void;
  /** Called for each bad item as it happens. */
  onProblem?: (problem: IngestProblem) => void;
}

/** Problems kept in the summary; every one is still passed to `onProblem`. */
const MAX_PROBLEMS = 100;

/**
 * Ingests every item of `source` into `store`.
 *
 * 1. An error item is counted as failed and reported.
 * 2. A document whose content hash is stored (or was seen earlier in this run) is unchanged.
 * 3. Others are analyzed on the worker pool, at most a few per worker in flight.
 * 4. Analyses accumulate into a batch, written in one transaction when it is full or has
 *    waited `maxBatchDelayMs`; a document that gave no usable article is reported, not stored.
 * 5. At the end the last batch is written and the pool stopped.
 */
export async function runIngest(source: AsyncIterable<IngestItem>, store: KnowledgeStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = {
    new: 0, versions: 0, unchanged: 0, failed: 0, skipped: 0, duplicates: 0, entities: 0, claims: 0, messagesByRule: {}, problems: [], seconds: 0,
  };
  const problem = (label: string, error: string): void => {
    summary.failed++;
    if (summary.problems.length < MAX_PROBLEMS) summary.problems.push({ label, error });
    options.onProblem?.({ label, error });
    options.onItem?.();
  };
  const workers = options.workers ?? undefined;
  const entry = workerEntry('analyze-worker', import.meta.url);
  const pool = workers === 0 ? null : new WorkerPool<RawDocument, AnalyzeOutput>(entry, { size: workers });
  const batchSize = options.batchSize ?? 64;
  const maxDelay = options.maxBatchDelayMs ?? 1000;
  const seen = new Set<string>();
  let batch: DocumentInput[] = [];
  let batchSince = 0;
  let writing: Promise<void> = Promise.resolve();
  const running = new Set<Promise<void>>();

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    const results = await store.putDocuments(docs);
    for (const [i, r] of results.entries()) {
      if (r.status === 'unchanged') {
        summary.unchanged++;
      } else {
        if (r.status === 'new') summary.new++;
        else summary.versions++;
        const a = docs[i]!.analysis;
        summary.entities += a.entities.length;
        summary.claims += a.claims.length;
        for (const m of a.messages) summary.messagesByRule[m.rule] = (summary.messagesByRule[m.rule] ?? 0) + 1;
      }
      options.onItem?.();
    }
  };
  const accept = (label: string, hash: string, raw: RawDocument, out: AnalyzeOutput): void => {
    if (out.failed) {
      const errors = out.analysis.messages.filter((m) => m.severity === 'error').map((m) => `${m.rule}: ${m.message}`);
      problem(label, errors.join('; ') || 'no usable article');
      return;
    }
    if (batch.length === 0) batchSince = Date.now();
    batch.push({ contentHash: hash, raw, analysis: out.analysis, derived: out.derived });
    if (batch.length >= batchSize || Date.now() - batchSince >= maxDelay) writing = writing.then(flush);
  };

  const duplicatesBefore = (await store.stats()).duplicates;
  try {
    for await (const item of source) {
      // 1. bad items
      if (item.kind === 'error') {
        problem(item.label, item.error);
        continue;
      }
      if (item.kind === 'skipped') {
        summary.skipped++;
        options.onItem?.();
        continue;
      }
      // 2. already stored
      const hash = contentHash(item.raw);
      if (seen.has(hash) || (await store.hasDocument(hash))) {
        summary.unchanged++;
        options.onItem?.();
        continue;
      }
      seen.add(hash);
      // 3. analyze
      if (!pool) {
        accept(item.label, hash, item.raw, analyzeForStore(item.raw));
        await writing;
        continue;
      }
      const raw = item.raw;
      const task = pool
        .run(raw)
        .then((out) => accept(item.label, hash, raw, out))
        .catch((error: unknown) => problem(item.label, `analysis failed: ${(error as Error).message}`));
      const tracked: Promise<void> = task.finally(() => running.delete(tracked));
      running.add(tracked);
      // 4. keep writes flowing while reading
      if (running.size >= pool.limit) await Promise.race(running);
      await writing;
    }
    // 5. drain
    await Promise.all(running);
    await writing;
    await flush();
  } finally {
    await pool?.close();
  }
  summary.duplicates = (await store.stats()).duplicates - duplicatesBefore;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
