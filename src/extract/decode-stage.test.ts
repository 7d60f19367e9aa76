import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/pipeline.js';
import { createRecord, type DocumentRecord } from '../record/document.js';
import type { Message } from '../record/message.js';
import { singleByteEncoder } from './charset.js';
import { binaryReason, createDecodeStage, decodeStage, detectFormat } from './decode-stage.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1256 = singleByteEncoder('windows-1256');
const iso6 = singleByteEncoder('iso-8859-6');

const PARAGRAPH =
  'قالت وزارة الدفاع في بيان إن وحدات الجيش استعادت السيطرة على الطريق الدولي بعد اشتباكات استمرت يومين مع مسلحين.';

/** Runs the decode stage on `bytes` and returns the record and its messages. */
function decode(bytes: Uint8Array, contentType: string | null = null, stage = decodeStage): { doc: DocumentRecord; messages: Message[] } {
  const doc = createRecord({ bytes, url: null, path: null, contentType, fetchedAt: '2024-01-01T00:00:00.000Z' });
  const messages: Message[] = [];
  const out = stage.run(doc, (m) => messages.push(m));
  return { doc: out, messages };
}

const rules = (messages: Message[]) => messages.map((m) => m.rule);

describe('decode stage: empty and binary input', () => {
  it('reports input-empty and adds no input layer for 0 bytes or white space only', () => {
    for (const bytes of [new Uint8Array(0), utf8('  \n\t '), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const { doc, messages } = decode(bytes);
      expect(doc.input).toBeUndefined();
      expect(rules(messages)).toEqual(['input-empty']);
      expect(messages[0]!.severity).toBe('error');
    }
  });

  it('recognizes file signatures', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const pdf = utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    expect(binaryReason(png)).toBe('a PNG image');
    expect(binaryReason(pdf)).toBe('a PDF document');
    expect(binaryReason(zip)).toMatch(/ZIP/);
    for (const bytes of [png, pdf, zip]) {
      const { doc, messages } = decode(bytes, 'text/html; charset=utf-8');
      expect(doc.input).toBeUndefined();
      expect(rules(messages)).toEqual(['input-binary']);
    }
  });

  it('takes NUL bytes or many control bytes for binary, but not a text that starts like a short signature', () => {
    expect(binaryReason(utf8(`abc\u0000def ${PARAGRAPH}`))).toMatch(/NUL/);
    expect(binaryReason(new Uint8Array([...utf8('abc'), 1, 2, 3, 4, 5, 6, 7, 8, ...utf8('defgh')]))).toMatch(/control/);
    expect(binaryReason(utf8(`ID3 ${PARAGRAPH}`))).toBeNull();
    expect(binaryReason(utf8(`BZh ${PARAGRAPH}`))).toBeNull();
    expect(binaryReason(cp1256(PARAGRAPH))).toBeNull();
  });

  it('does not crash on 1 MB of random bytes and reports input-binary', () => {
    const bytes = new Uint8Array(1024 * 1024);
    let x = 0x9e3779b9;
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    const started = performance.now();
    const { doc, messages } = decode(bytes);
    expect(doc.input).toBeUndefined();
    expect(rules(messages)).toEqual(['input-binary']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops a pipeline after a fatal decode error', () => {
    const later = { name: 'later', requires: ['input'] as const, assigns: [] as const, run: () => { throw new Error('must not run'); } };
    const pipeline = createPipeline([decodeStage, later]);
    const out = pipeline.run(createRecord({ bytes: new Uint8Array(0), url: null, path: null, contentType: null, fetchedAt: '' }));
    expect(out.messages.map((m) => [m.stage, m.rule])).toEqual([['decode', 'input-empty']]);
  });
});

describe('decode stage: choosing the charset', () => {
  it('uses a BOM first, and drops it from the text', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PARAGRAPH)]);
    const { doc } = decode(withBom, 'text/plain; charset=windows-1256');
    expect(doc.input).toMatchObject({ charset: 'utf-8', charsetSource: 'bom', text: PARAGRAPH, format: 'text' });

    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(PARAGRAPH, 'utf16le')]);
    expect(decode(le).doc.input).toMatchObject({ charset: 'utf-16le', charsetSource: 'bom', text: PARAGRAPH });
    const body = Buffer.from(PARAGRAPH, 'utf16le').swap16();
    const be = new Uint8Array([0xfe, 0xff, ...body]);
    expect(decode(be).doc.input).toMatchObject({ charset: 'utf-16be', charsetSource: 'bom', text: PARAGRAPH });
  });

  it('uses the Content-Type charset before a <meta>', () => {
    const page = `<html><head><meta charset="windows-1256"></head><body><p>${PARAGRAPH}</p></body></html>`;
    const { doc, messages } = decode(iso6(page), 'text/html; charset=ISO-8859-6');
    expect(doc.input).toMatchObject({ charset: 'iso-8859-6', charsetSource: 'header', format: 'html' });
    expect(doc.input!.text).toContain(PARAGRAPH);
    expect(messages).toEqual([]);
  });

  it('uses the <meta> when there is no header charset', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>${PARAGRAPH}</p></body></html>`;
    const { doc, messages } = decode(cp1256(page), 'text/html');
    expect(doc.input).toMatchObject({ charset: 'windows-1256', charsetSource: 'meta', format: 'html' });
    expect(doc.input!.text).toContain(PARAGRAPH);
    expect(messages).toEqual([]);
  });

  it('sniffs windows-1256 and ISO-8859-6 without any declaration, and falls back to utf-8 for ASCII', () => {
    expect(decode(cp1256(PARAGRAPH)).doc.input).toMatchObject({ charset: 'windows-1256', charsetSource: 'sniff', text: PARAGRAPH });
    expect(decode(iso6(PARAGRAPH)).doc.input).toMatchObject({ charset: 'iso-8859-6', charsetSource: 'sniff', text: PARAGRAPH });
    expect(decode(utf8(PARAGRAPH)).doc.input).toMatchObject({ charset: 'utf-8', charsetSource: 'sniff' });
    expect(decode(utf8('Reuters, 3 May')).doc.input).toMatchObject({ charset: 'utf-8', charsetSource: 'default' });
  });

  it('warns charset-unknown for an unknown declared label and sniffs instead', () => {
    const { doc, messages } = decode(cp1256(PARAGRAPH), 'text/plain; charset=x-arabic-custom');
    expect(rules(messages)).toEqual(['charset-unknown']);
    expect(messages[0]!.message).toContain('x-arabic-custom');
    expect(doc.input).toMatchObject({ charset: 'windows-1256', charsetSource: 'sniff' });

    const page = cp1256(`<meta charset="no-such-charset"><p>${PARAGRAPH}</p>`);
    const meta = decode(page);
    expect(rules(meta.messages)).toEqual(['charset-unknown']);
    expect(meta.doc.input).toMatchObject({ charset: 'windows-1256', charsetSource: 'sniff' });
  });

  it('reads a <meta> that declares UTF-16 as utf-8, as the WHATWG spec does', () => {
    const { doc } = decode(utf8(`<meta charset="utf-16"><p>${PARAGRAPH}</p>`));
    expect(doc.input).toMatchObject({ charset: 'utf-8', charsetSource: 'meta' });
  });

  it('uses a given charset whatever the bytes say, and refuses an unknown one when built', () => {
    const stage = createDecodeStage({ charset: 'cp1256' });
    const { doc } = decode(cp1256(PARAGRAPH), 'text/plain; charset=utf-8', stage);
    expect(doc.input).toMatchObject({ charset: 'windows-1256', charsetSource: 'given', text: PARAGRAPH });
    expect(() => createDecodeStage({ charset: 'klingon-8' })).toThrow(RangeError);
  });
});

describe('decode stage: invalid bytes and mismatches', () => {
  it('gives one charset-invalid-bytes warning with the count and the first place', () => {
    const before = utf8('<p>قال المتحدث ');
    const bytes = new Uint8Array([...before, 0xd8, ...utf8(PARAGRAPH), 0xff, 0xfe, 0xc0, 0xaf, ...utf8(' انتهى</p>')]);
    const { doc, messages } = decode(bytes, 'text/html; charset=utf-8');
    expect(rules(messages)).toEqual(['charset-invalid-bytes']);
    const m = messages[0]!;
    expect(m.severity).toBe('warning');
    expect(m.message).toMatch(/^5 byte sequences/);
    const text = doc.input!.text;
    expect(text.slice(m.inputStart, m.inputEnd)).toBe('\uFFFD');
    expect(m.inputStart).toBe('<p>قال المتحدث '.length);
    expect(doc.input).toMatchObject({ charset: 'utf-8', charsetSource: 'header' });
  });

  it('prefers windows-1256 over a declared utf-8 the bytes contradict', () => {
    const { doc, messages } = decode(cp1256(`<p>${PARAGRAPH}</p>`), 'text/html; charset=utf-8');
    expect(rules(messages)).toEqual(['charset-mismatch']);
    expect(doc.input).toMatchObject({ charset: 'windows-1256', charsetSource: 'sniff' });
    expect(doc.input!.text).toContain(PARAGRAPH);
  });

  it('prefers utf-8 over a declared windows-1256 when the bytes are valid UTF-8', () => {
    const page = utf8(`<meta charset="windows-1256"><p>${PARAGRAPH}</p>`);
    const { doc, messages } = decode(page);
    expect(rules(messages)).toEqual(['charset-mismatch']);
    expect(doc.input).toMatchObject({ charset: 'utf-8', text: `<meta charset="windows-1256"><p>${PARAGRAPH}</p>` });
  });

  it('prefers windows-1256 over a declared iso-8859-1 on an Arabic page', () => {
    const { doc, messages } = decode(cp1256(PARAGRAPH), 'text/html; charset=iso-8859-1');
    expect(rules(messages)).toEqual(['charset-mismatch']);
    expect(doc.input!.charset).toBe('windows-1256');
  });

  it('keeps a correct declaration: windows-1252 on a French page, utf-8 with a few damaged bytes', () => {
    const french = singleByteEncoder('windows-1252')("Le ministère a annoncé la création d'une commission d'enquête à Tripoli.");
    const fr = decode(french, 'text/plain; charset=windows-1252');
    expect(rules(fr.messages)).toEqual([]);
    expect(fr.doc.input!.charset).toBe('windows-1252');

    const long = utf8(PARAGRAPH.repeat(3));
    const damaged = new Uint8Array([...long.subarray(0, 100), 0xff, ...long.subarray(100)]);
    const d = decode(damaged, 'text/plain; charset=utf-8');
    expect(rules(d.messages)).toEqual(['charset-invalid-bytes']);
    expect(d.doc.input!.charset).toBe('utf-8');
  });
});

describe('decode stage: format', () => {
  it('says html when the content type says so or the text starts like HTML', () => {
    expect(detectFormat('just words', 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat('  <!DOCTYPE html><html>', null)).toBe('html');
    expect(detectFormat('\uFEFF<?xml version="1.0"?>\n<!-- saved --><html lang="ar">', 'text/plain')).toBe('html');
    expect(detectFormat('<body>\n<p>نص</p>', null)).toBe('html');
    expect(detectFormat(`عنوان\n<div class="x"><p>${PARAGRAPH}</p></div>`, null)).toBe('html');
  });

  it('says text for a plain scrape, even one that mentions a tag once', () => {
    expect(detectFormat(`23 أبريل 2024 , 15:44\n\n${PARAGRAPH}`, 'text/plain')).toBe('text');
    expect(detectFormat('Use the <b> element for bold text.', null)).toBe('text');
  });
});

describe('decode stage: the charset fixtures', () => {
  const root = new URL('../../test/fixtures/analyze/', import.meta.url);
  const slugs = readdirSync(root).filter((s) => s.startsWith('charset-'));

  it('has the fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
  });

  for (const slug of slugs) {
    it(`decodes ${slug} as its expected.json says`, () => {
      const expected = JSON.parse(readFileSync(new URL(`${slug}/expected.json`, root), 'utf8')) as {
        input?: { contentType?: string };
        charset: string;
        text: { contains: string[] };
        messages?: { rules?: string[]; absentRules?: string[] };
      };
      const bytes = new Uint8Array(readFileSync(new URL(`${slug}/source.html`, root)));
      const { doc, messages } = decode(bytes, expected.input?.contentType ?? null);
      expect(doc.input?.charset).toBe(expected.charset);
      expect(doc.input?.format).toBe('html');
      for (const s of expected.text.contains) expect(doc.input!.text).toContain(s);
      for (const r of expected.messages?.rules ?? []) expect(rules(messages)).toContain(r);
      for (const r of expected.messages?.absentRules ?? []) expect(rules(messages)).not.toContain(r);
    });
  }
});
