/** `marsad ner`: tag a CoNLL file (a column of IOB2 tags appended) or list the names in a text. */

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseConll, writeConll } from '../../recognize/conll.js';
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
    .action((file: string | undefined, opts: { conll?: string; rules: boolean }) => {
      const model = loadNerModel({}, { rules: opts.rules });
      if (opts.conll !== undefined) {
        const conll = parseConll(readInput(opts.conll));
        const tags = conll.sentences.map((s) => model.tag(s.tokens));
        process.stdout.write(writeConll(conll, tags));
        return;
      }
      if (file === undefined) throw new Error('give a text file (or -), or --conll FILE');
      const text = readInput(file);
      const tokens = tokenizeAnalyzed(text, model.resources.stats.counts);
      const all = new Int32Array(tokens.length);
      const sources = new Int32Array(tokens.length);
      const infos = tokens.map((t) => model.words.get(t.text));
      for (const s of splitSentences(text, tokens)) {
        const r = model.tagTokens(tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
        all.set(r.tags, s.tokenStart);
        sources.set(r.sources, s.tokenStart);
      }
      const mentions = mentionsFromTags(text, tokens, infos, all, sources);
      process.stdout.write(`${JSON.stringify(mentions.map(({ start, end, type, text: t, source }) => ({ start, end, type, text: t, source })), null, 2)}\n`);
    });
}
