/** A small cache of computed API answers, emptied by every write (ingest, merge, split). */

/** Answers kept at most; the oldest goes first. */
const DEFAULT_MAX_ENTRIES = 256;

/**
 * Caches aggregate views (the whole graph, places, the timeline) that scan every claim: the
 * first request pays, the next ones are served from memory until the graph changes.
 */
export class ResponseCache {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly maxEntries = DEFAULT_MAX_ENTRIES) {}

  /** The cached value of `key`, computing and keeping it when absent. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as T;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /** Forgets everything: the graph changed. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
