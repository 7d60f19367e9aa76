/**
 * What a word's spelling says about it: an ordinary word, or part of a person's, a place's or an
 * organization's name. A multinomial naive Bayes model over the word's character n-grams (2 to
 * 4 letters, with marks for its start and end), trained on the words of the gazetteers and on
 * frequent news words that the news profiles never saw tagged. An unseen foreign name
 * (`بيللغريني`) reads as a name, a common word (`المحادثات`) as ordinary; the tagger takes the
 * class and a confidence bucket as features of the word (word-info.ts).
 *
 * Written here: it is a table of n-gram counts and one sum per class. The npm classifiers
 * (natural's BayesClassifier and the like) tokenize whole texts into words, keep their state as
 * JSON objects and would add a dependency for a few lines of counting.
 */

import { lines } from '../util/lines.js';

/** Classes: an ordinary word, then the parts of names. */
export const CHAR_NAME_CLASSES = ['other', 'person', 'place', 'organization'] as const;

const C = CHAR_NAME_CLASSES.length;

/**
 * Additive smoothing of the n-gram counts, the usual default; not tuned. The denominator counts
 * every n-gram of the class but only the kept ones in the vocabulary, and n-grams the model does
 * not keep are skipped when scoring, so the scores are comparable across classes, not normalized
 * distributions.
 */
const ALPHA = 0.5;

/** The character n-grams of `word`, 2 to 4 letters, with `^` and `$` marking its ends. */
export function charGrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  return out;
}

/** A trained model: per n-gram, its count in each class. */
export class CharNameModel {
  /** n-gram → log-likelihood per class. */
  private readonly logLik = new Map<string, Float64Array>();

  /**
   * @param counts n-gram → count per class (`CHAR_NAME_CLASSES` order); only the n-grams kept
   * @param totals n-grams seen per class, all of them (kept or not)
   */
  constructor(
    readonly counts: ReadonlyMap<string, Int32Array>,
    readonly totals: Float64Array,
  ) {
    const V = counts.size;
    for (const [g, row] of counts) this.logLik.set(g, Float64Array.from(row, (x, c) => Math.log((x + ALPHA) / (totals[c]! + ALPHA * V))));
  }

  /**
   * Counts the n-grams of labelled words (class index per `CHAR_NAME_CLASSES`) and keeps those
   * seen at least `minCount` times in all (default 3, which keeps 40,367 of the gazetteer and
   * news words' n-grams in a 0.19 MB file; not tuned).
   */
  static train(examples: Iterable<readonly [string, number]>, minCount = 3): CharNameModel {
    const counts = new Map<string, Int32Array>();
    const totals = new Float64Array(C);
    for (const [word, c] of examples) {
      for (const g of charGrams(word)) {
        let row = counts.get(g);
        if (!row) counts.set(g, (row = new Int32Array(C)));
        row[c]!++;
        totals[c]!++;
      }
    }
    const kept = new Map([...counts].filter(([, row]) => row.reduce((a, b) => a + b, 0) >= minCount).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return new CharNameModel(kept, totals);
  }

  /** Posterior probability of each class for `word` (uniform prior; unknown n-grams ignored). */
  posterior(word: string): Float64Array {
    const s = new Float64Array(C);
    for (const g of charGrams(word)) {
      const row = this.logLik.get(g);
      if (row) for (let c = 0; c < C; c++) s[c]! += row[c]!;
    }
    let max = -Infinity;
    for (let c = 0; c < C; c++) max = Math.max(max, s[c]!);
    let z = 0;
    for (let c = 0; c < C; c++) z += s[c] = Math.exp(s[c]! - max);
    for (let c = 0; c < C; c++) s[c]! /= z;
    return s;
  }

  /** Serializes as TSV: `#totals` and the per-class totals, then `ngram\tcount…` a line. */
  toTsv(): string {
    const out = [`#totals\t${Array.from(this.totals).join('\t')}`];
    for (const [g, row] of this.counts) out.push(`${g}\t${Array.from(row).join('\t')}`);
    return out.join('\n') + '\n';
  }

  /**
   * Reads what `toTsv` wrote.
   *
   * @throws Error naming the line when the text is not such a table: no `#totals` line, a line
   * without one count per class, or a count that is not a whole number from 0.
   */
  static fromTsv(text: string): CharNameModel {
    const counts = new Map<string, Int32Array>();
    let totals: Float64Array | null = null;
    let n = 0;
    for (const line of lines(text)) {
      n++;
      if (!line) continue;
      const cells = line.split('\t');
      const values = cells.slice(1).map(Number);
      if (values.length !== C || values.some((v) => !Number.isInteger(v) || v < 0) || cells.slice(1).some((c) => c === '')) {
        throw new Error(`spelling model, line ${n}: expected a name and ${C} whole counts from 0, got '${line.slice(0, 60)}'`);
      }
      if (cells[0] === '#totals') totals = Float64Array.from(values);
      else counts.set(cells[0]!, Int32Array.from(values));
    }
    if (!totals) throw new Error('spelling model: no #totals line');
    return new CharNameModel(counts, totals);
  }
}
