/**
 * Scores the committed NER model on the held-out sets in ../shared/data/ner: ANERcorp-dev (the
 * last sixth of anercorp-train.conll by sentences, never trained on) and AQMAR dev (all eight
 * articles, never trained on), with and without the rule and consistency layers.
 *
 *   npm run eval:ner [-- --json]
 */

import { readFileSync } from 'node:fs';
import { evaluate, formatEval, type EvalResult } from '../src/recognize/conlleval.js';
import { conllDocuments, parseConll } from '../src/recognize/conll.js';
import { tagDocuments } from '../src/recognize/ner-model.js';
import { loadNerModel } from '../src/recognize/resources.js';
import { normalizeTag } from '../src/recognize/tags.js';
import { sharedData, sharedDataMissing } from './shared-data.js';

const SHARED = sharedData('ner/');
const json = process.argv.includes('--json');

/** The layers compared: the full recognizer and what each layer adds. */
const VARIANTS = [
  { name: 'full (tagger + rules + consistency)', rules: true, clubs: true, consistency: true },
  { name: 'full without the club rules', rules: true, clubs: false, consistency: true },
  { name: 'tagger + rules', rules: true, clubs: true, consistency: false },
  { name: 'tagger + consistency', rules: false, clubs: false, consistency: true },
  { name: 'tagger only', rules: false, clubs: false, consistency: false },
] as const;

/** A held-out set as CoNLL text, cut from the shared files. */
function heldOut(): Array<{ name: string; text: string }> {
  const aner = readFileSync(new URL('anercorp-train.conll', SHARED), 'utf8');
  const file = parseConll(aner);
  const start = Math.floor((file.sentences.length * 5) / 6);
  const lines = aner.split(/\r?\n/).slice(file.sentences[start]!.lines[0]);
  return [
    { name: 'ANERcorp-dev (last 1/6 of anercorp-train.conll)', text: lines.join('\n') },
    { name: 'AQMAR dev (8 articles)', text: readFileSync(new URL('aqmar-dev.conll', SHARED), 'utf8') },
  ];
}

/**
 * 1. Cut the held-out sets.
 * 2. Tag each with every variant (documents: `# doc` blocks, else 30-sentence windows) and score.
 */
function main(): void {
  if (sharedDataMissing('eval-ner', [new URL('anercorp-train.conll', SHARED), new URL('aqmar-dev.conll', SHARED)])) return;
  const results: Record<string, Record<string, EvalResult>> = {};
  for (const set of heldOut()) {
    const conll = parseConll(set.text);
    const gold = conll.sentences.map((s) => s.lastColumn.map(normalizeTag));
    const docs = conllDocuments(conll);
    results[set.name] = {};
    for (const v of VARIANTS) {
      const model = loadNerModel({}, { rules: v.rules, clubs: v.clubs, consistency: v.consistency });
      const r = evaluate(gold, tagDocuments(model, conll.sentences.map((s) => s.tokens), docs));
      results[set.name]![v.name] = r;
      if (!json) process.stdout.write(`\n== ${set.name}: ${v.name}\n${v === VARIANTS[0] ? formatEval(r) : formatEval(r).split('\n')[2]}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main();
