// Serving benchmark: p50/p95 latency of the API endpoints and the app's page on a database of the
// 31k-article corpus (../shared/data/news/saudinewsnet.jsonl.gz), over 127.0.0.1 only.
// Usage: npm run bench:serve [-- --db PATH] [-- --rounds N]   (or MARSAD_BENCH_DB=PATH)
// The database is reused when it exists (default .bench/serve-corpus.db); otherwise it is built
// from the corpus first (about 20 minutes on 2 cores). Skips when the corpus is absent and no
// database is given. A fixed request set, sequential, bounded to 2,000 requests and 5 minutes.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonlSource } from '../src/cli/commands/ingest.js';
import { runIngest } from '../src/ingest/ingest-runner.js';
import { startServer } from '../src/server/start-server.js';
import { SqliteKnowledgeStore } from '../src/store/sqlite-store.js';
import { SHARED_NEWS, sharedDataMissing } from './shared-data.js';

const CORPUS = fileURLToPath(SHARED_NEWS);
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const DB = arg('db') ?? process.env.MARSAD_BENCH_DB ?? fileURLToPath(new URL('../.bench/serve-corpus.db', import.meta.url));
const ROUNDS = Math.max(1, Number(arg('rounds') ?? 3));
const MAX_REQUESTS = 2000;
const MAX_SECONDS = 300;

/** Search queries: places, actors, topics, inflected forms. */
const QUERIES = ['الرياض', 'الحوثيين', 'داعش', 'بالمدينة', 'وزارة الداخلية', 'اليمن', 'هجوم إرهابي', 'الحرس الثوري', 'أمن الحدود', 'الأمم المتحدة'];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/** Builds the corpus database when it is missing. */
async function ensureDatabase(): Promise<boolean> {
  if (existsSync(DB)) return true;
  if (sharedDataMissing('bench:serve', [CORPUS], `skipped: no database at ${DB} either`)) return false;
  process.stdout.write(`building ${DB} from ${CORPUS} (reused by later runs)…\n`);
  mkdirSync(dirname(DB), { recursive: true });
  const store = new SqliteKnowledgeStore(DB, { keepRaw: false });
  const summary = await runIngest(jsonlSource(CORPUS), store, {});
  await store.close();
  process.stdout.write(`  ${summary.new} documents in ${summary.seconds.toFixed(0)} s\n`);
  return true;
}

async function main(): Promise<void> {
  if (!(await ensureDatabase())) return;
  const server = await startServer({ db: DB, port: 0, host: '127.0.0.1' });
  const base = server.url;
  const started = performance.now();
  let requests = 0;
  const timed = async (group: string, path: string, into: Map<string, number[]>): Promise<unknown> => {
    if (requests >= MAX_REQUESTS || (performance.now() - started) / 1000 > MAX_SECONDS) throw new Error('request budget exhausted');
    requests++;
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`);
    const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    into.set(group, [...(into.get(group) ?? []), ms]);
    return body;
  };
  try {
    // 1. the fixed request set, from the data: the most mentioned entities, documents spread over the ids, top edges
    const setup = new Map<string, number[]>();
    const stats = (await timed('stats', '/api/stats', setup)) as { documents: number; entities: number; claims: number };
    const entities = ((await timed('setup', '/api/entities?limit=12', setup)) as { entities: { id: number; name: string }[] }).entities;
    const docIds = Array.from({ length: 10 }, (_, i) => 1 + Math.floor((i * (stats.documents - 1)) / 9));
    const requestsOf = async (): Promise<[string, string][]> => {
      const list: [string, string][] = [['page', '/'], ['page', '/index.html']];
      for (const q of QUERIES) list.push(['search', `/api/search?q=${encodeURIComponent(q)}`]);
      for (const id of docIds) list.push(['document', `/api/documents/${id}`]);
      for (const e of entities.slice(0, 10)) {
        list.push(['entity', `/api/entities/${e.id}`]);
        list.push(['graph (entity)', `/api/graph?entity=${e.id}`]);
        list.push(['claims (entity)', `/api/claims?entity=${e.id}&limit=50`]);
        list.push(['timeline (entity)', `/api/timeline?entity=${e.id}`]);
      }
      list.push(['graph (whole)', '/api/graph'], ['graph (whole)', '/api/graph?types=ATTACK&minSources=2']);
      list.push(['places', '/api/places'], ['places', '/api/places?types=ATTACK']);
      list.push(['timeline', '/api/timeline'], ['timeline', '/api/timeline?bucket=day&types=ATTACK,COERCE']);
      list.push(['suggest', `/api/entities?q=${encodeURIComponent('الحو')}`], ['suggest', `/api/entities?q=${encodeURIComponent('وزارة')}`]);
      for (let i = 0; i + 1 < Math.min(8, entities.length); i += 2) list.push(['links', `/api/links?a=${entities[i]!.id}&b=${entities[i + 1]!.id}`]);
      const g = (await (await fetch(`${base}/api/graph?entity=${entities[0]!.id}`)).json()) as { edges: { source: number; target: number }[] };
      for (const e of g.edges.slice(0, 5)) list.push(['edge evidence', `/api/graph/edge?a=${e.source}&b=${e.target}`]);
      return list;
    };
    const list = await requestsOf();
    // 2. rounds: the first is cold (nothing cached), the others warm
    const cold = new Map<string, number[]>();
    const warm = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [group, path] of list) await timed(group, path, round === 0 ? cold : warm);
    }
    // 3. report
    const rows: string[] = [];
    const all: number[] = [];
    const allCold: number[] = [];
    const fmt = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(1));
    for (const group of [...new Set(list.map(([g]) => g))]) {
      const c = [...(cold.get(group) ?? [])].sort((a, b) => a - b);
      const w = [...(warm.get(group) ?? [])].sort((a, b) => a - b);
      const both = [...c, ...w].sort((a, b) => a - b);
      all.push(...both);
      allCold.push(...c);
      rows.push(`| ${group} | ${both.length} | ${fmt(percentile(both, 0.5))} | ${fmt(percentile(both, 0.95))} | ${fmt(percentile(c, 0.95))} | ${fmt(both[both.length - 1] ?? NaN)} |`);
    }
    all.sort((a, b) => a - b);
    allCold.sort((a, b) => a - b);
    process.stdout.write(`\nbench:serve on ${DB}: ${stats.documents} documents, ${stats.entities} entities, ${stats.claims} claims; ${ROUNDS} rounds of ${list.length} requests (round 1 cold)\n\n`);
    process.stdout.write('| endpoint | requests | p50 ms | p95 ms | cold p95 ms | max ms |\n|---|---|---|---|---|---|\n');
    process.stdout.write(`${rows.join('\n')}\n`);
    process.stdout.write(`| **all** | ${all.length} | ${fmt(percentile(all, 0.5))} | ${fmt(percentile(all, 0.95))} | ${fmt(percentile(allCold, 0.95))} | ${fmt(all[all.length - 1] ?? NaN)} |\n`);
    process.stdout.write(`\n${percentile(all, 0.95) < 200 ? 'PASS' : 'FAIL'}: p95 over all requests ${fmt(percentile(all, 0.95))} ms (target < 200 ms); ${requests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await server.close();
  }
}

await main();
