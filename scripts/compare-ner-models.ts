/**
 * What a new NER model changes on the news corpus: tags every `every`-th SaudiNewsNet article
 * with the committed model and with another model file (an earlier one, say
 * `git show <commit>:resources/ner/model.bin.gz > /tmp/old.bin.gz`), both as the full
 * recognizer, and prints how many names each finds, how many only one of them finds, and a
 * seeded sample of each side, so that a change measured on ANERcorp is also read in the news
 * the product serves. The other model is read with the committed word statistics, spelling
 * model (when its header asks for one) and gazetteers, so it compares models trained on the same
 * statistics, as retraining with `--reuse-stats --reuse-profiles` makes them.
 *
 *   npx tsx scripts/compare-ner-models.ts OTHER_MODEL [every=8] [shown=40]
 */

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NerModel } from '../src/recognize/ner-model.js';
import { loadNerResources } from '../src/recognize/resources.js';
import { chunkEnd, isInside, tagType } from '../src/recognize/tags.js';
import { seededRandom } from '../src/util/seeded-random.js';
import { sampledArticles, seededSample } from './news-sample.js';
import { SHARED_NEWS, sharedDataMissing } from './shared-data.js';

const [otherPath, everyArg = '8', shownArg = '40'] = process.argv.slice(2);
const EVERY = Number(everyArg);
const SHOWN = Number(shownArg);

/** The names of a tagged sentence, keyed by start, end and type, each shown with three words around it. */
function names(tags: Int32Array, words: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < tags.length; i++) {
    const type = tagType(tags[i]!);
    if (!type || isInside(tags[i]!)) continue;
    const e = chunkEnd(tags, i);
    out.set(`${i}:${e}:${type}`, [...words.slice(Math.max(0, i - 3), i), `[${words.slice(i, e).join(' ')}]${type}`, ...words.slice(e, e + 3)].join(' '));
  }
  return out;
}

/**
 * 1. Load both models.
 * 2. Tag every `EVERY`-th article with both; collect the names only one of them finds.
 * 3. Report the counts and a seeded sample of each side.
 */
function main(): void {
  if (!otherPath || !(Number.isInteger(EVERY) && EVERY >= 1 && Number.isInteger(SHOWN) && SHOWN >= 0)) {
    process.stderr.write('usage: compare-ner-models.ts OTHER_MODEL [every (a whole number from 1)] [shown (from 0)]\n');
    process.exitCode = 2;
    return;
  }
  if (!existsSync(otherPath)) {
    process.stderr.write(`compare-ner-models: no model file at ${otherPath}\n`);
    process.exitCode = 2;
    return;
  }
  if (sharedDataMissing('compare-ner-models', [SHARED_NEWS])) return;
  // 1. Models.
  const committed = new NerModel(loadNerResources());
  const other = new NerModel(loadNerResources({ model: pathToFileURL(resolve(otherPath)) }));
  // 2. Tag and compare.
  const onlyCommitted: string[] = [];
  const onlyOther: string[] = [];
  let articles = 0;
  let countCommitted = 0;
  let countOther = 0;
  for (const sentences of sampledArticles(EVERY, committed.resources.stats.counts)) {
    articles++;
    const a = committed.tagDocument(sentences);
    const b = other.tagDocument(sentences);
    sentences.forEach((words, i) => {
      const na = names(a[i]!.tags, words);
      const nb = names(b[i]!.tags, words);
      countCommitted += na.size;
      countOther += nb.size;
      for (const [key, shown] of na) if (!nb.has(key)) onlyCommitted.push(shown);
      for (const [key, shown] of nb) if (!na.has(key)) onlyOther.push(shown);
    });
  }
  // 3. Report.
  // One generator for both samples, so each side's draw stays what it was.
  const random = seededRandom(7);
  const sample = (xs: string[]): string[] => seededSample(xs, SHOWN, random);
  process.stdout.write(
    `${articles} articles: the committed model finds ${countCommitted} names, ${otherPath} ${countOther}; ` +
      `${onlyCommitted.length} only the committed one, ${onlyOther.length} only the other.\n` +
      `--- only the committed model, ${Math.min(SHOWN, onlyCommitted.length)} drawn at random:\n${sample(onlyCommitted).join('\n')}\n` +
      `--- only ${otherPath}, ${Math.min(SHOWN, onlyOther.length)} drawn at random:\n${sample(onlyOther).join('\n')}\n`,
  );
}

main();
