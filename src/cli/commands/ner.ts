/** `marsad ner`: tag a CoNLL file (a column of IOB2 tags appended) or list the names in a text. */

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { conllDocuments, parseConll, writeConll } from '../../recognize/conll.js';
import { tagDocuments } from '../../recognize/ner-model.js';
import { mentionsFromTags } from '../../recognize/mention-spans.js';
import { loadNerModel } from '../../recognize/resources.js';
import { splitSentences } from '../../text/sentence-split.js';
import { tokenizeAnalyzed } from '../../text/tokenize-analyze.js';

/** Reads a file, or standard input for `-`, as UTF-8 (a BOM dropped). */
export function readInput(path: string): string {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Registers `marsad ner`. */
export function registerNer(program: Command): void {
  program
    .command('ner')
    .description('find person, organization, place and other names (PER, ORG, LOC, MISC)')
    .argument('[file]', 'a UTF-8 text file, or - for standard input (with --conll: a CoNLL file)')
    .option('--conll <file>', 'read CoNLL (token in the first column, blank line between sentences; - for stdin) and write each line with the predicted IOB2 tag appended')
    .option('--no-rules', 'tagger only, without the organization rules')
    .option('--no-consistency', 'without label consistency across a document')
    .action((file: string | undefined, opts: { conll?: string; rules: boolean; consistency: boolean }) => {
      const model = loadNerModel({}, { rules: opts.rules, consistency: opts.consistency });
      if (opts.conll !== undefined) {
        const conll = parseConll(readInput(opts.conll));
        const tags = tagDocuments(model, conll.sentences.map((s) => s.tokens), conllDocuments(conll));
        process.stdout.write(writeConll(conll, tags));
        return;
      }
      if (file === undefined) throw new Error('give a text file (or -), or --conll FILE');
      const text = readInput(file);
      const tokens = tokenizeAnalyzed(text, model.resources.stats.counts);
      const all = new Int32Array(tokens.length);
      const sources = new Int32Array(tokens.length);
      const infos = tokens.map((t) => model.words.get(t.text));
      const sentences = splitSentences(text, tokens);
      const tagged = model.tagDocument(sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)));
      sentences.forEach((s, k) => {
        all.set(tagged[k]!.tags, s.tokenStart);
        sources.set(tagged[k]!.sources, s.tokenStart);
      });
      const mentions = mentionsFromTags(text, tokens, infos, all, sources);
      process.stdout.write(`${JSON.stringify(mentions.map(({ start, end, type, text: t, source }) => ({ start, end, type, text: t, source })), null, 2)}\n`);
    });
}
