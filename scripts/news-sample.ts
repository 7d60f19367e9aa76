/**
 * A sample of the news corpus for scripts that show what the recognizer does on real news
 * (sample-rules.ts, compare-ner-models.ts): every `every`-th SaudiNewsNet article as its
 * sentences' tokens, and a seeded draw of what they found, so that a rerun shows the same lines.
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { newsArticles } from '../src/recognize/training/news-corpus.js';
import type { WordCounts } from '../src/text/clitics.js';
import { splitSentences } from '../src/text/sentence-split.js';
import { tokenizeAnalyzed } from '../src/text/tokenize-analyze.js';
import { seededRandom } from '../src/util/seeded-random.js';
import { SHARED_NEWS } from './shared-data.js';

/**
 * Every `every`-th article of the news corpus (the first, then every `every`-th after it), as
 * the surface tokens of each of its sentences; `counts` settles clitic splits as the recognizer's.
 */
export function* sampledArticles(every: number, counts?: WordCounts): Generator<string[][]> {
  let k = 0;
  for (const text of newsArticles(gunzipSync(readFileSync(SHARED_NEWS)).toString('utf8'))) {
    if (k++ % every !== 0) continue;
    const toks = tokenizeAnalyzed(text, counts);
    yield splitSentences(text, toks).map((s) => toks.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  }
}

/** `n` of `items` drawn at random, in the order drawn; by default with a generator of seed 7. */
export function seededSample<T>(items: readonly T[], n: number, random: () => number = seededRandom(7)): T[] {
  return items.map((x) => [random(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, x]) => x);
}
