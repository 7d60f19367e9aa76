import { describe, expect, it } from 'vitest';
import { applyEdits } from './repair-edit.js';
import { legacyQuotesRule } from './legacy-quotes.js';

const context = { language: 'ar' };
const run = (text: string) => {
  const edits = legacyQuotesRule.find(text, context);
  return { text: applyEdits(text, edits).text, warnings: edits.filter((e) => e.warning).map((e) => e.warning!.rule) };
};

describe('legacy quotation glyphs', () => {
  it('turns paired Œ … ˜ around Arabic words into « … »', () => {
    expect(run('قادة تنظيم Œالقاعدة˜، وغيرهم')).toEqual({ text: 'قادة تنظيم «القاعدة»، وغيرهم', warnings: [] });
    expect(run('حركة Œأنصار الشريعة˜ و Œلواء الشهداء˜.')).toEqual({ text: 'حركة «أنصار الشريعة» و «لواء الشهداء».', warnings: [] });
  });

  it('repairs an unpaired glyph by its position and warns', () => {
    // The seed: a closing glyph in front of a word opens a quotation whose end was lost.
    expect(run('قادة التنظيم ˜يسافرون بانتظام')).toEqual({ text: 'قادة التنظيم «يسافرون بانتظام', warnings: ['repair-unpaired-quote'] });
    expect(run('قال إن الوضع خطير˜ ثم غادر')).toEqual({ text: 'قال إن الوضع خطير» ثم غادر', warnings: ['repair-unpaired-quote'] });
  });

  it('pairs within a paragraph only', () => {
    const r = run('بدأ Œالاجتماع\nوانتهى الاجتماع˜ مساء');
    expect(r.text).toBe('بدأ «الاجتماع\nوانتهى الاجتماع» مساء');
    expect(r.warnings).toEqual(['repair-unpaired-quote', 'repair-unpaired-quote']);
  });

  it('leaves the glyphs alone in Latin text', () => {
    expect(legacyQuotesRule.find("L'Œuvre complète, a˜b, Œdipe", context)).toEqual([]);
    expect(legacyQuotesRule.find('النص: Œuvre de Molière', context)).toEqual([]);
  });
});
