/** `marsad ingest`: folders, files, URLs, JSON lines, feeds and WARC archives into the knowledge store. */

import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Command } from 'commander';
import { feedSource } from '../../ingest/feed-source.js';
import { folderSource, listFolderFiles } from '../../ingest/folder-source.js';
import { runIngest, type IngestItem, type IngestSummary } from '../../ingest/ingest-runner.js';
import { readJsonLines } from '../../ingest/jsonl.js';
import { InputError, readInput, type ReadOptions } from '../../ingest/read-input.js';
import { warcSource } from '../../ingest/warc-source.js';
import { openStore } from '../../store/open-store.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite-store.js';
import { createProgress } from '../progress.js';

interface IngestCommandOptions {
  jsonl?: string[];
  feeds?: string[];
  warc?: string[];
  db: string;
  workers?: string;
  batch: string;
  raw: boolean;
  json?: boolean;
  allowPrivateNetwork?: boolean;
  timeout: string;
}

const URL_SPEC = /^https?:\/\//i;
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store the analyses of many documents in the knowledge graph (resumable: stored documents are skipped)')
    .argument('[inputs...]', 'files, folders (recursive: .html, .htm, .txt and files that look like HTML) and http(s) URLs')
    .option('--jsonl <file>', 'a JSON lines file (url, title, html|text|content, published, site|source); .gz is read as gzip', collect)
    .option('--feeds <file>', 'a file listing RSS/Atom feed URLs or paths, one a line', collect)
    .option('--warc <file>', 'a WARC archive (gzip or not): its HTML responses', collect)
    .option('--db <path>', 'the database file', DEFAULT_DB_PATH)
    .option('--workers <n>', 'analysis worker threads (default: the number of cores; 0: none)')
    .option('--batch <n>', 'documents per write transaction', '64')
    .option('--no-raw', 'do not keep the raw bytes of documents')
    .option('--json', 'print the summary as JSON')
    .option('--allow-private-network', 'allow URLs that resolve to loopback, private or link-local addresses')
    .option('--timeout <seconds>', 'give up fetching a URL after this many seconds', '20')
    .action(async (inputs: string[], options: IngestCommandOptions) => {
      const urls = inputs.filter((i) => URL_SPEC.test(i));
      const paths = inputs.filter((i) => !URL_SPEC.test(i));
      if (inputs.length === 0 && !options.jsonl && !options.feeds && !options.warc) {
        program.error('ingest needs something to read: paths, URLs, --jsonl, --feeds or --warc', { exitCode: 2 });
      }
      const timeout = Number(options.timeout);
      const readOptions: ReadOptions = {
        allowPrivateNetwork: options.allowPrivateNetwork ?? false,
        timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout * 1000 : undefined,
      };
      const listing = listFolderFiles(paths);
      const onlyFolders = urls.length === 0 && !options.jsonl && !options.feeds && !options.warc;
      const progress = createProgress(onlyFolders ? listing.files.length + listing.errors.length : null);
      const store = openStore(options.db, { keepRaw: options.raw });
      let summary: IngestSummary;
      try {
        const source = allSources(listing, urls, options, readOptions);
        summary = await runIngest(source, store, {
          workers: options.workers === undefined ? undefined : Number(options.workers),
          batchSize: Math.max(1, Number(options.batch) || 64),
          onItem: () => progress.tick(),
        });
      } finally {
        progress.stop();
        await store.close();
      }
      if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else process.stdout.write(formatSummary(summary, options.db));
      for (const p of summary.problems) process.stderr.write(`marsad: skipped ${p.label}: ${p.error}\n`);
      if (summary.failed > summary.problems.length) process.stderr.write(`marsad: … and ${summary.failed - summary.problems.length} more problems\n`);
      const handled = summary.new + summary.versions + summary.unchanged + summary.skipped;
      process.exitCode = handled === 0 && summary.failed > 0 ? 1 : 0;
    });
}

/** Every source of the command, one after the other. */
async function* allSources(
  listing: ReturnType<typeof listFolderFiles>,
  urls: readonly string[],
  options: IngestCommandOptions,
  readOptions: ReadOptions,
): AsyncGenerator<IngestItem> {
  yield* listing.errors;
  yield* folderSource(listing.files);
  for (const url of urls) yield await urlItem(url, readOptions);
  for (const file of options.jsonl ?? []) yield* jsonlSource(file);
  for (const file of options.feeds ?? []) yield* feedSource(file, readOptions);
  for (const file of options.warc ?? []) {
    if (existsSync(file)) yield* warcSource(file);
    else yield { kind: 'error', label: file, error: 'no such WARC file' };
  }
}

/** One URL, fetched. */
async function urlItem(url: string, readOptions: ReadOptions): Promise<IngestItem> {
  try {
    return { kind: 'document', label: url, raw: await readInput(url, readOptions) };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'error', label: url, error: error.message };
    throw error;
  }
}

/** A JSON lines file, streamed line by line (gunzipped when it ends in .gz). */
export async function* jsonlSource(file: string): AsyncGenerator<IngestItem> {
  if (!existsSync(file)) {
    yield { kind: 'error', label: file, error: 'no such JSON lines file' };
    return;
  }
  const stream = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  for await (const line of readJsonLines(stream)) {
    const label = `${file}:${line.lineNo}`;
    if ('error' in line) yield { kind: 'error', label, error: line.error };
    else yield { kind: 'document', label, raw: line.raw };
  }
}

/** The readable summary printed at the end of a run. */
export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [
    `ingested into ${db} in ${s.seconds.toFixed(1)} s`,
    `  documents: ${s.new} new, ${s.versions} new versions, ${s.unchanged} unchanged, ${s.failed} failed, ${s.skipped} not documents`,
    `  near-duplicates linked to an original: ${s.duplicates}`,
    `  entities: ${s.entities}, claims: ${s.claims}`,
  ];
  const rules = Object.entries(s.messagesByRule).sort((a, b) => b[1] - a[1]);
  if (rules.length > 0) {
    lines.push('  messages by rule:');
    for (const [rule, n] of rules) lines.push(`    ${String(n).padStart(7)}  ${rule}`);
  }
  return `${lines.join('\n')}\n`;
}
