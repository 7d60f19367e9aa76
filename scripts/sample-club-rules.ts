/**
 * What the club rules change on real news: runs the recognizer over a sample of the news corpus
 * in ../shared/data/news, applies the club rules (src/recognize/club-rules.ts) to each block of
 * sentences, and prints how often they made an organization and a random sample of those
 * changes with their context, for a reader to judge.
 *
 *   npx tsx scripts/sample-club-rules.ts [every=4] [shown=40]
 *
 * Takes every `every`-th article of the corpus (7,748 of its 30,990 by default, about 30 s); the
 * sample of changes is drawn with a fixed seed, so a rerun shows the same lines. Reads ../shared
 * (skips when absent).
 */

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ClubRules } from '../src/recognize/club-rules.js';
import { NerModel } from '../src/recognize/ner-model.js';
import { loadNerResources } from '../src/recognize/resources.js';
import { chunkEnd, TAGS } from '../src/recognize/tags.js';
import { newsArticles } from '../src/recognize/training/news-corpus.js';
import { splitSentences } from '../src/text/sentence-split.js';
import { tokenizeAnalyzed } from '../src/text/tokenize-analyze.js';
import { seededRandom } from '../src/util/seeded-random.js';

const NEWS = new URL('../../shared/data/news/saudinewsnet.jsonl.gz', import.meta.url);
const EVERY = Number(process.argv[2] ?? 4);
const SHOWN = Number(process.argv[3] ?? 40);
const B_ORG = TAGS.indexOf('B-ORG');

/**
 * 1. Tag each sampled article sentence by sentence (rules, no club rules, no consistency).
 * 2. Apply the club rules to the document, as `NerModel.tagDocument` does; each ORG chunk they
 *    made or changed is a change, kept with three words of context on each side (the chunk in brackets).
 * 3. Print the count and a seeded sample.
 */
function main(): void {
  if (!existsSync(NEWS)) {
    process.stdout.write(`sample-club-rules: ${NEWS.pathname} is missing (skipped).\n`);
    return;
  }
  const resources = loadNerResources();
  const model = new NerModel(resources, { clubs: false, consistency: false });
  const clubs = new ClubRules(resources.gazetteer!);
  const changes: string[] = [];
  let k = 0;
  let articles = 0;
  for (const text of newsArticles(gunzipSync(readFileSync(NEWS)).toString('utf8'))) {
    if (k++ % EVERY !== 0) continue;
    articles++;
    // 1. Tag.
    const toks = tokenizeAnalyzed(text, resources.stats.counts);
    const tagged = splitSentences(text, toks).map((s) => model.tagTokens(toks.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)));
    // 2. Club rules, and what they changed.
    const before = tagged.map((t) => Int32Array.from(t.tags));
    clubs.applyDocument(tagged);
    tagged.forEach((s, si) => {
      for (let i = 0; i < s.tags.length; i++) {
        if (s.tags[i] !== B_ORG) continue;
        const e = chunkEnd(s.tags, i);
        if (before[si]!.subarray(i, e).every((t, j) => t === s.tags[i + j])) continue;
        const words = s.infos.map((w) => w.surface);
        changes.push([...words.slice(Math.max(0, i - 3), i), `[${words.slice(i, e).join(' ')}]`, ...words.slice(e, e + 3)].join(' '));
      }
    });
  }
  // 3. Report.
  const random = seededRandom(7);
  const shown = changes.map((c) => [random(), c] as const).sort((a, b) => a[0] - b[0]).slice(0, SHOWN).map(([, c]) => c);
  process.stdout.write(`${articles} articles: the club rules made ${changes.length} organizations; ${shown.length} drawn at random:\n${shown.join('\n')}\n`);
}

main();
