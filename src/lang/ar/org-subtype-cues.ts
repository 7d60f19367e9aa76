/**
 * Head nouns and words that suggest the subtype of an organization the knowledge base does not
 * know (`جهاز …` state security, `حزب …` political). Written as in text; matching normalizes.
 * Also the heads that a definite back-reference repeats (`التنظيم` after `تنظيم القاعدة`).
 */

import type { ActorSubtype } from '../../record/entity.js';

/** First words of an organization's name and the subtype they suggest, most specific first. */
export const SUBTYPE_HEADS: readonly (readonly [string, ActorSubtype])[] = [
  ['مخابرات', 'state_security'], ['المخابرات', 'state_security'], ['جهاز', 'state_security'], ['الاستخبارات', 'state_security'],
  ['استخبارات', 'state_security'], ['شرطة', 'state_security'], ['الشرطة', 'state_security'], ['الجيش', 'state_security'],
  ['جيش', 'armed_group'], ['الحرس', 'state_security'], ['قوات', 'state_security'], ['مديرية', 'state_security'], ['الأمن', 'state_security'],
  ['تنظيم', 'armed_group'], ['جماعة', 'armed_group'], ['كتيبة', 'armed_group'], ['كتائب', 'armed_group'], ['لواء', 'armed_group'],
  ['سرايا', 'armed_group'], ['جبهة', 'armed_group'], ['ميليشيا', 'armed_group'], ['ميليشيات', 'armed_group'], ['مليشيا', 'armed_group'],
  ['فيلق', 'armed_group'], ['عصائب', 'armed_group'], ['حركة', 'political'], ['حزب', 'political'], ['تيار', 'political'], ['ائتلاف', 'political'],
  ['وزارة', 'government'], ['الحكومة', 'government'], ['حكومة', 'government'], ['رئاسة', 'government'], ['البرلمان', 'government'],
  ['برلمان', 'government'], ['مجلس', 'government'], ['محكمة', 'government'], ['سفارة', 'government'], ['هيئة', 'government'],
  ['منظمة', 'international'], ['الأمم', 'international'], ['الاتحاد', 'international'], ['اتحاد', 'international'], ['صندوق', 'international'],
  ['صحيفة', 'media'], ['جريدة', 'media'], ['قناة', 'media'], ['وكالة', 'media'], ['مجلة', 'media'], ['إذاعة', 'media'], ['تلفزيون', 'media'],
  ['موقع', 'media'], ['شركة', 'other'], ['جمعية', 'other'], ['جامعة', 'other'], ['مركز', 'other'],
];

/** Definite heads that may refer back to an organization named earlier, with the head they repeat. */
export const BACK_REFERENCE_HEADS: Readonly<Record<string, string>> = {
  'التنظيم': 'تنظيم',
  'الجماعة': 'جماعة',
  'الحركة': 'حركة',
  'الجبهة': 'جبهة',
  'الكتيبة': 'كتيبة',
  'اللواء': 'لواء',
  'الجهاز': 'جهاز',
  'الوكالة': 'وكالة',
  'الميليشيا': 'ميليشيا',
};

/** Words right after a back-reference head that make it generic, not a back-reference (`الجماعة الإسلامية`). */
export const BACK_REFERENCE_BLOCKERS: readonly string[] = ['الإسلامية', 'الإرهابية', 'المسلحة', 'الجهادية', 'السلفية', 'الدولي', 'الدولية'];

/** The word that opens a branch phrase (`فرع شمال إفريقيا من التنظيم`). */
export const BRANCH_HEADS: readonly string[] = ['فرع', 'جناح'];
