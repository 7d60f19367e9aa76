import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleLayer, Block, DocumentRecord } from '../record/document.js';
import type { Message } from '../record/message.js';
import { MappedTextBuilder, toSourceSpan, type OffsetMap } from '../record/offset-map.js';
import { repairStage, repairText } from './repair-stage.js';
import { seededRandom as random } from '../util/seeded-random.js';

/**
 * A record whose input is an HTML page with the paragraphs inside `<p>` and an entity before
 * them, so the article map is not the identity and repairs must compose with it.
 */
function recordOf(paragraphs: string[], title: string | null = null): DocumentRecord {
  let input = '<html><h1>A &amp; B</h1>';
  const starts: number[] = [];
  for (const p of paragraphs) {
    input += '<p>';
    starts.push(input.length);
    input += `${p}</p>\n`;
  }
  input += '</html>';
  const b = new MappedTextBuilder(input);
  const blocks: Block[] = [];
  paragraphs.forEach((p, k) => {
    if (k > 0) b.insert('\n\n', starts[k]!);
    const start = b.size;
    b.copy(starts[k]!, starts[k]! + p.length);
    blocks.push({ kind: 'paragraph', start, end: b.size });
  });
  const { text: body, map } = b.build();
  const article: ArticleLayer = {
    title,
    published: null,
    updated: null,
    byline: null,
    site: null,
    url: null,
    canonicalUrl: null,
    language: 'ar',
    direction: 'rtl',
    credits: [],
    provenance: {},
    body,
    blocks,
    map,
  };
  return {
    raw: { bytes: new Uint8Array(), url: null, path: null, contentType: 'text/html', fetchedAt: '2026-01-01T00:00:00Z' },
    input: { text: input, charset: 'utf-8', charsetSource: 'given', format: 'html' },
    article,
    messages: [],
  };
}

function run(doc: DocumentRecord): DocumentRecord {
  const messages: Message[] = [];
  const out = repairStage.run(doc, (m) => messages.push({ ...m, stage: 'repair' }));
  return { ...out, messages };
}

/** Checks that every message's spans hold its before and after text. */
function expectSpansHold(doc: DocumentRecord): void {
  const input = doc.input!.text;
  const text = doc.text!.text;
  for (const m of doc.messages) {
    if (m.inputStart === undefined) continue;
    expect(input.slice(m.inputStart, m.inputEnd), `${m.rule} before`).toBe(m.before);
    expect(text.slice(m.start, m.end), `${m.rule} after`).toBe(m.after);
  }
}

function expectWellFormed(map: OffsetMap, textLength: number, sourceLength: number): void {
  expect(map.length).toBe(textLength);
  expect(map.sourceLength).toBe(sourceLength);
  let out = 0;
  let src = 0;
  for (const [o1, o2, s1, s2] of map.segments) {
    expect(o1).toBe(out);
    expect(o2).toBeGreaterThan(o1);
    expect(s1).toBeGreaterThanOrEqual(src);
    expect(s2).toBeGreaterThanOrEqual(s1);
    expect(s2).toBeLessThanOrEqual(sourceLength);
    out = o2;
    src = s1;
  }
  expect(out).toBe(textLength);
}

describe('repair stage: each repair reports spans that hold what it says', () => {
  const cases: Array<{ rule: string; paragraph: string; before: string; after: string; text: string }> = [
    { rule: 'repair-legacy-quote', paragraph: 'حركة Œأنصار الشريعة˜ في ليبيا', before: 'Œ', after: '«', text: 'حركة «أنصار الشريعة» في ليبيا' },
    { rule: 'repair-mojibake', paragraph: 'وصل Ø§Ù„ÙˆÙØ¯ أمس', before: 'Ø§Ù„ÙˆÙØ¯', after: 'الوفد', text: 'وصل الوفد أمس' },
    { rule: 'repair-missing-space', paragraph: 'المصري،قدموا إلى', before: '', after: ' ', text: 'المصري، قدموا إلى' },
    { rule: 'repair-run-together', paragraph: 'مهمة للتحقيقحول شبهات', before: '', after: ' ', text: 'مهمة للتحقيق حول شبهات' },
    { rule: 'repair-tatweel', paragraph: 'الأراضي الليبيـــة', before: 'ـــ', after: '', text: 'الأراضي الليبية' },
    { rule: 'repair-invisible-char', paragraph: 'قال\u200F الوزير', before: '\u200F', after: '', text: 'قال الوزير' },
    { rule: 'repair-presentation-form', paragraph: 'انفجر اﻻطار', before: 'ﻻ', after: 'لا', text: 'انفجر الاطار' },
  ];
  for (const c of cases) {
    it(c.rule, () => {
      const doc = run(recordOf(['فقرة أولى سليمة.', c.paragraph]));
      expect(doc.text!.text).toBe(`فقرة أولى سليمة.\n\n${c.text}`);
      const m = doc.messages.find((x) => x.rule === c.rule);
      expect(m, c.rule).toBeDefined();
      expect(m!.severity).toBe('info');
      expect(m!.before).toBe(c.before);
      expect(m!.after).toBe(c.after);
      expect(doc.input!.text.slice(m!.inputStart, m!.inputEnd)).toBe(c.before);
      expect(doc.text!.text.slice(m!.start, m!.end)).toBe(c.after);
      expectSpansHold(doc);
      const [, second] = doc.text!.blocks;
      expect(doc.text!.text.slice(second!.start, second!.end)).toBe(c.text);
    });
  }

  it('repairs the title the same way, with messages that carry no spans', () => {
    const doc = run(recordOf(['نص.'], 'تنظيم ŒالقاعدةŒ'.replace(/Œ$/, '˜') + ' في ليبيـا'));
    expect(doc.text!.title).toBe('تنظيم «القاعدة» في ليبيا');
    const titleMessages = doc.messages.filter((m) => m.message.startsWith('In the title'));
    expect(titleMessages.map((m) => m.rule).sort()).toEqual(['repair-legacy-quote', 'repair-legacy-quote', 'repair-tatweel']);
    expect(titleMessages.every((m) => m.start === undefined && m.inputStart === undefined)).toBe(true);
  });
});

