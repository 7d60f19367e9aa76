/**
 * The unlabeled news corpus (SaudiNewsNet JSON lines) as the training script uses it: word
 * counts and clusters, and entity profiles (how a first model labels each word across the
 * corpus, so that the final model sees evidence from thousands of contexts, not one).
 */

import { splitSentences } from '../../text/sentence-split.js';
import { tokenizeAnalyzed } from '../../text/tokenize-analyze.js';
import { tokenize } from '../../text/tokenize.js';
import { normalizeToken } from '../../text/tokenize-analyze.js';
import type { NerModel } from '../ner-model.js';
import { ENTITY_TYPES, TAG_COUNT } from '../tags.js';
import type { WordStats } from '../word-stats.js';
import { lines } from '../../util/lines.js';
import { clusterWords, type ClusterOptions } from './word-clusters.js';

/** Article bodies (title and content) of the JSON lines of `text`. */
export function* newsArticles(text: string): Generator<string> {
  for (const line of lines(text)) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { title?: unknown; content?: unknown };
    yield `${typeof doc.title === 'string' ? doc.title : ''}\n${typeof doc.content === 'string' ? doc.content : ''}`;
  }
}

/** Smallest count kept in the statistics (the clitic analysis needs at least 3). */
const MIN_COUNT = 3;

/**
 * Word counts and clusters of `articles`.
 *
 * 1. Tokenize and normalize every article; give word ids.
 * 2. Rank words by frequency (ties by spelling, so the result is deterministic); cluster.
 */
export function buildWordStats(articles: Iterable<string>, options: ClusterOptions = {}): WordStats {
  // 1. Ids.
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const stream: number[] = [];
  for (const body of articles) {
    for (const r of tokenize(body)) {
      const norm = normalizeToken(body.slice(r.start, r.end), r.kind);
      let id = idOf.get(norm);
      if (id === undefined) {
        id = words.length;
        idOf.set(norm, id);
        words.push(norm);
      }
      stream.push(id);
    }
    stream.push(-1);
  }
  // 2. Ranks and clusters.
  const freq = new Int32Array(words.length);
  for (const id of stream) if (id >= 0) freq[id]!++;
  const order = words.map((_, i) => i).sort((a, b) => freq[b]! - freq[a]! || (words[a]! < words[b]! ? -1 : 1));
  const rank = new Int32Array(words.length);
  order.forEach((id, r) => (rank[id] = r));
  const corpus = Int32Array.from(stream, (id) => (id < 0 ? -1 : rank[id]!));
  const res = clusterWords(corpus, options);
  const counts = new Map<string, number>();
  const clusters = new Map<string, number>();
  order.forEach((id, r) => {
    if (freq[id]! >= MIN_COUNT) counts.set(words[id]!, freq[id]!);
    if (r < res.fine.length) clusters.set(words[id]!, res.fine[r]!);
  });
  return { counts, clusters, midOf: res.midOf, coarseOf: res.coarseOf };
}

/** Occurrences a word needs before its profile is kept. */
const MIN_PROFILE_COUNT = 3;

/**
 * Profile code of one word from its tag counts: 4 bits per type (PER, ORG, LOC, MISC): a
 * bucket 1-6 of the share of occurrences tagged with the type (0 under 5%), plus 8 when the
 * word occurs at least 20 times. Tuned on ANERcorp-dev; rerun train:ner after changing it.
 */
export function profileCode(tagCounts: ArrayLike<number>, total: number): number {
  let code = 0;
  for (let t = 0; t < ENTITY_TYPES.length; t++) {
    const f = (tagCounts[1 + 2 * t]! + tagCounts[2 + 2 * t]!) / total;
    if (f < 0.05) continue;
    const b = f < 0.15 ? 1 : f < 0.3 ? 2 : f < 0.5 ? 3 : f < 0.7 ? 4 : f < 0.9 ? 5 : 6;
    code |= (b | (total >= 20 ? 8 : 0)) << (4 * t);
  }
  return code;
}

/** Tags every sentence of `articles` with `model` and returns each word key's profile code. */
export function buildProfiles(model: NerModel, articles: Iterable<string>): { profiles: Map<string, number>; tokens: number } {
  const tally = new Map<string, Int32Array>();
  let tokens = 0;
  for (const body of articles) {
    const toks = tokenizeAnalyzed(body);
    for (const s of splitSentences(body, toks)) {
      const surfaces = toks.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
      const tags = model.tagIndices(surfaces);
      tokens += surfaces.length;
      for (let i = 0; i < surfaces.length; i++) {
        const key = model.words.get(surfaces[i]!).key;
        let c = tally.get(key);
        if (!c) {
          c = new Int32Array(TAG_COUNT + 1);
          tally.set(key, c);
        }
        c[tags[i]!]!++;
        c[TAG_COUNT]!++;
      }
    }
  }
  const profiles = new Map<string, number>();
  for (const [key, c] of tally) {
    if (c[TAG_COUNT]! < MIN_PROFILE_COUNT || c[0] === c[TAG_COUNT]) continue;
    const code = profileCode(c, c[TAG_COUNT]!);
    if (code) profiles.set(key, code);
  }
  return { profiles, tokens };
}
