/** The JSON Lines export: each document's analysis contract as stored, one document a line. */

import type { Analysis } from '../pipeline/contract.js';
import type { ExportSelection, KnowledgeStore } from '../store/knowledge-store.js';

/** One line: the analysis contract plus `stored`, what the store knows of the document. */
export interface JsonlDocument extends Analysis {
  stored: {
    id: number;
    contentHash: string;
    url: string | null;
    path: string | null;
    version: number;
    outlet: string | null;
    creditedOutlet: string | null;
    /** The content hash of the story's original when this document is a copy, else null. */
    originalContentHash: string | null;
    fetchedAt: string;
  };
}

/**
 * The selection's documents as JSON lines, in the selection's order (by publication). Each line
 * is the whole stored analysis (article with text, entities, claims, messages), not only the
 * claims the filters kept, with `stored` added (the contract only grows).
 */
export async function* jsonlChunks(store: KnowledgeStore, selection: ExportSelection): AsyncGenerator<string> {
  for (const d of selection.documents) {
    const doc = await store.getDocument(d.id);
    if (!doc) continue;
    const line: JsonlDocument = {
      ...doc.analysis,
      stored: {
        id: doc.id,
        contentHash: doc.contentHash,
        url: doc.url,
        path: doc.path,
        version: doc.version,
        outlet: doc.outlet,
        creditedOutlet: doc.creditedOutlet,
        originalContentHash: d.originalContentHash,
        fetchedAt: doc.fetchedAt,
      },
    };
    yield `${JSON.stringify(line)}\n`;
  }
}