describe('repair stage on generated text (property)', () => {
  const pieces = [
    'قال', 'المصري', 'للتحقيق', 'حول', 'وأكّدت', 'أن', 'الليبي', 'ة', 'ـ', 'ـــ', 'Œ', '˜', '،', '؛', '.', ',', ' ', ' ', ' ',
    '\n', '\n\n', '1,700', '3.5', 'د.', ' www.x.com ', 'بي.بي', 'يو.بي.اس', '\u200F', '\u200B', '\u200D', '\uFEFF', '\u00AD', 'ﻻ', 'ﺍﻟ', 'ﹰ', 'Ø§Ù„Ù‚Ø§Ù‡Ø±Ø©',
    'ط§ظ„ظ‚', 'Ù', 'Œuvre', 'abc', '👨\u200D👩', 'َ', 'ّ', 'لا', 'يزال', 'المدينة', 'الفكر', 'القديم',
  ];

  it('keeps the map well formed and every span inside the input, for 300 generated bodies', () => {
    const rand = random(7);
    for (let n = 0; n < 300; n++) {
      const paragraphs: string[] = [];
      const count = 1 + Math.floor(rand() * 3);
      for (let p = 0; p < count; p++) {
        let s = '';
        const len = 1 + Math.floor(rand() * 25);
        for (let k = 0; k < len; k++) s += pieces[Math.floor(rand() * pieces.length)]!;
        paragraphs.push(s.replace(/[<>&]/g, ''));
      }
      const doc = run(recordOf(paragraphs));
      const input = doc.input!.text;
      const { text, map, blocks } = doc.text!;
      const where = JSON.stringify(paragraphs);
      expectWellFormed(map, text.length, input.length);
      expectSpansHold(doc);
      for (let i = 0; i < text.length; i++) {
        const s = toSourceSpan(map, { start: i, end: i + 1 });
        expect(s.start, where).toBeGreaterThanOrEqual(0);
        expect(s.end, where).toBeLessThanOrEqual(input.length);
      }
      let prev = 0;
      for (const block of blocks) {
        expect(block.start, where).toBeGreaterThanOrEqual(prev);
        expect(block.end, where).toBeLessThanOrEqual(text.length);
        prev = block.end;
      }
      // A second repair finds nothing left to change in the characters the first one handled.
      const again = repairText(text, { language: 'ar' }).changes.filter((c) => c.rule !== 'repair-run-together');
      expect(again.map((c) => c.rule), where).toEqual([]);
    }
  });
});

describe('repair stage on the seed', () => {
  const seed = readFileSync(new URL('../../test/fixtures/analyze/seed/source.txt', import.meta.url), 'utf8');
  // The article's paragraphs, as an extractor would hand them over (by hand here).
  const first = seed.indexOf('قالت مصادر موثوقة');
  const last = seed.indexOf('وخاصة في سوريا.') + 'وخاصة في سوريا.'.length;
  const b = new MappedTextBuilder(seed).copy(first, last);
  const { text: body, map } = b.build();
  const blocks: Block[] = [];
  let at = 0;
  for (const p of body.split('\n\n')) {
    blocks.push({ kind: 'paragraph', start: at, end: at + p.length });
    at += p.length + 2;
  }
  const doc = recordOf(['x']);
  doc.input = { text: seed, charset: 'utf-8', charsetSource: 'given', format: 'text' };
  doc.article = { ...doc.article!, title: 'تنسيق أمني بين القاهرة والجزائر', body, blocks, map };
  const out = run(doc);
  const text = out.text!.text;

  it('replaces the legacy glyphs with « and »', () => {
    expect(text).not.toMatch(/[Œ˜]/);
    for (const q of ['«القاعدة في بلاد المغرب الإسلامي»', '«أنصار الشريعة»', '«لواء الشهيد أبو سليم»']) expect(text).toContain(q);
    expect(out.messages.filter((m) => m.rule === 'repair-legacy-quote')).toHaveLength(11);
  });

  it('opens a quotation at the unpaired ˜ before يسافرون and warns', () => {
    expect(text).toContain('الإسلامي «يسافرون بانتظام');
    const warnings = out.messages.filter((m) => m.rule === 'repair-unpaired-quote');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', before: '˜', after: '«' });
    expect(seed.slice(warnings[0]!.inputStart, warnings[0]!.inputStart! + 8)).toBe('˜يسافرون');
  });

  it('splits the glued words and drops the tatweel', () => {
    for (const s of ['المصري، قَدِموا', 'للتحقيق حول', 'وأكّدت أن', 'الأراضي الليبية،', 'بالتدريب والتمويل. ونسبت', 'لعملياته']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('ـ');
    expect(out.messages.filter((m) => m.rule === 'repair-run-together').map((m) => m.message)).toHaveLength(2);
  });

  it('keeps the diacritics and maps every message and block back into the seed', () => {
    expect(text).toContain('أدّى');
    expectSpansHold(out);
    expectWellFormed(out.text!.map, text.length, seed.length);
    for (const block of out.text!.blocks) {
      const src = toSourceSpan(out.text!.map, block);
      expect(src.end).toBeGreaterThan(src.start);
    }
    expect(out.text!.blocks).toHaveLength(5);
  });
});
