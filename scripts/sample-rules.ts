/**
 * What a document-level rule layer changes on real news: runs the recognizer over a sample of
 * the news corpus in ../shared/data/news, applies one rule layer, and prints how often it made
 * a name and a random sample of those changes with their context, for a reader to judge.
 *
 *   npx tsx scripts/sample-rules.ts [clubs|titles] [every=4] [shown=40]
 *
 * `clubs`: the club rules (src/recognize/club-rules.ts) over the tagger and the sentence rules,
 * as ORG names. `titles`: the work-title rule (src/recognize/work-title-rules.ts) over the tagger
 * and the organization, place and person rules, as MISC names. Takes every `every`-th article of the corpus (7,748 of its 30,990 by
 * default, about 30 s); the sample of changes is drawn with a fixed seed, so a rerun shows the
 * same lines. Reads ../shared (skips when absent).
 */

import { ClubRules } from '../src/recognize/club-rules.js';
import { NerModel, type TaggedTokens } from '../src/recognize/ner-model.js';
import { applyOrgRules } from '../src/recognize/org-rules.js';
import { applyPersonRules } from '../src/recognize/person-rules.js';
import { applyPlaceRules } from '../src/recognize/place-rules.js';
import { loadNerResources } from '../src/recognize/resources.js';
import { chunkEnd, TAGS } from '../src/recognize/tags.js';
import { applyWorkTitleRules } from '../src/recognize/work-title-rules.js';
import { sampledArticles, seededSample } from './news-sample.js';
import { SHARED_NEWS, sharedDataMissing } from './shared-data.js';

const RULE = process.argv[2] ?? 'clubs';
const EVERY = Number(process.argv[3] ?? 4);
const SHOWN = Number(process.argv[4] ?? 40);

/**
 * 1. Tag each sampled article sentence by sentence, with the rules that run before the layer
 *    in `NerModel`: for `clubs` all sentence rules (no club rules, no consistency); for
 *    `titles` the organization, place and person rules.
 * 2. Apply the layer (the club rules to the document as `NerModel.tagDocument` does, the
 *    work-title rule to each sentence as `NerModel.tagTokens` does); each chunk of its type that
 *    it made or changed is a change, kept with three words of context on each side (the chunk
 *    in brackets).
 * 3. Print the count and a seeded sample.
 */
function main(): void {
  if (sharedDataMissing('sample-rules', [SHARED_NEWS])) return;
  if (RULE !== 'clubs' && RULE !== 'titles') {
    process.stderr.write(`sample-rules: the rule is 'clubs' or 'titles', not '${RULE}'\n`);
    process.exitCode = 2;
    return;
  }
  if (!(Number.isInteger(EVERY) && EVERY >= 1 && Number.isInteger(SHOWN) && SHOWN >= 0)) {
    process.stderr.write(`sample-rules: every is a whole number from 1 and shown one from 0, not '${process.argv[3] ?? EVERY}' and '${process.argv[4] ?? SHOWN}'\n`);
    process.exitCode = 2;
    return;
  }
  const resources = loadNerResources();
  const model = RULE === 'clubs' ? new NerModel(resources, { clubs: false, consistency: false }) : new NerModel(resources, { rules: false, consistency: false });
  const clubs = new ClubRules(resources.gazetteer!);
  const apply = (doc: TaggedTokens[]): void => {
    if (RULE === 'clubs') clubs.applyDocument(doc);
    else for (const s of doc) applyWorkTitleRules(s.infos, s.tags, s.sources);
  };
  const begin = TAGS.indexOf(RULE === 'clubs' ? 'B-ORG' : 'B-MISC');
  const changes: string[] = [];
  let articles = 0;
  for (const sentences of sampledArticles(EVERY, resources.stats.counts)) {
    articles++;
    // 1. Tag.
    const tagged = sentences.map((tokens) => model.tagTokens(tokens));
    if (RULE === 'titles') {
      for (const s of tagged) {
        applyOrgRules(s.infos, s.tags, s.sources, s.gaz);
        applyPlaceRules(s.infos, s.tags, s.sources, s.gaz);
        applyPersonRules(s.infos, s.tags, s.sources);
      }
    }
    // 2. The rule layer, and what it changed.
    const before = tagged.map((t) => Int32Array.from(t.tags));
    apply(tagged);
    tagged.forEach((s, si) => {
      for (let i = 0; i < s.tags.length; i++) {
        if (s.tags[i] !== begin) continue;
        const e = chunkEnd(s.tags, i);
        if (before[si]!.subarray(i, e).every((t, j) => t === s.tags[i + j])) continue;
        const words = s.infos.map((w) => w.surface);
        changes.push([...words.slice(Math.max(0, i - 3), i), `[${words.slice(i, e).join(' ')}]`, ...words.slice(e, e + 3)].join(' '));
      }
    });
  }
  // 3. Report.
  const shown = seededSample(changes, SHOWN);
  const made = RULE === 'clubs' ? 'the club rules made' : 'the work-title rule made';
  const what = RULE === 'clubs' ? 'organizations' : 'MISC names';
  process.stdout.write(`${articles} articles: ${made} ${changes.length} ${what}; ${shown.length} drawn at random:\n${shown.join('\n')}\n`);
}

main();
