// Builds a small knowledge store for the server and browser tests through the real ingest code:
// the seed, the first sample articles, and an article whose text holds markup that must never run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runIngest, type IngestItem, type IngestSummary } from '../../src/ingest/ingest-runner.js';
import { rawFromJsonLine } from '../../src/ingest/jsonl.js';
import type { RawDocument } from '../../src/record/document.js';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Set by the hostile article's markup if it ever runs. */
export const XSS_FLAG = '__marsadXss';

/**
 * An HTML article (our own words) whose text, once decoded, contains a script element and an
 * onerror handler: the page escapes them as entities, as a page quoting markup does.
 */
export const HOSTILE_HTML =
  '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>بيان مزيف عن هجوم في طرابلس</title></head><body><article>' +
  '<h1>بيان مزيف عن هجوم في طرابلس</h1>' +
  '<p>قالت مصادر أمنية في طرابلس إن مسلحين هاجموا مركزا للشرطة يوم الأحد، ونقل الموقع عن شاهد عيان أن الهجوم استمر ساعة كاملة قبل أن ينسحب المهاجمون من المكان.</p>' +
  `<p>وظهر في نص الصفحة المنسوخة سطر غريب هو &lt;script&gt;window.${XSS_FLAG}=1&lt;/script&gt; ثم صورة &lt;img src=x onerror="window.${XSS_FLAG}=2"&gt; ولا يجوز أن يعمل أي منهما في المتصفح.</p>` +
  '<p>وأكد المتحدث باسم وزارة الداخلية الليبية أن قوات الأمن طوقت المكان واعتقلت اثنين من المشتبه بهم بعد تبادل لإطلاق النار استمر دقائق، وأن التحقيق ما زال جاريا.</p>' +
  '</article></body></html>';

/** The seed, `articles` sample articles, and the hostile article, as ingest items. */
export async function* exampleItems(articles = 6): AsyncGenerator<IngestItem> {
  const seed = readFileSync(`${EXAMPLES}seed.txt`);
  yield { kind: 'document', label: 'seed.txt', raw: { bytes: new Uint8Array(seed), url: null, path: 'examples/seed.txt', contentType: 'text/plain', fetchedAt: '2024-04-23T16:00:00.000Z' } };
  const lines = readFileSync(`${EXAMPLES}articles.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const [i, line] of lines.slice(0, articles).entries()) {
    const raw = rawFromJsonLine(line, i + 1);
    if ('error' in raw) throw new Error(raw.error);
    yield { kind: 'document', label: `articles.jsonl:${i + 1}`, raw };
  }
  const hostile: RawDocument = {
    bytes: new TextEncoder().encode(HOSTILE_HTML),
    url: 'https://example.org/hostile',
    path: null,
    contentType: 'text/html; charset=utf-8',
    fetchedAt: '2024-05-01T00:00:00.000Z',
    hints: { title: 'بيان مزيف عن هجوم في طرابلس', published: '2015-07-20', site: 'موقع تجريبي' },
  };
  yield { kind: 'document', label: 'hostile', raw: hostile };
}

/** Ingests the example items into a new database at `path`. */
export async function buildExampleStore(path: string, articles = 6): Promise<IngestSummary> {
  const store = new SqliteKnowledgeStore(path);
  try {
    return await runIngest(exampleItems(articles), store, { workers: 0 });
  } finally {
    await store.close();
  }
}
