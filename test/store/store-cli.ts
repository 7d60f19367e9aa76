// The store's commands on a bare program, for tests that spawn them in a child process (so
// they run whether or not src/cli/main.ts has wired them yet).
import { Command } from 'commander';
import { registerEntity } from '../../src/cli/commands/entity.js';
import { registerIngest } from '../../src/cli/commands/ingest.js';
import { registerLinks } from '../../src/cli/commands/links.js';
import { registerSearch } from '../../src/cli/commands/search.js';
import { registerStats } from '../../src/cli/commands/stats.js';

const program = new Command().name('marsad').exitOverride();
registerIngest(program);
registerSearch(program);
registerEntity(program);
registerLinks(program);
registerStats(program);
program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
