/** Article extraction: the extract stage and the parsers it is made of. */

// The stages
export { decodeStage } from './decode-stage.js';
export { extractStage } from './extract-stage.js';

// Extractors
export { extractHtml } from './html-extractor.js';
export { extractText } from './text-extractor.js';
export type { Extraction, Found } from './extraction.js';

// Dates
export { findArabicDates, parseDateLine, type DateMatch } from './arabic-date.js';
export { dateFromUrl, normalizeMachineDate } from './machine-date.js';
export { gregorianToHijri, hijriToGregorian } from './hijri-calendar.js';
export { datesDisagree, resolveDate, type DateCandidate, type ResolvedDate } from './date-resolver.js';

// HTML
export { parseHtmlTree, nodeText, type HtmlTree } from './html-tree.js';
export { readHtmlMetadata, type PageMetadata } from './html-metadata.js';
export { findJsonLdArticles, parseJsonLd, type JsonLdArticle } from './json-ld.js';
export { cleanTitle, type CleanedTitle } from './title-cleaner.js';

// Lines and language
export { cleanBylineName, isCreditLine, parseBylineLine } from './credit-lines.js';
export { detectLanguage, directionOf, primaryLanguage } from './language-detector.js';
