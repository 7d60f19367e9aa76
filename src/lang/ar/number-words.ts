/**
 * Arabic number words as data: units, tens, hundreds, thousands and the vague amounts news
 * uses (عشرات، مئات). Forms are written as in text; matching normalizes them. Written by hand:
 * no npm package parses Arabic number words.
 */

/** Number words and their values (masculine and feminine, nominative and oblique forms). */
export const NUMBER_WORDS: readonly (readonly [string, number])[] = [
  ['واحد', 1], ['واحدة', 1], ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2],
  ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6],
  ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['ثمان', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10],
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['أربعون', 40], ['أربعين', 40], ['خمسون', 50], ['خمسين', 50],
  ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70], ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
  ['مئة', 100], ['مائة', 100], ['مئتين', 200], ['مائتين', 200], ['مئتان', 200], ['مائتان', 200],
  ['ألف', 1000], ['ألفين', 2000], ['ألفان', 2000], ['آلاف', 1000], ['مليون', 1000000], ['ملايين', 1000000],
];

/** Vague amounts and the lower bound they stand for. */
export const VAGUE_AMOUNTS: readonly (readonly [string, number])[] = [
  ['عشرات', 10], ['العشرات', 10], ['مئات', 100], ['المئات', 100], ['آلاف', 1000], ['الآلاف', 1000], ['عدد', 2], ['عددا', 2], ['بضعة', 3], ['بضع', 3], ['عدة', 2],
];

/** Dual nouns of time that carry their own number (يومين = 2 days). */
export const DUAL_SUFFIXES: readonly string[] = ['ين', 'ان'];
