/** `marsad stats`: counts of documents, entities, claims and messages in the knowledge store. */

import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite-store.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts of documents, entities, claims and messages in the knowledge store')
    .option('--db <path>', 'the database file', DEFAULT_DB_PATH)
    .option('--json', 'print JSON: {"documents": n, "entities": n, "claims": n, ...}')
    .action(async (options: { db: string; json?: boolean }) => {
      const store = openStore(options.db, { mustExist: true });
      try {
        const s = await store.stats();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
          return;
        }
        const lines = [
          `documents  ${s.documents} (${s.locators} URLs or files, ${s.duplicates} near-duplicates of an earlier one)`,
          `outlets    ${s.outlets}`,
          `entities   ${s.entities} (${s.mentions} mentions)`,
          `claims     ${s.claims}`,
          `decisions  ${s.decisions} (analyst merges and splits)`,
          `messages   ${s.messages}`,
          ...Object.entries(s.messagesByRule)
            .sort((a, b) => b[1] - a[1])
            .map(([rule, n]) => `  ${String(n).padStart(8)}  ${rule}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
