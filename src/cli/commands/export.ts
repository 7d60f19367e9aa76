/** `marsad export FORMAT`: the knowledge graph as STIX 2.1, GEXF, GeoJSON, CSV or JSON lines, with filters. */

import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Argument, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/export-formats.js';
import { parseExportFilters } from '../../export/export-filters.js';
import { openStore } from '../../store/open-store.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite-store.js';

interface ExportCliOptions {
  db: string;
  output?: string;
  from?: string;
  to?: string;
  type: string[];
  modality: string[];
  entity: string[];
  minSources?: string;
  style: string;
  bom?: boolean;
  quiet?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Writes chunks to a stream, waiting when its buffer is full. */
async function pipeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<void> {
  for await (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the knowledge graph for other tools: stix (OpenCTI, MISP), gexf (Gephi), geojson (QGIS, maps), csv (spreadsheets, R), jsonl (the analysis contract)')
    .addArgument(new Argument('<format>', 'the format').choices(Object.keys(EXPORT_FORMATS)))
    .option('--db <path>', 'the database file', DEFAULT_DB_PATH)
    .option('-o, --output <file>', 'write to this file (written whole or not at all) instead of standard output')
    .option('--from <date>', 'claims dated on or after this ISO date (their time, else their article’s publication)')
    .option('--to <date>', 'claims dated on or before this ISO date (a day includes all of it)')
    .option('--type <types>', 'only these claim types (ATTACK, CONTACT …); repeat or separate by commas', collect, [])
    .option('--modality <modalities>', 'only these modalities (asserted, believed, suspected, intended); repeat or separate by commas', collect, [])
    .option('--entity <name-or-id>', 'only claims in which this entity is subject, object or place; repeat for several', collect, [])
    .option('--min-sources <n>', 'only claims whose link is told by at least n independent sources')
    .option('--style <style>', 'stix: marsad (its own relationship types) or opencti (types OpenCTI accepts)', 'marsad')
    .option('--bom', 'csv: start with a UTF-8 byte order mark, for Excel')
    .option('-q, --quiet', 'print no summary on standard error')
    .action(async (format: ExportFormat, options: ExportCliOptions) => {
      if (options.style !== 'marsad' && options.style !== 'opencti') throw new Error(`--style must be marsad or opencti, not '${options.style}'`);
      const filters = parseExportFilters({
        from: options.from,
        to: options.to,
        type: options.type,
        modality: options.modality,
        entity: options.entity,
        minSources: options.minSources,
      });
      const store = openStore(options.db, { mustExist: true });
      try {
        const run = EXPORT_FORMATS[format].run(store, filters, { style: options.style, bom: options.bom ?? false });
        if (options.output) {
          // Written to a temporary file and renamed, so a failed export leaves no half-written file.
          const temporary = `${options.output}.partial`;
          const out = createWriteStream(temporary);
          try {
            await pipeChunks(run.chunks, out);
            out.end();
            await once(out, 'finish');
            renameSync(temporary, options.output);
          } catch (error) {
            out.destroy();
            rmSync(temporary, { force: true });
            throw error;
          }
        } else {
          await pipeChunks(run.chunks, process.stdout);
        }
        if (!options.quiet) for (const note of run.notes) process.stderr.write(`${note}\n`);
      } finally {
        await store.close();
      }
    });
}
