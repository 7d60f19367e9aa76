/** `marsad links`: paths between two actors through the claims that link them, with their evidence. */

import type { Command } from 'commander';
import type { LinkPath } from '../../store/knowledge-store.js';
import { openStore } from '../../store/open-store.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite-store.js';

export function registerLinks(program: Command): void {
  program
    .command('links')
    .description('paths between two actors, each link with its claims and count of independent sources')
    .argument('<a>', 'an entity name, alias or id')
    .argument('<b>', 'another entity')
    .option('--db <path>', 'the database file', DEFAULT_DB_PATH)
    .option('--max-hops <n>', 'longest path, in links', '2')
    .option('--limit <n>', 'most paths', '10')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, options: { db: string; maxHops: string; limit: string; json?: boolean }) => {
      const store = openStore(options.db, { mustExist: true });
      try {
        const paths = await store.links(a, b, {
          maxHops: Math.min(4, Math.max(1, Number(options.maxHops) || 2)),
          limit: Math.max(1, Number(options.limit) || 10),
        });
        if (options.json) process.stdout.write(`${JSON.stringify(paths, null, 2)}\n`);
        else process.stdout.write(formatLinks(paths, a, b));
      } finally {
        await store.close();
      }
    });
}

/** Paths as readable text. */
export function formatLinks(paths: readonly LinkPath[], a: string, b: string): string {
  if (paths.length === 0) return `no link found between ${a} and ${b}\n`;
  const out: string[] = [];
  for (const [i, p] of paths.entries()) {
    out.push(`${i + 1}. ${[p.edges[0]!.from.name, ...p.edges.map((e) => e.to.name)].join(' — ')}`);
    for (const e of p.edges) {
      out.push(`   ${e.from.name} ↔ ${e.to.name}: ${e.types.join(', ')} (${e.claims.length} claims, ${e.independentSources} independent sources)`);
      for (const c of e.claims.slice(0, 3)) out.push(`     «${c.evidence.text.replace(/\s+/g, ' ')}» ${c.outlet ?? ''} ${c.published ?? ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
