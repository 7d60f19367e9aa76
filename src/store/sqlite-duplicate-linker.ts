/** Links each new document to the earliest near-duplicate already stored (its story's original). */

import type { Database, Statement } from 'better-sqlite3';
import { bandKeys, estimateJaccard, isEmptySignature, MINHASH_BANDS, NEAR_DUPLICATE_JACCARD } from '../corroborate/minhash.js';

/** The result of linking: the original (null when the document is one) and the best similarity to a match. */
export interface DuplicateLink {
  originalId: number | null;
  similarity: number | null;
}

interface Candidate {
  id: number;
  locator: string | null;
  order_key: string;
  original_id: number | null;
  signature: Buffer;
}

/**
 * Near-duplicate clusters over MinHash LSH bands. Every cluster has one root, the earliest
 * document by `order_key` (published date, then locator, then hash: deterministic whatever
 * order documents arrive in); every other member's `original_id` points at the root.
 */
export class SqliteDuplicateLinker {
  private readonly insertSignature: Statement<[number, Buffer]>;
  private readonly insertBand: Statement<[number, number]>;
  private readonly candidates: Statement<unknown[], Candidate>;
  private readonly repointSelf: Statement<[number, number]>;
  private readonly repointMembers: Statement<[number, number, number]>;
  private readonly makeRoot: Statement<[number]>;
  private readonly setSimilarity: Statement<[number, number]>;
  private readonly readSignature: Statement<[number], { signature: Buffer }>;
  private readonly readOrderKey: Statement<[number], { order_key: string }>;
  private readonly readMembers: Statement<[number], { id: number }>;

  constructor(db: Database) {
    this.insertSignature = db.prepare('INSERT INTO doc_signatures (document_id, signature) VALUES (?, ?)');
    this.insertBand = db.prepare('INSERT OR IGNORE INTO doc_bands (band_key, document_id) VALUES (?, ?)');
    this.candidates = db.prepare(
      `SELECT d.id, d.locator, d.order_key, d.original_id, s.signature FROM documents d
       JOIN doc_signatures s ON s.document_id = d.id
       WHERE d.id IN (SELECT DISTINCT document_id FROM doc_bands WHERE band_key IN (${Array(MINHASH_BANDS).fill('?').join(',')}))
         AND d.id <> ?`,
    );
    this.repointSelf = db.prepare('UPDATE documents SET original_id = ? WHERE id = ?');
    this.repointMembers = db.prepare('UPDATE documents SET original_id = ? WHERE original_id = ? AND id <> ?');
    this.makeRoot = db.prepare('UPDATE documents SET original_id = NULL, duplicate_similarity = NULL WHERE id = ?');
    this.setSimilarity = db.prepare('UPDATE documents SET duplicate_similarity = ? WHERE id = ?');
    this.readSignature = db.prepare('SELECT signature FROM doc_signatures WHERE document_id = ?');
    this.readOrderKey = db.prepare('SELECT order_key FROM documents WHERE id = ?');
    this.readMembers = db.prepare('SELECT id FROM documents WHERE original_id = ?');
  }

  /**
   * Stores the signature of document `id` and links it.
   *
   * 1. Store the signature and its band keys (an empty text is stored but matches nothing).
   * 2. Candidates share a band; keep those whose estimated Jaccard reaches the threshold,
   *    leaving out earlier versions of the same URL or path (a revision is not a copy).
   * 3. The cluster's root is the earliest of the new document and the candidates' roots;
   *    every member of the merged cluster is re-pointed at it.
   */
  link(id: number, signature: Uint32Array, locator: string | null, orderKey: string): DuplicateLink {
    // 1. store
    const bytes = Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
    this.insertSignature.run(id, bytes);
    if (isEmptySignature(signature)) return { originalId: null, similarity: null };
    const keys = bandKeys(signature);
    for (const k of keys) this.insertBand.run(k, id);
    // 2. candidates
    const rows = this.candidates.all(...keys, id);
    let best: number | null = null;
    const roots = new Map<number, string>();
    for (const c of rows) {
      if (locator !== null && c.locator === locator) continue;
      const sim = estimateJaccard(signature, signatureFromBlob(c.signature));
      if (sim < NEAR_DUPLICATE_JACCARD) continue;
      best = Math.max(best ?? 0, sim);
      const rootId = c.original_id ?? c.id;
      if (!roots.has(rootId)) roots.set(rootId, rootId === c.id ? c.order_key : this.orderKey(rootId));
    }
    if (roots.size === 0) return { originalId: null, similarity: null };
    // 3. earliest root; similarities are to the root, so they do not depend on arrival order
    let root = id;
    let rootKey = orderKey;
    for (const [r, k] of roots) {
      if (k < rootKey) {
        root = r;
        rootKey = k;
      }
    }
    let rerooted = false;
    for (const r of [id, ...roots.keys()]) {
      if (r === root) continue;
      this.repointSelf.run(root, r);
      this.repointMembers.run(root, r, root);
      if (r !== id) rerooted = true;
    }
    this.makeRoot.run(root);
    const members = rerooted ? this.members(root) : root === id ? [] : [id];
    const rootSig = root === id ? signature : this.signature(root);
    for (const m of members) this.setSimilarity.run(estimateJaccard(m === id ? signature : this.signature(m), rootSig), m);
    return { originalId: root === id ? null : root, similarity: best };
  }

  private members(root: number): number[] {
    return this.readMembers.all(root).map((r) => r.id);
  }

  private signature(id: number): Uint32Array {
    return signatureFromBlob(this.readSignature.get(id)!.signature);
  }

  private orderKey(id: number): string {
    return this.readOrderKey.get(id)!.order_key;
  }
}

/** A stored signature back as 32-bit integers (copied: a BLOB's buffer may be unaligned). */
export function signatureFromBlob(blob: Buffer): Uint32Array {
  return new Uint32Array(Uint8Array.from(blob).buffer);
}
