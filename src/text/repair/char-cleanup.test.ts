import { describe, expect, it } from 'vitest';
import { applyEdits, mergeEdits, type RepairRule } from './repair-edit.js';
import { invisibleCharsRule } from './invisible-chars.js';
import { presentationFormsRule } from './presentation-forms.js';
import { tatweelRule } from './tatweel.js';
import { toSourceSpan } from '../../record/offset-map.js';

const apply = (rule: RepairRule, text: string, language: string | null = 'ar'): string =>
  applyEdits(text, mergeEdits([rule.find(text, { language })])).text;

describe('tatweel', () => {
  it('drops tatweel that stretches a word', () => {
    expect(apply(tatweelRule, 'الأراضي الليبيـة')).toBe('الأراضي الليبية');
    expect(apply(tatweelRule, 'يُــبَـتّ لـعملياته البلادـ وقال')).toBe('يُبَتّ لعملياته البلاد وقال');
  });

  it('keeps tatweel that marks an abbreviation or stands as a dash', () => {
    for (const text of ['عام 1445 هـ', 'الفوز الـ84', 'مشار إليها بـ *', 'التالي: ـ السماح']) {
      expect(apply(tatweelRule, text)).toBe(text);
    }
  });

  it('reports one edit per run', () => {
    expect(tatweelRule.find('مشـــروع', { language: 'ar' })).toHaveLength(1);
  });
});

describe('invisible characters', () => {
  it('drops bidi controls, zero-width characters, BOM, soft hyphens and the Arabic letter mark', () => {
    expect(apply(invisibleCharsRule, '\uFEFFقال\u200F الوزير\u202B«نعم»\u202C 9.\u200F8 inter\u00ADnational \u061C١')).toBe(
      'قال الوزير«نعم» 9.8 international ١',
    );
  });

  it('turns a zero-width space between two words into a space', () => {
    expect(apply(invisibleCharsRule, 'الجزائر\u200Bمصر')).toBe('الجزائر مصر');
  });

  it('keeps joiners outside Arabic (emoji, Indic) and in Persian documents', () => {
    const family = '👨\u200D👩\u200D👧';
    expect(apply(invisibleCharsRule, `عائلة ${family}`)).toBe(`عائلة ${family}`);
    expect(apply(invisibleCharsRule, 'क्\u200Dष')).toBe('क्\u200Dष');
    expect(apply(invisibleCharsRule, 'می\u200Cخواهم', 'fa')).toBe('می\u200Cخواهم');
    expect(apply(invisibleCharsRule, 'الو\u200Cزير', 'ar')).toBe('الوزير');
  });
});

describe('presentation forms', () => {
  it('replaces presentation forms with their base letters, lam-alef 1 → 2', () => {
    expect(apply(presentationFormsRule, 'ﻗﻴﺎﺩﺍﺕ ﻛﺒﻴﺮﺓ')).toBe('قيادات كبيرة');
    expect(apply(presentationFormsRule, 'اﻻطار')).toBe('الاطار');
  });

  it('maps each form to its own source character', () => {
    const text = 'اﻻطار';
    const { text: out, map } = applyEdits(text, presentationFormsRule.find(text, { language: 'ar' }));
    expect(out).toBe('الاطار');
    expect(toSourceSpan(map, { start: 1, end: 3 })).toEqual({ start: 1, end: 2 });
    expect(toSourceSpan(map, { start: 3, end: 4 })).toEqual({ start: 2, end: 3 });
  });

  it('keeps isolated harakat as marks and leaves forms without a decomposition alone', () => {
    expect(apply(presentationFormsRule, 'كتابﹰ')).toBe('كتابً');
    expect(apply(presentationFormsRule, '﴾نص﴿')).toBe('﴾نص﴿');
  });
});
