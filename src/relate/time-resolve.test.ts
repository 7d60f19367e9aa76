import { describe, expect, it } from 'vitest';
import { tokenizeAnalyzed } from '../text/tokenize-analyze.js';
import { findTimes } from './time-expressions.js';
import { parseDay, resolveTime } from './time-resolve.js';
import { TokenView } from './token-view.js';

/** The first time expression of `text`, resolved against `published`. */
function resolve(text: string, published = '2024-04-23') {
  const tokens = tokenizeAnalyzed(text);
  const [m] = findTimes(new TokenView(tokens), text, 0, tokens.length);
  if (!m) throw new Error(`no time expression in ${text}`);
  const t = resolveTime(m, parseDay(published));
  return { text: t.text, from: t.from, to: t.to, precision: t.precision };
}

describe('time expressions resolved against the publication date (Tuesday 2024-04-23)', () => {
  it.each([
    ['وقع الهجوم يوم 11 سبتمبر الماضي في المدينة', 'يوم 11 سبتمبر الماضي', '2023-09-11', '2023-09-11', 'day'],
    ['سقط النظام بنهاية العام الماضي', 'بنهاية العام الماضي', '2023-10-01', '2023-12-31', 'year'],
    ['وصل الوفد أمس إلى العاصمة', 'أمس', '2024-04-22', '2024-04-22', 'day'],
    ['اجتمع الطرفان الأسبوع الماضي', 'الأسبوع الماضي', '2024-04-15', '2024-04-21', 'week'],
    ['تأسست الجماعة منذ ثلاثة أعوام', 'منذ ثلاثة أعوام', '2021-01-01', '2021-12-31', 'year'],
    ['اعتقل يوم الخميس الماضي', 'يوم الخميس الماضي', '2024-04-18', '2024-04-18', 'day'],
    ['في مارس 2015 سيطر المسلحون على المدينة', 'مارس 2015', '2015-03-01', '2015-03-31', 'month'],
    ['قتل في عام 2012 أربعة أشخاص', 'عام 2012', '2012-01-01', '2012-12-31', 'year'],
    ['تعقد القمة الشهر المقبل', 'الشهر المقبل', '2024-05-01', '2024-05-31', 'month'],
  ])('%s', (text, expr, from, to, precision) => {
    expect(resolve(text)).toEqual({ text: expr, from, to, precision });
  });

  it('reads a month without a day, year or qualifier as no time (مارس is also a verb)', () => {
    const text = 'مارس المسلحون ضغوطا على السكان';
    const tokens = tokenizeAnalyzed(text);
    expect(findTimes(new TokenView(tokens), text, 0, tokens.length)).toEqual([]);
  });

  it('leaves relative times unresolved without a publication date', () => {
    const text = 'وصل الوفد أمس';
    const tokens = tokenizeAnalyzed(text);
    const [m] = findTimes(new TokenView(tokens), text, 0, tokens.length);
    expect(resolveTime(m!, null)).toMatchObject({ from: null, to: null, anchor: 'relative' });
  });
});
