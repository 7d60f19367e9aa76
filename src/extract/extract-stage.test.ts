import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import type { DocumentHints, DocumentRecord } from '../record/document.js';
import { createRecord } from '../record/document.js';
import { toSourceSpan } from '../record/offset-map.js';
import { extractStage } from './extract-stage.js';
import { MAX_BODY_CHARS } from './body-limit.js';

const FIXTURES = new URL('../../test/fixtures/analyze/', import.meta.url);

function run(text: string, format: 'html' | 'text', options: { url?: string; hints?: DocumentHints } = {}): DocumentRecord {
  const doc = createRecord({ bytes: new Uint8Array(), url: options.url ?? null, path: null, contentType: null, fetchedAt: '2026-01-01T00:00:00Z' });
  if (options.hints) doc.raw.hints = options.hints;
  doc.input = { text, charset: 'utf-8', charsetSource: 'given', format };
  return extractStage.run(doc, (m) => doc.messages.push(m));
}

/** Input text of a span as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
function visible(source: string): string {
  return decodeHTML(source.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** The fixtures of this stage (UTF-8 pages and scrapes), by folder. */
function stageFixtures(): { slug: string; text: string; format: 'html' | 'text' }[] {
  const out: { slug: string; text: string; format: 'html' | 'text' }[] = [];
  for (const slug of readdirSync(FIXTURES).sort()) {
    if (!/^(html-|date-|text-|cnn-|seed$)/.test(slug)) continue;
    for (const [name, format] of [['source.html', 'html'], ['source.txt', 'text']] as const) {
      const file = new URL(`${slug}/${name}`, FIXTURES);
      if (existsSync(file)) out.push({ slug, text: readFileSync(file, 'utf8'), format });
    }
  }
  return out;
}

describe('the body maps back to the input', () => {
  const fixtures = stageFixtures();

  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const { slug, text, format } of fixtures) {
    it(`${slug}: random spans of each block read the same in the input, up to entities and white space`, () => {
      const { article } = run(text, format);
      const body = article!.body;
      const next = random(slug.length * 7919);
      let checked = 0;
      for (const block of article!.blocks) {
        expect(body.slice(block.start, block.end).trim()).toBe(body.slice(block.start, block.end));
        for (let k = 0; k < 8; k++) {
          const a = block.start + Math.floor(next() * (block.end - block.start));
          const b = Math.min(block.end, a + 1 + Math.floor(next() * 60));
          const span = toSourceSpan(article!.map, { start: a, end: b });
          const want = body.slice(a, b).replace(/\s+/g, ' ').trim();
          const got = format === 'html' ? visible(text.slice(span.start, span.end)) : text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
          expect(got, `${slug} [${a}, ${b})`).toBe(want);
          checked++;
        }
      }
      if (article!.body.length > 0) expect(checked).toBeGreaterThan(0);
    });
  }

  it('maps a decoded entity to the whole reference and an inserted blank line to an empty span', () => {
    const html = '<article><p>قال&nbsp;الوزير &quot;نعم&quot; للمشروع، وأكد أن العمل سيبدأ قريبا في المدينة.</p><p>وأضاف أن الحكومة خصصت الميزانية اللازمة، وأن التنفيذ يستغرق عاما كاملا.</p></article>';
    const { article } = run(html, 'html');
    const body = article!.body;
    const q = body.indexOf('"');
    expect(html.slice(...Object.values(toSourceSpan(article!.map, { start: q, end: q + 1 })))).toBe('&quot;');
    const nb = body.indexOf(' ');
    expect(html.slice(...Object.values(toSourceSpan(article!.map, { start: nb, end: nb + 1 })))).toBe('&nbsp;');
    const gap = body.indexOf('\n\n');
    const s = toSourceSpan(article!.map, { start: gap, end: gap + 2 });
    expect(s.end).toBe(s.start);
    expect(article!.blocks).toHaveLength(2);
  });
});

describe('the plain-text scrape (the seed)', () => {
  const seed = readFileSync(new URL('seed/source.txt', FIXTURES), 'utf8');

  it('reads the date line, the title line and the credit, and cuts the teaser and the comment form', () => {
    const doc = run(seed, 'text');
    const a = doc.article!;
    expect(a.published).toBe('2024-04-23T15:44');
    expect(a.title).toBe('تنسيق أمني بين القاهرة والجزائر بعد رصد اتصالات بين درودكال وجماعة أنصار بيت المقدس');
    expect(a.credits).toEqual(['المحور(بتصرف)']);
    expect(a.body.startsWith('قالت مصادر موثوقة')).toBe(true);
    expect(a.body.endsWith('وخاصة في سوريا.')).toBe(true);
    for (const gone of ['شاهد أيضاً', 'نواكشوط', 'اترك تعليقاً', 'بريدك', 'المحور']) expect(a.body).not.toContain(gone);
    // Repairs are the text stage's: the extracted body keeps the broken characters.
    expect(a.body).toContain('Œالقاعدة');
    expect(a.body).toContain('الليبيـة');
  });

  it('reports the image-name artifact with the input span it removed', () => {
    const doc = run(seed, 'text');
    const m = doc.messages.find((x) => x.rule === 'extract-artifact-removed');
    expect(m?.severity).toBe('info');
    expect(seed.slice(m!.inputStart, m!.inputEnd)).toBe('3f6cd9917d714abae7ef1edb995940fb_L');
    expect(toSourceSpan(doc.article!.map, { start: 0, end: 4 })).toEqual({ start: m!.inputEnd, end: m!.inputEnd! + 4 });
  });

  it('uses the hints when the text has no date or title line, and reports a hint that disagrees', () => {
    const text = 'أعلنت البلدية إغلاق الشارع الرئيسي أسبوعا لأعمال الصيانة، وطلبت من السائقين استخدام الطرق البديلة.\n\nوقالت إن الأشغال تبدأ صباح السبت.';
    const hinted = run(text, 'text', { hints: { title: 'إغلاق الشارع الرئيسي', published: '2024-07-14T09:30:00Z', site: 'البلدية' } });
    expect(hinted.article!.title).toBe('إغلاق الشارع الرئيسي');
    expect(hinted.article!.published).toBe('2024-07-14T09:30+00:00');
    expect(hinted.article!.provenance.published).toBe('hints');
    const dated = run(`3 مارس 2024\n\n${text}`, 'text', { hints: { published: '2024-07-14' } });
    expect(dated.article!.published).toBe('2024-03-03');
    expect(dated.messages.map((m) => m.rule)).toContain('extract-date-conflict');
  });
});

