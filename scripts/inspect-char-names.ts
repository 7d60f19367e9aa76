/**
 * How the committed spelling model (resources/ner/char-names.tsv.gz) reads its own training
 * words and any words given: its accuracy per class on the examples that train:ner gives it
 * (committed gazetteer and word statistics), how many of the most frequent news words those
 * examples label as names, and the posteriors of the words on the command line.
 *
 *   npx tsx scripts/inspect-char-names.ts [word …]
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CHAR_NAME_CLASSES } from '../src/recognize/char-name-model.js';
import { GAZETTEER_PATH, loadCharNameModel, loadWordStats } from '../src/recognize/resources.js';
import { charNameExamples } from '../src/recognize/training/char-name-data.js';
import { normalizeArabic } from '../src/lang/ar/normalize.js';

/** Most frequent news words whose labels are counted. */
const TOP = 1000;

/**
 * 1. Rebuild the training examples and score the model on them, per class.
 * 2. Count the labels of the `TOP` most frequent news words, and those the model reads as names.
 * 3. Print the posteriors of the words given.
 */
function main(): void {
  const model = loadCharNameModel();
  if (!model) {
    process.stderr.write('inspect-char-names: no spelling model in resources/ner (run npm run train:ner)\n');
    process.exitCode = 2;
    return;
  }
  const stats = loadWordStats();
  const examples = charNameExamples(gunzipSync(readFileSync(GAZETTEER_PATH)).toString('utf8'), stats);
  // 1. Accuracy on its own examples.
  const seen = CHAR_NAME_CLASSES.map(() => 0);
  const right = CHAR_NAME_CLASSES.map(() => 0);
  const label = new Map<string, number>();
  for (const [word, c] of examples) {
    label.set(word, c);
    const post = model.posterior(word);
    let best = 0;
    for (let k = 1; k < post.length; k++) if (post[k]! > post[best]!) best = k;
    seen[c]!++;
    if (best === c) right[c]!++;
  }
  const total = right.reduce((a, b) => a + b, 0) / examples.length;
  const perClass = CHAR_NAME_CLASSES.map((name, c) => `${name} ${right[c]}/${seen[c]}`).join(', ');
  process.stdout.write(`accuracy on its ${examples.length} training words: ${total.toFixed(3)} (${perClass})\n`);
  // 2. Labels of the most frequent news words.
  const top = [...stats.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
  const names = top.filter(([w]) => (label.get(w) ?? 0) > 0);
  process.stdout.write(`of the ${TOP} most frequent news words, ${names.length} are labelled names, e.g. ${names.slice(0, 8).map(([w]) => `${w} (${CHAR_NAME_CLASSES[label.get(w)!]})`).join(', ')}\n`);
  const named = top.filter(([w]) => model.posterior(w)[0]! < 0.5).length;
  process.stdout.write(`and ${named} read under 0.5 ordinary\n`);
  // 3. Words given.
  for (const arg of process.argv.slice(2)) {
    const post = model.posterior(normalizeArabic(arg));
    process.stdout.write(`${arg}\t${CHAR_NAME_CLASSES.map((name, c) => `${name} ${post[c]!.toFixed(3)}`).join('\t')}\n`);
  }
}

main();
