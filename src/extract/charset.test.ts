import { describe, expect, it } from 'vitest';
import {
  bomCharset,
  charsetName,
  contentTypeCharset,
  decodeBytes,
  looksLikeUtf16,
  prescanMetaCharset,
  scanUtf8,
  singleByteEncoder,
  sniffCharset,
} from './charset.js';

const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1256 = singleByteEncoder('windows-1256');
const iso6 = singleByteEncoder('iso-8859-6');

/** Deterministic pseudo-random bytes (xorshift32), so failures can be replayed. */
function randomBytes(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** One-line Arabic snippets of the kinds a page starts with: titles, date lines, bylines. */
const SNIPPETS = [
  'وزير الداخلية يزور المعبر الحدودي',
  'الخميس 7 نوفمبر 2013',
  'مقتل جنديين في هجوم على نقطة تفتيش',
  'كتب: عادل منصور',
  'الأمم المتحدة تدعو إلى وقف إطلاق النار في الجنوب',
  'ارتفاع عدد النازحين إلى عشرين ألفا',
  'اجتماع طارئ لمجلس الجامعة العربية',
  'رئيس الحكومة يستقبل وفدا من البنك الدولي',
];

describe('charset labels', () => {
  it('resolves WHATWG labels, including the Arabic ones, and rejects unknown labels', () => {
    expect(charsetName('cp1256')).toBe('windows-1256');
    expect(charsetName('Windows-1256')).toBe('windows-1256');
    expect(charsetName('arabic')).toBe('iso-8859-6');
    expect(charsetName('ISO_8859-6')).toBe('iso-8859-6');
    expect(charsetName('latin1')).toBe('windows-1252');
    expect(charsetName('utf8')).toBe('utf-8');
    expect(charsetName(' "UTF-8" ')).toBe('utf-8');
    expect(charsetName('arabic-x-foo')).toBeNull();
    expect(charsetName('')).toBeNull();
    expect(charsetName('iso-2022-kr')).toBeNull(); // the WHATWG "replacement" encoding
  });

  it('TextDecoder in this Node decodes windows-1256 and ISO-8859-6 (full ICU)', () => {
    // 0xE1 is lam in windows-1256 and feh in ISO-8859-6; 0xC7 is alef in both.
    expect(new TextDecoder('windows-1256').decode(new Uint8Array([0xc7, 0xe1]))).toBe('ال');
    expect(new TextDecoder('iso-8859-6').decode(new Uint8Array([0xc7, 0xe4]))).toBe('ال');
    expect(new TextDecoder('iso-8859-6').decode(new Uint8Array([0xe1]))).toBe('ف');
  });

  it('finds byte-order marks', () => {
    expect(bomCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ charset: 'utf-8', length: 3 });
    expect(bomCharset(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ charset: 'utf-16le', length: 2 });
    expect(bomCharset(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ charset: 'utf-16be', length: 2 });
    expect(bomCharset(new Uint8Array([0xef, 0xbb]))).toBeNull();
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(contentTypeCharset('text/html; charset=windows-1256')).toBe('windows-1256');
    expect(contentTypeCharset('text/html;Charset="ISO-8859-6"; q=1')).toBe('ISO-8859-6');
    expect(contentTypeCharset('text/html')).toBeNull();
    expect(contentTypeCharset(null)).toBeNull();
    expect(contentTypeCharset('text/html; charset=')).toBeNull();
  });
});

describe('meta prescan', () => {
  it('finds <meta charset> and <meta http-equiv content-type>', () => {
    expect(prescanMetaCharset(ascii('<html><head><meta charset="windows-1256"><title>x</title>'))).toBe('windows-1256');
    expect(prescanMetaCharset(ascii("<META CHARSET='ISO-8859-6'>"))).toBe('iso-8859-6');
    expect(prescanMetaCharset(ascii('<meta charset=utf-8/>'))).toBe('utf-8/');
    expect(
      prescanMetaCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset = windows-1256">')),
    ).toBe('windows-1256');
    expect(prescanMetaCharset(ascii('<meta content="text/html; charset=\'cp1256\'" http-equiv=content-type>'))).toBe('cp1256');
  });

  it('ignores a content charset without http-equiv, comments and text inside other tags', () => {
    expect(prescanMetaCharset(ascii('<meta content="text/html; charset=windows-1256">'))).toBeNull();
    expect(prescanMetaCharset(ascii('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'))).toBe('utf-8');
    expect(prescanMetaCharset(ascii('<div title="<meta charset=koi8-r>"></div><meta charset="windows-1256">'))).toBe(
      'windows-1256',
    );
    expect(prescanMetaCharset(ascii('<metadata charset="koi8-r">'))).toBeNull();
    expect(prescanMetaCharset(ascii('<p>no meta here</p>'))).toBeNull();
  });

  it('stops after the first 4 KB', () => {
    const late = ascii(`<html><head>${' '.repeat(5000)}<meta charset="windows-1256">`);
    expect(prescanMetaCharset(late)).toBeNull();
    expect(prescanMetaCharset(late, 8192)).toBe('windows-1256');
  });

  it('reads Arabic text in the title before the meta without being confused', () => {
    const page = cp1256('<html><head><title>أخبار اليوم</title><meta charset="windows-1256"></head>');
    expect(prescanMetaCharset(page)).toBe('windows-1256');
  });
});

