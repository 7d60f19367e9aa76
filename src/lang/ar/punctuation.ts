/**
 * Arabic punctuation as data: the marks after which a space is due, the legacy quotation glyphs
 * of mis-decoded pages, and the Arabic-script top-level domains that a period may precede.
 */

/** Arabic comma, semicolon and question mark: always followed by a space before a word. */
export const ARABIC_CLAUSE_MARKS: ReadonlySet<string> = new Set(['\u060C', '\u061B', '\u061F']); // ، ؛ ؟

/**
 * Latin marks used in Arabic text that also occur inside numbers, URLs and abbreviations
 * (`1,700`, `3.5`, `www.x.com`, `د.`, `ق.م`): a space is inserted after them only between two
 * Arabic words.
 */
export const LATIN_CLAUSE_MARKS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?', ':']);

/**
 * Legacy quotation glyphs: pages whose `«` and `»` were stored as the bytes 0x8C and 0x98 of a
 * legacy Arabic encoding and read as windows-1252 show `Œ` (U+0152) and `˜` (U+02DC), as the seed
 * does (`Œالقاعدة في بلاد المغرب الإسلامي˜`).
 */
export const LEGACY_QUOTES: Readonly<Record<string, { glyph: string; opens: boolean }>> = {
  '\u0152': { glyph: '\u00AB', opens: true }, // Œ → «
  '\u02DC': { glyph: '\u00BB', opens: false }, // ˜ → »
};

/** The quotation marks a legacy glyph becomes. */
export const OPENING_QUOTE = '\u00AB';
export const CLOSING_QUOTE = '\u00BB';

/**
 * Quotation marks that open and close a quoted name as tokens (`حركة « أنصار الشريعة »`,
 * `فيلم " … "`): guillemets, straight and curly double quotes, single guillemets.
 */
export const NAME_OPEN_QUOTES: ReadonlySet<string> = new Set(['«', '"', '“', '‹']); // « " “ ‹
export const NAME_CLOSE_QUOTES: ReadonlySet<string> = new Set(['»', '"', '”', '›']); // » " ” ›

/**
 * Arabic-script country-code and generic top-level domains (normalized): `.` before one of them
 * may be part of a web address (`وزارة.مصر`), so no space is inserted there.
 */
export const ARABIC_TLDS: ReadonlySet<string> = new Set([
  'مصر', 'السعوديه', 'امارات', 'الاردن', 'الجزاير', 'المغرب', 'تونس', 'قطر', 'عمان', 'فلسطين',
  'سوريه', 'العراق', 'اليمن', 'البحرين', 'ليبيا', 'السودان', 'موريتانيا', 'عرب', 'شبكه', 'موقع', 'كوم',
]);
