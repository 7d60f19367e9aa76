import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../record/document.js';
import { rawFromJsonLine, readJsonLines, type JsonLineResult } from './jsonl.js';

const text = (raw: RawDocument) => new TextDecoder().decode(raw.bytes);

describe('rawFromJsonLine', () => {
  it('reads an html line with its hints', () => {
    const line = JSON.stringify({
      url: 'https://news.example.org/a/1',
      title: 'اشتباكات في الضاحية الجنوبية',
      html: '<p>قالت مصادر محلية إن الاشتباكات استمرت ساعات.</p>',
      published: '2015-03-02T10:00:00+03:00',
      site: 'أخبار المساء',
      byline: 'سعاد الحربي',
      lang: 'ar',
    });
    const raw = rawFromJsonLine(line, 1) as RawDocument;
    expect(text(raw)).toBe('<p>قالت مصادر محلية إن الاشتباكات استمرت ساعات.</p>');
    expect(raw).toMatchObject({
      url: 'https://news.example.org/a/1',
      path: null,
      contentType: 'text/html; charset=utf-8',
      hints: {
        title: 'اشتباكات في الضاحية الجنوبية',
        published: '2015-03-02T10:00:00+03:00',
        site: 'أخبار المساء',
        byline: 'سعاد الحربي',
        extra: { lang: 'ar' },
      },
    });
  });

  it('reads a SaudiNewsNet-style line: content, source, author, other fields in extra', () => {
    const raw = rawFromJsonLine(
      JSON.stringify({ source: 'okaz', url: 'http://x.example/1', date_extracted: '2015-07-21 02:51:32', title: 'عنوان', author: 'محرر', content: 'نص الخبر' }),
      7,
    ) as RawDocument;
    expect(text(raw)).toBe('نص الخبر');
    expect(raw.contentType).toBe('text/plain; charset=utf-8');
    expect(raw.hints).toEqual({ title: 'عنوان', site: 'okaz', byline: 'محرر', extra: { date_extracted: '2015-07-21 02:51:32' } });
  });

  it('prefers html over text over content, and skips empty or non-string hints', () => {
    const raw = rawFromJsonLine(JSON.stringify({ text: 'ب', html: '<b>أ</b>', content: 'ج', title: '  ', author: 3 }), 1) as RawDocument;
    expect(text(raw)).toBe('<b>أ</b>');
    expect(raw.url).toBeNull();
    expect(raw.hints).toBeUndefined();
    const t = rawFromJsonLine(JSON.stringify({ text: 'ب', content: 'ج' }), 1) as RawDocument;
    expect(text(t)).toBe('ب');
  });

  it('returns an error naming the line for bad JSON, non-objects and missing bodies', () => {
    expect(rawFromJsonLine('{"title": ', 4)).toEqual({ error: expect.stringMatching(/^line 4: not valid JSON/) });
    expect(rawFromJsonLine('[1,2]', 5)).toEqual({ error: 'line 5: expected a JSON object' });
    expect(rawFromJsonLine('{"title": "x", "html": 3}', 6)).toEqual({ error: 'line 6: no string field html, text or content' });
  });
});

describe('readJsonLines', () => {
  async function collect(stream: NodeJS.ReadableStream): Promise<JsonLineResult[]> {
    const out: JsonLineResult[] = [];
    for await (const r of readJsonLines(stream)) out.push(r);
    return out;
  }

  it('yields documents and errors with line numbers, skipping blank lines, a BOM and CRs', async () => {
    const input = '\uFEFF{"text":"أول"}\r\n\r\nnot json\n{"html":"<p>ثالث</p>"}\n';
    // Split inside a multi-byte character to check that lines are decoded across chunks.
    const bytes = Buffer.from(input);
    const cut = bytes.indexOf(Buffer.from('ثالث')) + 1;
    const results = await collect(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]));
    expect(results.map((r) => r.lineNo)).toEqual([1, 3, 4]);
    expect('raw' in results[0]! && text(results[0].raw)).toBe('أول');
    expect('error' in results[1]! && results[1].error).toMatch(/^line 3:/);
    expect('raw' in results[2]! && text(results[2].raw)).toBe('<p>ثالث</p>');
  });

  it('yields lines as they arrive, before the stream ends', async () => {
    const stream = new PassThrough();
    const lines = readJsonLines(stream);
    stream.write('{"text":"واحد"}\n');
    const first = await lines.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ lineNo: 1 });
    stream.end('{"text":"اثنان"}');
    const second = await lines.next();
    expect(second.value).toMatchObject({ lineNo: 2 });
    expect((await lines.next()).done).toBe(true);
  });
});
