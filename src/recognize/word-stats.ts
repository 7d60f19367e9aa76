/**
 * Word statistics of an unlabeled news corpus, as the recognizer uses them: how often each
 * normalized word occurs (for clitic splits and as a rarity feature) and its word cluster at
 * three granularities (distributional classes that generalize over rare names).
 */

import { lines } from '../util/lines.js';
import type { CharNameModel } from './char-name-model.js';

/** Counts and clusters; built by `scripts/train-ner.ts`, loaded by `loadNerResources`. */
export interface WordStats {
  /** Normalized word → count in the corpus (words seen fewer than 3 times are absent). */
  counts: Map<string, number>;
  /** Normalized word → fine cluster id, for the most frequent words. */
  clusters: Map<string, number>;
  /** Fine cluster → mid cluster, and mid → coarse, so one id gives all three levels. */
  midOf: Int32Array;
  coarseOf: Int32Array;
  /**
   * Entity profile of a word (key form): how the tagger labelled its occurrences in the news
   * corpus, as a packed code per type (see word-info.ts). Absent for words never labelled.
   */
  profiles?: Map<string, number>;
  /**
   * What a word's spelling says (a name's part or an ordinary word), learned from the
   * gazetteers and the corpus after the profiles; absent in models trained without it. Kept in
   * its own file (resources/ner/char-names.tsv.gz).
   */
  charModel?: CharNameModel;
}

/** Empty statistics: no counts, no clusters (a model trained without them). */
export function emptyWordStats(): WordStats {
  return { counts: new Map(), clusters: new Map(), midOf: new Int32Array(0), coarseOf: new Int32Array(0) };
}

/**
 * Serializes statistics as TSV: two header lines with the cluster maps, then
 * `word\tcount[\tcluster[\tprofile]]` (an empty cluster when only the profile is known).
 */
export function wordStatsToTsv(stats: WordStats): string {
  const out = [`#mid\t${[...stats.midOf].join(',')}`, `#coarse\t${[...stats.coarseOf].join(',')}`];
  const words = new Set([...stats.counts.keys(), ...stats.clusters.keys(), ...(stats.profiles?.keys() ?? [])]);
  for (const w of [...words].sort()) {
    const k = stats.clusters.get(w);
    const p = stats.profiles?.get(w);
    const cells = [w, String(stats.counts.get(w) ?? 0)];
    if (k !== undefined || p !== undefined) cells.push(k === undefined ? '' : String(k));
    if (p !== undefined) cells.push(String(p));
    out.push(cells.join('\t'));
  }
  return out.join('\n') + '\n';
}

/** Parses what `wordStatsToTsv` wrote. */
export function wordStatsFromTsv(text: string): WordStats {
  const stats = emptyWordStats();
  for (const line of lines(text)) {
    if (line.startsWith('#mid\t')) stats.midOf = Int32Array.from(line.slice(5).split(',').filter(Boolean), Number);
    else if (line.startsWith('#coarse\t')) stats.coarseOf = Int32Array.from(line.slice(8).split(',').filter(Boolean), Number);
    else if (line) {
      const t1 = line.indexOf('\t');
      const t2 = line.indexOf('\t', t1 + 1);
      const t3 = t2 < 0 ? -1 : line.indexOf('\t', t2 + 1);
      const word = line.slice(0, t1);
      const count = Number(t2 < 0 ? line.slice(t1 + 1) : line.slice(t1 + 1, t2));
      if (count > 0) stats.counts.set(word, count);
      if (t2 >= 0) {
        const cluster = t3 < 0 ? line.slice(t2 + 1) : line.slice(t2 + 1, t3);
        if (cluster !== '') stats.clusters.set(word, Number(cluster));
      }
      if (t3 >= 0) (stats.profiles ??= new Map()).set(word, Number(line.slice(t3 + 1)));
    }
  }
  return stats;
}
