/** `marsad eval ner FILE`: score the recognizer against a CoNLL file with gold tags in its last column. */

import type { Command } from 'commander';
import { conllDocuments, parseConll } from '../../recognize/conll.js';
import { tagDocuments } from '../../recognize/ner-model.js';
import { evaluate, formatEval } from '../../recognize/conlleval.js';
import { loadNerModel } from '../../recognize/resources.js';
import { normalizeTag } from '../../recognize/tags.js';
import { readInput } from './ner.js';

/** Registers `marsad eval` and its `ner` sub-command. */
export function registerEval(program: Command): void {
  const evalCommand = program.command('eval').description('score a component against gold data');
  evalCommand
    .command('ner')
    .description('precision, recall and F1 per type and micro (exact spans, as conlleval counts them)')
    .argument('<file>', 'CoNLL file whose last column is the gold IOB2 tag (PERS, MIS … are normalized); - for stdin')
    .option('--json', 'print JSON instead of the conlleval-style table')
    .option('--no-rules', 'tagger only, without the organization rules')
    .option('--no-consistency', 'without label consistency across a document (a `# doc` block, else 30 sentences)')
    .action((file: string, opts: { json?: boolean; rules: boolean; consistency: boolean }) => {
      const model = loadNerModel({}, { rules: opts.rules, consistency: opts.consistency });
      const conll = parseConll(readInput(file));
      const gold = conll.sentences.map((s) => s.lastColumn.map(normalizeTag));
      const guess = tagDocuments(model, conll.sentences.map((s) => s.tokens), conllDocuments(conll));
      const result = evaluate(gold, guess);
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEval(result)}\n`);
    });
}
