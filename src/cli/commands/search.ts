/** `marsad search`: full-text search with Arabic normalization and light stemming, with filters. */

import type { Command } from 'commander';
import type { SearchHit } from '../../store/knowledge-store.js';
import { openStore } from '../../store/open-store.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite-store.js';

interface SearchOptions {
  db: string;
  from?: string;
  to?: string;
  outlet?: string;
  entity?: string;
  claimType?: string;
  limit: string;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('find documents by words in any inflected or prefixed form (بالمدينة finds المدينة)')
    .argument('<query...>', 'words that must all occur')
    .option('--db <path>', 'the database file', DEFAULT_DB_PATH)
    .option('--from <date>', 'published on or after this ISO date')
    .option('--to <date>', 'published on or before this ISO date')
    .option('--outlet <name>', 'only this outlet (name, source or host)')
    .option('--entity <name>', 'only documents that mention this entity (name or id)')
    .option('--claim-type <type>', 'only documents with a claim of this type (ATTACK, CONTACT …)')
    .option('--limit <n>', 'most hits', '20')
    .option('--json', 'print the hits as a JSON list')
    .action(async (query: string[], options: SearchOptions) => {
      const store = openStore(options.db, { mustExist: true });
      try {
        const hits = await store.search(query.join(' '), {
          from: options.from,
          to: options.to,
          outlet: options.outlet,
          entity: options.entity,
          claimType: options.claimType,
          limit: Math.max(1, Number(options.limit) || 20),
        });
        if (options.json) process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
        else process.stdout.write(formatHits(hits, process.stdout.isTTY === true));
      } finally {
        await store.close();
      }
    });
}

/** Hits as text: title, outlet and date, where it is, and the snippet with matches marked. */
export function formatHits(hits: readonly SearchHit[], color: boolean): string {
  if (hits.length === 0) return 'no documents match\n';
  const [open, close] = color ? ['\u001b[1m', '\u001b[22m'] : ['[', ']'];
  return hits
    .map((h, i) => {
      let snippet = h.snippet.text;
      for (const m of [...h.snippet.highlights].reverse()) {
        snippet = `${snippet.slice(0, m.start)}${open}${snippet.slice(m.start, m.end)}${close}${snippet.slice(m.end)}`;
      }
      const meta = [h.outlet, h.published].filter(Boolean).join(', ');
      return `${i + 1}. ${h.title ?? '(untitled)'}${meta ? ` — ${meta}` : ''}\n   ${h.url ?? h.path ?? `document ${h.documentId}`}\n   ${snippet.replace(/\s+/g, ' ')}\n`;
    })
    .join('\n');
}
