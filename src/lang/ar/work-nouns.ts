/**
 * Nouns that introduce the title of a work (a programme, series, film, book, song, painting,
 * exhibition) and the word "entitled": the quoted name after them is the work's title (`برنامج «…»`,
 * `فيلم «…»`, `بعنوان «…»`). Written as in text; matching normalizes them and strips و/ف/ب/ل/ك.
 */
export const WORK_NOUNS: readonly string[] = [
  'برنامج', 'برنامجه', 'برنامجها', 'مسلسل', 'مسلسله', 'فيلم', 'فيلمه', 'كتاب', 'كتابه', 'رواية', 'روايته', 'قصيدة',
  'ديوان', 'أغنية', 'أغنيته', 'ألبوم', 'ألبومه', 'مسرحية', 'لوحة', 'عنوان', 'بعنوان', 'مجموعته', 'معرض',
];
