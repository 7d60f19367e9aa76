#!/usr/bin/env node
/** The `marsad` command: one sub-command per file in `commands/`. */

import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerEntity } from './commands/entity.js';
import { registerIngest } from './commands/ingest.js';
import { registerLinks } from './commands/links.js';
import { registerSearch } from './commands/search.js';
import { registerStats } from './commands/stats.js';

const program = new Command()
  .name('marsad')
  .description('Arabic news into a sourced knowledge graph of actors, places, events and claims')
  .version('0.1.0')
  .showHelpAfterError();

registerAnalyze(program);
registerIngest(program);
registerSearch(program);
registerEntity(program);
registerLinks(program);
registerStats(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
