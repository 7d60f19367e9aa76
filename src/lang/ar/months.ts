/**
 * Month names of every regional Arabic naming, as data. Written by hand: no package lists the
 * Levantine, Maghrebi and Moroccan namings side by side with the Hijri months and their spellings.
 *
 * Names are written as news sites spell them; the date parser folds alef forms, ى/ي, ة/ه,
 * diacritics and tatweel before matching, so أبريل also matches ابريل and إبريل.
 */

/** Which naming a month name belongs to. */
export type MonthNaming =
  | 'syriac' // Levant and Iraq: كانون الثاني … كانون الأول
  | 'transliterated' // Egypt, the Gulf, Sudan: يناير … ديسمبر (from the French/English names)
  | 'maghrebi' // Algeria, Tunisia: جانفي … ديسمبر (from the French names)
  | 'moroccan' // Morocco: يناير … دجنبر
  | 'hijri'; // the Islamic lunar months

/** One spelling of one month. `month` is 1-12 in its own calendar. */
export interface MonthName {
  readonly name: string;
  readonly month: number;
  readonly naming: MonthNaming;
}

function naming(kind: MonthNaming, table: readonly (readonly string[])[]): MonthName[] {
  return table.flatMap((names, i) => names.map((name) => ({ name, month: i + 1, naming: kind })));
}

/** Levantine and Iraqi (Syriac) month names, with and without the article on the ordinal. */
export const SYRIAC_MONTHS: readonly MonthName[] = naming('syriac', [
  ['كانون الثاني', 'كانون ثاني', 'كانون الثانى', 'كانون ثانى'],
  ['شباط'],
  ['آذار'],
  ['نيسان'],
  ['أيار'],
  ['حزيران'],
  ['تموز'],
  ['آب'],
  ['أيلول'],
  ['تشرين الأول', 'تشرين أول'],
  ['تشرين الثاني', 'تشرين ثاني', 'تشرين الثانى', 'تشرين ثانى'],
  ['كانون الأول', 'كانون أول'],
]);

/** Egyptian, Gulf and Sudanese transliterated names, with their common variant spellings. */
export const TRANSLITERATED_MONTHS: readonly MonthName[] = naming('transliterated', [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل', 'ابريل', 'إبريل'],
  ['مايو'],
  ['يونيو', 'يونيه'],
  ['يوليو', 'يوليه'],
  ['أغسطس', 'اغسطس', 'أغسطوس'],
  ['سبتمبر'],
  ['أكتوبر', 'اكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
]);

/** Algerian and Tunisian names (French-derived). */
export const MAGHREBI_MONTHS: readonly MonthName[] = naming('maghrebi', [
  ['جانفي'],
  ['فيفري'],
  ['مارس'],
  ['أفريل', 'افريل'],
  ['ماي'],
  ['جوان'],
  ['جويلية', 'جويليه'],
  ['أوت', 'اوت'],
  ['سبتمبر'],
  ['أكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
]);

/** Moroccan names. */
export const MOROCCAN_MONTHS: readonly MonthName[] = naming('moroccan', [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل'],
  ['ماي'],
  ['يونيو'],
  ['يوليوز'],
  ['غشت'],
  ['شتنبر'],
  ['أكتوبر'],
  ['نونبر'],
  ['دجنبر'],
]);

/** Hijri months, with the spellings of the two Rabi', the two Jumada and the genitive ذي. */
export const HIJRI_MONTHS: readonly MonthName[] = naming('hijri', [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع أول', 'ربيع الاول'],
  ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني', 'ربيع الثانى', 'ربيع آخر'],
  ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى', 'جمادي الأولى', 'جمادي الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى ثانية', 'جمادي الآخرة', 'جمادي الثانية'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة', 'ذو القعده', 'ذي القعده'],
  ['ذو الحجة', 'ذي الحجة', 'ذو الحجه', 'ذي الحجه'],
]);

/** Every Gregorian month name of every naming. Some (مارس, سبتمبر) appear in several. */
export const GREGORIAN_MONTHS: readonly MonthName[] = [
  ...SYRIAC_MONTHS,
  ...TRANSLITERATED_MONTHS,
  ...MAGHREBI_MONTHS,
  ...MOROCCAN_MONTHS,
];

/** Every month name, Gregorian and Hijri. */
export const ALL_MONTHS: readonly MonthName[] = [...GREGORIAN_MONTHS, ...HIJRI_MONTHS];
