import { describe, expect, it } from 'vitest';
import { applyEdits } from './repair-edit.js';
import { toSourceSpan } from '../../record/offset-map.js';
import { mojibakeRule } from './mojibake.js';

const context = { language: 'ar' };
const repair = (text: string): string => applyEdits(text, mojibakeRule.find(text, context)).text;

/** Arabic UTF-8 bytes read as windows-1256, made with the platform's own decoder. */
const as1256 = (arabic: string): string => new TextDecoder('windows-1256').decode(new TextEncoder().encode(arabic));

describe('mojibake repair', () => {
  it('decodes Arabic UTF-8 read as windows-1252', () => {
    expect(repair('Ø§Ù„Ù‚Ø§Ù‡Ø±Ø©')).toBe('القاهرة');
    expect(repair('Ù…ØµØ± Ùˆ Ø§Ù„Ø¬Ø²Ø§Ø¦Ø± 2024')).toBe('مصر و الجزائر 2024');
  });

  it('decodes Arabic UTF-8 read as windows-1256', () => {
    expect(as1256('القاهرة')).toBe('ط§ظ„ظ‚ط§ظ‡ط±ط©');
    expect(repair('ط§ظ„ظ‚ط§ظ‡ط±ط©')).toBe('القاهرة');
    expect(repair(`خبر: ${as1256('وصل الوفد إلى الجزائر، أمس.')}`)).toBe('خبر: وصل الوفد إلى الجزائر، أمس.');
  });

  it('restores ف whose second byte (0x81, undefined in windows-1252) was kept or lost', () => {
    expect(repair('Ù\u0081ÙŠ Ø§Ù„Ù‚Ø§Ù‡Ø±Ø©')).toBe('في القاهرة');
    expect(repair('ÙÙŠ Ø§Ù„Ù‚Ø§Ù‡Ø±Ø©')).toBe('في القاهرة');
  });

  it('repairs only the broken run and maps each letter to its own two characters', () => {
    const text = 'قال مصدر: Ø§Ù„Ù‚Ø§Ù‡Ø±Ø© اليوم';
    const edits = mojibakeRule.find(text, context);
    expect(edits).toHaveLength(1);
    const { text: fixed, map } = applyEdits(text, edits);
    expect(fixed).toBe('قال مصدر: القاهرة اليوم');
    const qaf = fixed.indexOf('ق', 5);
    const src = toSourceSpan(map, { start: qaf, end: qaf + 1 });
    expect(text.slice(src.start, src.end)).toBe('Ù‚');
  });

  it('leaves normal Arabic untouched, including letters that look like lead bytes in windows-1256', () => {
    const arabic = [
      'قالت مصادر موثوقة إن مسؤولين من جهاز المخابرات العامة قدموا إلى الجزائر فقط، وظلوا هناك؛ لماذا؟',
      'ضغط« الشارع» بسط، غطى؛ حفظ؟ «لفظ» عطّل ظلّ عظيم غضب – “نص” … ١٬٧٠٠ و3.5%',
      'كتب ﻻ يفهمها پ چ ژ گ ک ھ ے',
    ];
    for (const text of arabic) expect(mojibakeRule.find(text, context)).toEqual([]);
  });

  it('leaves French, Scandinavian and English text untouched', () => {
    const latin = [
      "L'Œuvre de Ørsted à Paris, où l'été — «déjà» vu… Ça coûte 3,5 € ; voilà.",
      'ÉTÉ À OÙ ÇA Ù Ø Ú Û — Øresund, Åse, Úrsula, Ùnico™',
      'Café naïve façade — “quoted” ‘text’ • 100 % ±2 ° ¼ ½',
    ];
    for (const text of latin) expect(mojibakeRule.find(text, context)).toEqual([]);
  });

  it('does not decode a run that yields fewer than three Arabic letters', () => {
    expect(mojibakeRule.find('code Ø§ here', context)).toEqual([]);
  });
});
