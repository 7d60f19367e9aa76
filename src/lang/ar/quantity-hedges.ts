/**
 * Hedges on numbers as data (ما لا يقل عن = at least, حوالي = about …) and the nouns that say
 * what a number counts (قتلى، جرحى، مسلحين، مجموعة). Written by hand from news usage; ACLED's
 * conservative fatality counts are why the hedge is kept beside the number.
 */

import type { QuantityHedge, QuantityUnit } from '../../record/claim.js';

/** Hedge phrases before a number, longest first within each hedge. */
export const QUANTITY_HEDGES: readonly { readonly words: readonly string[]; readonly hedge: QuantityHedge }[] = [
  { words: ['ما', 'لا', 'يقل', 'عن'], hedge: 'at_least' },
  { words: ['لا', 'يقل', 'عن'], hedge: 'at_least' },
  { words: ['على', 'الأقل'], hedge: 'at_least' },
  { words: ['ما', 'يزيد', 'عن'], hedge: 'more_than' },
  { words: ['ما', 'يزيد', 'على'], hedge: 'more_than' },
  { words: ['أكثر', 'من'], hedge: 'more_than' },
  { words: ['نحو'], hedge: 'about' },
  { words: ['حوالي'], hedge: 'about' },
  { words: ['قرابة'], hedge: 'about' },
  { words: ['زهاء'], hedge: 'about' },
  { words: ['ما', 'يقارب'], hedge: 'about' },
  { words: ['ما', 'يقرب', 'من'], hedge: 'about' },
  { words: ['تقريبا'], hedge: 'about' },
  { words: ['أقل', 'من'], hedge: 'less_than' },
  { words: ['حتى'], hedge: 'up_to' },
  { words: ['ما', 'يصل', 'إلى'], hedge: 'up_to' },
];

/** Nouns after a number that tell what it counts. */
export const QUANTITY_UNITS: Readonly<Record<Exclude<QuantityUnit, 'other'>, readonly string[]>> = {
  killed: ['قتيل', 'قتيلا', 'قتلى', 'ضحية', 'ضحايا', 'شهيد', 'شهيدا', 'شهداء'],
  wounded: ['جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين', 'مصابون', 'إصابة', 'إصابات'],
  arrested: ['معتقل', 'معتقلا', 'معتقلين', 'موقوف', 'موقوفين', 'سجين', 'سجناء', 'أسير', 'أسرى', 'رهينة', 'رهائن', 'مختطف', 'مختطفين'],
  fighters: ['مسلح', 'مسلحا', 'مسلحين', 'مسلحون', 'مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون', 'عنصر', 'عنصرا', 'عناصر', 'جندي', 'جنديا', 'جنود', 'إرهابي', 'إرهابيا', 'إرهابيين', 'انتحاري', 'انتحاريين', 'جهادي', 'جهاديا', 'جهاديين'],
  groups: ['جماعة', 'جماعات', 'مجموعة', 'مجموعات', 'فصيل', 'فصيلا', 'فصائل', 'تنظيم', 'تنظيما', 'تنظيمات', 'كتيبة', 'كتائب', 'خلية', 'خلايا', 'ميليشيا', 'ميليشيات'],
  people: ['شخص', 'شخصا', 'أشخاص', 'مدني', 'مدنيا', 'مدنيين', 'مدنيون', 'مواطن', 'مواطنا', 'مواطنين', 'طفل', 'طفلا', 'أطفال', 'امرأة', 'نساء', 'رجل', 'رجلا', 'رجال'],
};

/** Words before a number that make its people casualties (مقتل 4 أشخاص، إصابة 10). */
export const CASUALTY_LEADS: Readonly<Record<'killed' | 'wounded' | 'arrested', readonly string[]>> = {
  killed: ['مقتل', 'قتل', 'مصرع', 'وفاة', 'استشهاد', 'سقوط'],
  wounded: ['إصابة', 'جرح', 'إصابه'],
  arrested: ['اعتقال', 'توقيف', 'احتجاز', 'أسر', 'اختطاف', 'القبض'],
};
