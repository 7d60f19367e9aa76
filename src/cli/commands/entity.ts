/** `marsad entity`: one actor across the graph (aliases, claims by type with independent sources), and merges or splits. */

import type { Command } from 'commander';
import type { EntityView } from '../../store/knowledge-store.js';
import { openStore } from '../../store/open-store.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite-store.js';

interface EntityOptions {
  db: string;
  json?: boolean;
  mergeInto?: string;
  split?: string[];
  note?: string;
}

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('show an entity: aliases, claims grouped by type with their independent sources, first and last seen')
    .argument('<name>', 'a name, an alias, a Wikidata id or an entity id')
    .option('--db <path>', 'the database file', DEFAULT_DB_PATH)
    .option('--json', 'print JSON')
    .option('--merge-into <other>', 'merge this entity into another (kept and re-applied on later ingests)')
    .option('--split <names...>', 'move these names of the entity to a new entity (kept and re-applied on later ingests)')
    .option('--note <text>', 'why, recorded with a merge or split')
    .action(async (name: string, options: EntityOptions) => {
      const store = openStore(options.db, { mustExist: true });
      try {
        let ref: string | number = name;
        if (options.mergeInto) ref = await store.mergeEntities(name, options.mergeInto, options.note);
        if (options.split) ref = await store.splitEntity(name, options.split, options.note);
        const view = await store.getEntity(ref);
        if (!view) {
          process.stderr.write(`marsad: no entity matches '${name}'\n`);
          process.exitCode = 1;
          return;
        }
        if (options.json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
        else process.stdout.write(formatEntity(view));
      } finally {
        await store.close();
      }
    });
}

/** An entity as readable text. */
export function formatEntity(v: EntityView): string {
  const lines = [
    `${v.name}  (${v.type}${v.subtype ? `/${v.subtype}` : ''}, id ${v.id}${v.wikidata ? `, ${v.wikidata}` : ''})`,
    `  also: ${v.aliases.join('، ') || '—'}`,
    `  seen in ${v.documents} documents (${v.mentions} mentions), first ${v.firstSeen ?? '—'}, last ${v.lastSeen ?? '—'}`,
  ];
  if (v.claims.length === 0) lines.push('  no claims');
  for (const g of v.claims) {
    lines.push(`  ${g.type}: ${g.count} claims from ${g.independentSources} independent sources`);
    for (const c of g.claims.slice(0, 5)) {
      lines.push(`    - ${c.subject ?? '?'} → ${c.object ?? '—'} (${c.modality}${c.polarity === 'negative' ? ', denied' : ''}) ${c.outlet ?? ''} ${c.published ?? ''}`);
      lines.push(`      «${c.evidence.text.replace(/\s+/g, ' ')}»`);
    }
  }
  return `${lines.join('\n')}\n`;
}
