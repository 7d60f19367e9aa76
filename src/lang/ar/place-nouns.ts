/**
 * Nouns and directions that introduce a place name (مدينة بنغازي، بلدة غت، شمال مالي …).
 * Written as in text; matching normalizes them. Used as features of the following word.
 */

/** Kinds of places. */
export const PLACE_NOUNS: readonly string[] = [
  'مدينة', 'بلدة', 'قرية', 'ولاية', 'محافظة', 'منطقة', 'إقليم', 'مقاطعة', 'جزيرة', 'جزر', 'نهر', 'بحر', 'بحيرة',
  'جبل', 'جبال', 'صحراء', 'حي', 'مخيم', 'عاصمة', 'العاصمة', 'دولة', 'بلاد', 'ميناء', 'مطار', 'وادي', 'سهل',
  'خليج', 'مضيق', 'شارع', 'ميدان', 'ساحة', 'قضاء', 'ناحية', 'مركز', 'إمارة', 'مملكة', 'جمهورية', 'سلطنة',
  'مدن', 'قرى', 'بلدات', 'ضاحية', 'منطقه', 'محيط', 'قلعة', 'معبر', 'سجن', 'قاعدة', 'مدينتي', 'أراضي',
];

/** Directions that precede a place (شمال مالي، جنوب غرب ليبيا). */
export const DIRECTIONS: readonly string[] = [
  'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'أنحاء', 'ضواحي', 'أطراف', 'داخل', 'خارج',
];

/** Prepositions of place before a name (في، إلى، من …), normalized forms are derived. */
export const PLACE_PREPOSITIONS: readonly string[] = ['في', 'إلى', 'من', 'نحو', 'عبر', 'قرب', 'بين', 'داخل'];

/**
 * Kinds of settlements and areas whose construct form is followed by the place's name
 * (بلدة غت، مدينة درنة، قرية بيت أمر); the recognizer's place rule reads a rare word after one
 * as a place name.
 */
export const SETTLEMENT_NOUNS: readonly string[] = [
  'مدينة', 'بلدة', 'قرية', 'ولاية', 'محافظة', 'منطقة', 'إقليم', 'مقاطعة', 'جزيرة', 'نهر', 'بحيرة', 'جبل',
  'وادي', 'مخيم', 'حي', 'ضاحية', 'ميناء', 'معبر', 'واحة', 'مديرية', 'قضاء', 'ناحية', 'بلدية',
];