describe('UTF-8 scan', () => {
  it('counts nothing on valid text and locates errors in the decoded text', () => {
    expect(scanUtf8(utf8('قالت المصادر'))).toEqual({ invalid: 0, multibyte: 11, firstInvalid: -1 });
    const bytes = new Uint8Array([...utf8('ab'), 0xd8, ...utf8('ج'), 0xff]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toBe('ab\uFFFDج\uFFFD');
    expect(scanUtf8(bytes)).toMatchObject({ invalid: 2, firstInvalid: 2 });
  });

  it('counts UTF-16 units for astral characters and skips a real U+FFFD', () => {
    const bytes = new Uint8Array([...utf8('😀\uFFFD'), 0xc0]);
    expect(scanUtf8(bytes)).toEqual({ invalid: 1, multibyte: 2, firstInvalid: 3 });
  });

  it('agrees with TextDecoder on the number and place of replacements in random bytes', () => {
    for (const seed of [1, 7, 99, 2024]) {
      const bytes = randomBytes(20_000, seed);
      expect(Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd]))).toBe(false); // no real U+FFFD
      const text = new TextDecoder().decode(bytes);
      const scan = scanUtf8(bytes);
      expect(scan.invalid).toBeGreaterThan(1000);
      expect(scan.invalid).toBe((text.match(/\uFFFD/g) ?? []).length);
      expect(scan.firstInvalid).toBe(text.indexOf('\uFFFD'));
    }
  });

  it('matches the first replacement of TextDecoder exactly when no real U+FFFD precedes it', () => {
    const bytes = new Uint8Array([...utf8('نص '), 0xe0, 0x80, 0x41, ...utf8(' آخر'), 0xf4, 0x90, 0x80, 0x80]);
    const text = new TextDecoder().decode(bytes);
    const scan = scanUtf8(bytes);
    expect(scan.invalid).toBe((text.match(/\uFFFD/g) ?? []).length);
    expect(text[scan.firstInvalid]).toBe('\uFFFD');
    expect(text.indexOf('\uFFFD')).toBe(scan.firstInvalid);
  });
});

describe('decoding', () => {
  it('counts bytes a single-byte charset leaves unassigned', () => {
    // 0xDB..0xDF are unassigned in ISO-8859-6 (they are letters in windows-1256).
    const d = decodeBytes(new Uint8Array([0xc7, 0xe4, 0xdd, 0x20, 0xdf]), 'iso-8859-6');
    expect(d.invalid).toBe(2);
    expect(d.firstInvalid).toBe(2);
  });

  it('drops a UTF-8 BOM and still places errors in the decoded text', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ما'), 0x80]), 'utf-8');
    expect(d.text).toBe('ما\uFFFD');
    expect(d.firstInvalid).toBe(2);
  });

  it('encodes into single-byte charsets and refuses what they lack', () => {
    expect(new TextDecoder('windows-1256').decode(cp1256('«مرصد»'))).toBe('«مرصد»');
    expect(() => iso6('«مرصد»')).toThrow(/U\+00AB/);
    expect(() => singleByteEncoder('utf-8')).toThrow(RangeError);
  });
});

describe('sniffing', () => {
  it('returns null for ASCII and utf-8 for valid UTF-8', () => {
    expect(sniffCharset(ascii('<p>plain ascii</p>'))).toBeNull();
    expect(sniffCharset(utf8('<p>قالت المصادر</p>'))).toEqual({ charset: 'utf-8', method: 'utf-8' });
  });

  it('tells windows-1256 from ISO-8859-6 on one-line snippets, and never answers windows-1252', () => {
    for (const line of SNIPPETS) {
      expect(sniffCharset(cp1256(line))?.charset, line).toBe('windows-1256');
      expect(sniffCharset(iso6(line))?.charset, line).toBe('iso-8859-6');
    }
  });

  it('tells them apart inside markup too', () => {
    const page = `<html><head><title>${SNIPPETS[0]}</title></head><body><p>${SNIPPETS.slice(1).join('، ')}</p></body></html>`;
    expect(sniffCharset(cp1256(page))?.charset).toBe('windows-1256');
    expect(sniffCharset(iso6(page))?.charset).toBe('iso-8859-6');
  });

  it('keeps windows-1252 for a Latin text', () => {
    const french = singleByteEncoder('windows-1252')(
      "L'été dernier, la délégation a présenté à Genève un rapport détaillé sur la sécurité régionale et les déplacés.",
    );
    expect(sniffCharset(french)?.charset).toBe('windows-1252');
  });

  it('keeps utf-8 for UTF-8 Arabic with a few damaged bytes', () => {
    const text = utf8(SNIPPETS.join(' '));
    const damaged = new Uint8Array([...text.subarray(0, 40), 0xff, ...text.subarray(40)]);
    expect(sniffCharset(damaged)?.charset).toBe('utf-8');
  });

  it('recognizes UTF-16 without a BOM, and not random bytes', () => {
    const text = 'قالت المصادر إن الاجتماع عقد أمس in Cairo';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(Buffer.from(text, 'utf16le').swap16());
    expect(looksLikeUtf16(le)).toBe('utf-16le');
    expect(looksLikeUtf16(be)).toBe('utf-16be');
    expect(sniffCharset(le)?.charset).toBe('utf-16le');
    expect(looksLikeUtf16(randomBytes(10_000))).toBeNull();
    expect(looksLikeUtf16(cp1256(SNIPPETS.join(' ')))).toBeNull();
    expect(looksLikeUtf16(utf8(SNIPPETS.join(' ')))).toBeNull();
  });
});
