// `marsad ingest` end to end in child processes: a SIGKILL midway then a resume gives the same
// database as an uninterrupted run; re-ingesting changes nothing; copies from two outlets count
// as one source; search finds inflected forms; bad items are reported and skipped.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { WARCRecord, WARCSerializer } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { writeGeneratedFolder } from './corpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'src/cli/main.ts');
const N = 200;
let dir = '';
let docs = '';

function marsad(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function statsJson(db: string): Record<string, unknown> {
  const r = marsad(['stats', '--db', db, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** Every document as order-independent rows: ids become content hashes, run times are left out. */
function dump(path: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT d.content_hash, d.locator, d.version, d.latest, d.title, d.published, d.text, d.article, d.raw_size,
           (SELECT o.content_hash FROM documents o WHERE o.id = d.original_id) AS original, d.duplicate_similarity,
           (SELECT hex(r.bytes) FROM document_raw r WHERE r.document_id = d.id) AS raw,
           (SELECT hex(s.signature) FROM doc_signatures s WHERE s.document_id = d.id) AS signature,
           (SELECT COUNT(*) FROM messages m WHERE m.document_id = d.id) AS messages
         FROM documents d ORDER BY d.content_hash`,
      )
      .all() as Record<string, unknown>[];
    return rows.map((r) => ({ ...r, raw: createHash('sha256').update(String(r.raw)).digest('hex') }));
  } finally {
    db.close();
  }
}

function documentCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
  docs = join(dir, 'docs');
  writeGeneratedFolder(docs, N);
});

describe('marsad ingest', () => {
  it('resumes after SIGKILL to the same database as an uninterrupted run; re-ingesting changes nothing', async () => {
    // 1. uninterrupted
    const whole = join(dir, 'whole.db');
    const first = marsad(['ingest', docs, '--db', whole, '--json']);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ new: N, failed: 0 });
    const wholeStats = statsJson(whole);
    expect(wholeStats.documents).toBe(N);
    // 2. killed midway: small batches and one worker, killed once some documents are committed
    const killed = join(dir, 'killed.db');
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', docs, '--db', killed, '--batch', '3', '--workers', '1'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let atKill = 0;
    for (let i = 0; i < 6000 && child.exitCode === null; i++) {
      atKill = documentCount(killed);
      if (atKill > 0) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await exited).toBe('SIGKILL');
    expect(atKill).toBeGreaterThan(0);
    const afterKill = documentCount(killed);
    expect(afterKill).toBeLessThan(N);
    // no half-written document: every stored document has its signature and its index entry
    const check = new Database(killed);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const counts = check.prepare('SELECT (SELECT COUNT(*) FROM documents) AS d, (SELECT COUNT(*) FROM doc_signatures) AS s').get();
    check.close();
    expect(counts).toEqual({ d: afterKill, s: afterKill });
    // 3. resumed
    const resumed = marsad(['ingest', docs, '--db', killed, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout), resumed.stdout).toMatchObject({ new: N - afterKill, unchanged: afterKill });
    expect(statsJson(killed)).toEqual(wholeStats);
    expect(dump(killed)).toEqual(dump(whole));
    // 4. re-ingesting the folder changes nothing
    const again = marsad(['ingest', docs, '--db', whole, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, versions: 0, unchanged: N });
    expect(statsJson(whole)).toEqual(wholeStats);
    // 5. search by a prefixed form finds exactly the documents that have the word
    const hits = JSON.parse(marsad(['search', 'بالمدينة', '--db', whole, '--json', '--limit', '100']).stdout) as { snippet: { text: string } }[];
    expect(hits).toHaveLength(N / 10);
    for (const h of hits) expect(h.snippet.text).toContain('المدينة');
    // Five CLI processes, four of them whole ingests of N documents: 30-36 s on a slow machine of
    // this kind, past the default 30 s. The test checks what is stored, not how fast.
  }, 120_000);

  it('counts two copies of one story from two outlets as one independent source', () => {
    const story =
      'أعلنت الهيئة العامة للأرصاد أن موجة غبار كثيفة ستضرب المناطق الشرقية خلال اليومين المقبلين، ودعت السكان إلى ' +
      'تجنب الخروج إلا للضرورة، وأوضحت أن سرعة الرياح قد تتجاوز خمسين كيلومترا في الساعة وأن الرؤية ستنخفض إلى أقل من كيلومتر.';
    const other =
      'فاز فريق الحي الجنوبي ببطولة كرة القدم للناشئين بعد مباراة نهائية مثيرة انتهت بركلات الترجيح، وتسلم اللاعبون ' +
      'الكؤوس من رئيس النادي الذي وعد بدعم الفريق في المشاركات الإقليمية المقبلة وتوفير معسكر تدريبي في الصيف.';
    const file = join(dir, 'two-outlets.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ url: 'https://first.example/a', source: 'الأولى', title: 'غبار', content: story }),
        JSON.stringify({ url: 'https://second.example/b', source: 'الثانية', title: 'موجة غبار', content: `الدمام - واس: ${story}` }),
        '{"url": "https://broken.example/", "content": ',
        JSON.stringify({ url: 'https://third.example/c', source: 'الثالثة', content: other }),
      ].join('\n'),
    );
    const db = join(dir, 'two-outlets.db');
    const r = marsad(['ingest', '--jsonl', file, '--db', db, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 3, failed: 1, duplicates: 1 });
    expect(r.stderr).toContain(':3');
    const store = new SqliteKnowledgeStore(db);
    try {
      const ids = (store.db.prepare('SELECT id, url, original_id FROM documents ORDER BY url').all() as { id: number; url: string; original_id: number | null }[]);
      const [a, b, c] = ids;
      expect(b!.original_id).toBe(a!.id);
      return Promise.all([store.independentSources([a!.id, b!.id]), store.independentSources([a!.id, b!.id, c!.id])]).then(([two, three]) => {
        expect(two).toBe(1);
        expect(three).toBe(2);
      });
    } finally {
      void store.close();
    }
  });

  it('reports and skips bad items: a binary file, a bad JSON line, a truncated WARC record', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(bad, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    writeFileSync(join(bad, 'broken.html'), '<html><body><div><p>افتتح المحافظ معرض الكتاب السنوي في قاعة المدينة، وشارك فيه أكثر من مئة دار نشر');
    writeFileSync(join(bad, 'noext'), '<!DOCTYPE html><html><body><p>بدأت البلدية أعمال صيانة الحدائق العامة في الأحياء الغربية.</p></body></html>');
    const enc = new TextEncoder();
    const record = async (url: string, html: string): Promise<Uint8Array> => {
      async function* body(): AsyncGenerator<Uint8Array> {
        yield enc.encode(html);
      }
      const rec = WARCRecord.create(
        { url, date: '2024-01-02T03:04:05Z', type: 'response', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' },
        body(),
      );
      return WARCSerializer.serialize(rec, { gzip: true });
    };
    const one = await record('https://warc.example/1', '<html><body><p>أعلنت الجامعة مواعيد التسجيل للفصل الدراسي الجديد.</p></body></html>');
    const two = await record('https://warc.example/2', `<html><body><p>${'نص طويل عن افتتاح سوق جديد للمزارعين. '.repeat(40)}</p></body></html>`);
    const warc = join(dir, 'cut.warc.gz');
    writeFileSync(warc, Buffer.concat([one, two.subarray(0, two.length - 40)]));
    const db = join(dir, 'bad.db');
    const r = marsad(['ingest', bad, '--warc', warc, '--db', db, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { new: number; failed: number; skipped: number; problems: { label: string; error: string }[] };
    expect(summary).toMatchObject({ new: 3, failed: 2, skipped: 1 });
    expect(summary.problems.map((p) => p.error).join('\n')).toMatch(/binary file[\s\S]*truncated WARC record/);
    const urls = (JSON.parse(marsad(['search', 'الجامعة', '--db', db, '--json']).stdout) as { url: string }[]).map((h) => h.url);
    expect(urls).toEqual(['https://warc.example/1']);
  });

  it('reads RSS and Atom feeds: item content when given, else the fetched link', () => {
    const page = join(dir, 'linked.html');
    writeFileSync(page, '<html><body><article><p>وصلت قافلة المساعدات الطبية إلى البلدة الحدودية صباح اليوم.</p></article></body></html>');
    const rss = join(dir, 'news.rss');
    writeFileSync(
      rss,
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>نشرة الساحل</title>
       <item><title>خبر أول</title><link>https://coast.example/1</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
       <content:encoded><![CDATA[<p>افتتحت البلدية سوقا شعبيا جديدا للحرفيين على الكورنيش.</p>]]></content:encoded></item>
       <item><title>خبر ثان</title><link>${new URL(`file://${page}`).href}</link></item></channel></rss>`,
    );
    const atom = join(dir, 'news.atom');
    writeFileSync(
      atom,
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار الجبل</title>
       <entry><title>مطر</title><link href="https://mountain.example/rain"/><published>2024-02-03T08:00:00Z</published>
       <content type="html">&lt;p&gt;هطلت أمطار غزيرة على القرى الجبلية طوال الليل.&lt;/p&gt;</content></entry></feed>`,
    );
    const list = join(dir, 'feeds.txt');
    writeFileSync(list, `# feeds\n${rss}\n${atom}\n${join(dir, 'missing.rss')}\n`);
    const db = join(dir, 'feeds.db');
    const r = marsad(['ingest', '--feeds', list, '--db', db, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 3, failed: 1 });
    const hits = JSON.parse(marsad(['search', 'الأمطار', '--db', db, '--json']).stdout) as { url: string; outlet: string }[];
    expect(hits).toEqual([expect.objectContaining({ url: 'https://mountain.example/rain', outlet: 'أخبار الجبل' })]);
    expect((JSON.parse(marsad(['search', 'قافلة', '--db', db, '--json']).stdout) as unknown[]).length).toBe(1);
  });
});
