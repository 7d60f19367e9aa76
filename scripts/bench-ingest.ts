// Ingestion benchmark: the news corpus (../shared/data/news/saudinewsnet.jsonl.gz, 30,990
// articles) end to end into a temporary database, then search latency over a fixed query set,
// and the floor: a bare SQLite bulk insert of the same texts.
// Usage: npm run bench:ingest [-- --limit N] [-- --workers N]. Reads ../shared (skips when absent).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { jsonlSource } from '../src/cli/commands/ingest.js';
import { runIngest, type IngestItem } from '../src/ingest/ingest-runner.js';
import { SqliteKnowledgeStore } from '../src/store/sqlite-store.js';
import { SHARED_NEWS, sharedDataMissing } from './shared-data.js';

const CORPUS = fileURLToPath(SHARED_NEWS);
const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
};
const LIMIT = arg('limit') ?? Infinity;
const WORKERS = arg('workers');

/** A fixed query set: places, actors, topics, and prefixed or inflected forms. */
const QUERIES = [
  'الرياض', 'وزارة الصحة', 'بالمدينة', 'الحوثيين', 'أسعار النفط', 'كرة القدم', 'الأمطار', 'داعش', 'التعليم', 'اليمن',
  'مجلس الوزراء', 'بالرياض', 'المستشفيات', 'هيئة الأمر بالمعروف', 'الانتخابات البلدية', 'سوق الأسهم', 'الحج', 'إيران',
  'حادث مروري', 'الطلاب والطالبات',
];

async function* limited(source: AsyncIterable<IngestItem>, n: number): AsyncGenerator<IngestItem> {
  let i = 0;
  for await (const item of source) {
    if (i++ >= n) return;
    yield item;
  }
}

function fileSize(path: string): number {
  return [path, `${path}-wal`].reduce((s, p) => s + (existsSync(p) ? statSync(p).size : 0), 0);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function main(): Promise<void> {
  if (sharedDataMissing('bench:ingest', [CORPUS])) return;
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  try {
    // 1. end to end
    const dbPath = join(dir, 'marsad.db');
    const store = new SqliteKnowledgeStore(dbPath);
    const t0 = performance.now();
    const summary = await runIngest(limited(jsonlSource(CORPUS), LIMIT), store, { workers: WORKERS });
    const seconds = (performance.now() - t0) / 1000;
    const docs = summary.new + summary.versions;
    // 2. search latency (each query 5 times, the first run of each included)
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        const s = performance.now();
        hits += (await store.search(q, { limit: 20 })).length;
        times.push(performance.now() - s);
      }
    }
    times.sort((a, b) => a - b);
    const stats = await store.stats();
    await store.close();
    const dbBytes = fileSize(dbPath);
    const peakRss = process.resourceUsage().maxRSS / 1024;
    // 3. floor: bare SQLite bulk insert of the same texts, 1,000 rows a transaction
    const barePath = join(dir, 'bare.db');
    const bare = new Database(barePath);
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = NORMAL');
    bare.exec('CREATE TABLE docs (id INTEGER PRIMARY KEY, url TEXT, title TEXT, text TEXT)');
    const insert = bare.prepare('INSERT INTO docs (url, title, text) VALUES (?, ?, ?)');
    const b0 = performance.now();
    let rows: [string | null, string | null, string][] = [];
    const flush = bare.transaction((batch: typeof rows) => {
      for (const r of batch) insert.run(...r);
    });
    for await (const item of limited(jsonlSource(CORPUS), LIMIT)) {
      if (item.kind !== 'document') continue;
      rows.push([item.raw.url, item.raw.hints?.title ?? null, new TextDecoder().decode(item.raw.bytes)]);
      if (rows.length >= 1000) {
        flush(rows);
        rows = [];
      }
    }
    flush(rows);
    const bareSeconds = (performance.now() - b0) / 1000;
    bare.close();
    // 4. report
    const lines = [
      `documents: ${docs} stored, ${summary.failed} failed, ${stats.duplicates} near-duplicates, in ${seconds.toFixed(1)} s`,
      `throughput: ${(docs / seconds).toFixed(1)} docs/s end to end (workers: ${WORKERS ?? 'all cores'})`,
      `database: ${(dbBytes / 1024 / 1024).toFixed(1)} MB (${(dbBytes / Math.max(1, docs) / 1024).toFixed(1)} KB a document, raw bytes kept)`,
      `peak RSS: ${peakRss.toFixed(0)} MB (main thread and workers)`,
      `search: p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms over ${times.length} queries (${QUERIES.length} distinct, ${hits} hits)`,
      `floor: bare SQLite bulk insert of the same texts ${bareSeconds.toFixed(1)} s (${(docs / bareSeconds).toFixed(0)} docs/s); end to end is ${(seconds / bareSeconds).toFixed(1)}x the floor`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