describe('a share bar scraped into the first line', () => {
  it('is cut only with a share word before the platforms or a prompt after them', () => {
    const body = 'افتتح المحافظ معرضا للكتاب يضم مئتي دار نشر، وقال إن المعرض يفتح أبوابه حتى نهاية الشهر.';
    expect(run(`شارك عبر تويتر فيسبوك واتساب ${body}`, 'text').article?.body).toBe(body);
    expect(run(`تويتر فيسبوك اكتب رأيك ${body}`, 'text').article?.body).toBe(body);
    const prose = 'تويتر فيسبوك يوتيوب منصات يستخدمها الملايين كل يوم في المنطقة العربية وخارجها بلا انقطاع.';
    expect(run(prose, 'text').article?.body).toBe(prose);
  });
});

describe('messages', () => {
  it('assigns an empty article and reports an error when there is no text', () => {
    const doc = run('<html><body><nav><a href="/">الرئيسية</a></nav><div id="app"></div><script>var x = "نص";</script></body></html>', 'html');
    expect(doc.article).toBeDefined();
    expect(doc.article!.body).toBe('');
    expect(doc.article!.blocks).toEqual([]);
    expect(doc.messages.filter((m) => m.severity === 'error').map((m) => m.rule)).toEqual(['extract-no-text']);
  });

  it('warns when the body is not Arabic, and still extracts it', () => {
    const doc = run('<html><body><article><p>The council approved the budget on Monday after a long debate, and the mayor said work on the new bridge would start in the spring.</p></article></body></html>', 'html');
    expect(doc.article!.language).toBe('en');
    expect(doc.article!.direction).toBe('ltr');
    expect(doc.messages.map((m) => m.rule)).toEqual(['extract-not-arabic']);
  });

  it('reports metadata and a date line that disagree, keeping the metadata', () => {
    const html =
      '<html><head><meta property="article:published_time" content="2024-05-01T10:00:00+03:00"></head><body><article><h1>عنوان الخبر</h1><div class="date">12 مايو 2024</div>' +
      '<p>افتتح الوزير صباح اليوم المستشفى الجديد في المدينة، بحضور عدد من المسؤولين والأهالي الذين رحبوا بالمشروع.</p></article></body></html>';
    const doc = run(html, 'html');
    expect(doc.article!.published).toBe('2024-05-01T10:00+03:00');
    const m = doc.messages.find((x) => x.rule === 'extract-date-conflict');
    expect(m?.severity).toBe('info');
    expect(html.slice(m!.inputStart, m!.inputEnd)).toBe('12 مايو 2024');
  });
});

describe('pathological pages', () => {
  it('extracts from a page nested 100,000 levels deep', () => {
    const n = 100_000;
    const html = '<html><body>' + '<div>'.repeat(n) + '<p>نص المقال هنا، وهو نص طويل بما يكفي ليحسب فقرة في الصفحة.</p>' + '</div>'.repeat(n) + '</body></html>';
    const start = performance.now();
    const doc = run(html, 'html');
    expect(doc.article!.body).toBe('نص المقال هنا، وهو نص طويل بما يكفي ليحسب فقرة في الصفحة.');
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('extracts a 10 MB page in seconds', () => {
    const para = '<p>قال المراسل إن الاجتماع الذي عقد أمس في العاصمة، بحضور ممثلين عن الحكومة والمعارضة، انتهى دون اتفاق &amp; دون موعد.</p>\n';
    const parts = ['<html><body><div class="content">'];
    let size = 0;
    while (size < 5_000_000) {
      const chunk = `<div class="section">${para.repeat(500)}<ul class="menu"><li><a href="/x">رابط</a></li></ul></div>`;
      parts.push(chunk);
      size += chunk.length;
    }
    parts.push('</div></body></html>');
    const html = parts.join('');
    const start = performance.now();
    const doc = run(html, 'html');
    // The body is cut at the size cap (body-limit.ts), with a warning naming what was left out.
    expect(doc.article!.body.length).toBeGreaterThan(MAX_BODY_CHARS - 200);
    expect(doc.article!.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(doc.article!.blocks.length).toBeGreaterThan(1_500);
    expect(doc.messages.map((m) => m.rule)).toContain('extract-body-truncated');
    expect(doc.article!.body).not.toContain('رابط');
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
