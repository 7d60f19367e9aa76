#!/usr/bin/env node
/** The `marsad` command: one sub-command per file in `commands/`. */

import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerEntity } from './commands/entity.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerLinks } from './commands/links.js';
import { registerNer } from './commands/ner.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';

const program = new Command()
  .name('marsad')
  .description('Arabic news into a sourced knowledge graph of actors, places, events and claims')
  .version('0.1.0')
  .showHelpAfterError();

// One document: the pipeline, and the recognizer on its own
registerAnalyze(program);
registerNer(program);
registerEval(program);
// The knowledge graph: build it, question it, share it, look at it
registerIngest(program);
registerSearch(program);
registerEntity(program);
registerLinks(program);
registerStats(program);
registerExport(program);
registerServe(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
