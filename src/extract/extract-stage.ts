/** The extract stage: the decoded input in, the article (metadata, body, map) out. */
import type { ArticleLayer, DocumentRecord } from '../record/document.js';
import type { Reporter, Stage } from '../pipeline/stage.js';
import { type DateCandidate, resolveDate } from './date-resolver.js';
import type { Extraction, Found } from './extraction.js';
import { extractHtml } from './html-extractor.js';
import { limitBody, MAX_BODY_CHARS } from './body-limit.js';
import { ARABIC_SHARE_MIN, detectLanguage, directionOf } from './language-detector.js';
import { normalizeMachineDate } from './machine-date.js';
import { extractText } from './text-extractor.js';

/** Letters a body needs before its script may overrule the language the page declares. */
const MIN_LETTERS_TO_OVERRULE = 200;

function settleDate(
  name: 'published' | 'updated',
  candidates: DateCandidate[],
  provenance: Record<string, string>,
  report: Reporter | null,
): string | null {
  const { chosen, conflicts } = resolveDate(candidates);
  if (!chosen) return null;
  provenance[name] = chosen.source;
  if (chosen.calendar === 'hijri') {
    provenance[`${name}Calendar`] = 'hijri';
    if (chosen.hijri) provenance[`${name}Hijri`] = chosen.hijri;
  }
  if (report) {
    for (const c of conflicts) {
      report({
        severity: 'info',
        rule: 'extract-date-conflict',
        message: `The ${name} date ${chosen.value} (from ${chosen.source}) disagrees with ${c.value} (from ${c.source}).`,
        ...(c.inputStart !== undefined ? { inputStart: c.inputStart, inputEnd: c.inputEnd } : {}),
        before: c.value,
        after: chosen.value,
      });
    }
  }
  return chosen.value;
}

function pick(found: Found | null, hint: string | undefined, key: string, provenance: Record<string, string>): string | null {
  if (found) {
    provenance[key] = found.source;
    return found.value;
  }
  if (hint !== undefined && hint.trim() !== '') {
    provenance[key] = 'hints';
    return hint.trim();
  }
  return null;
}

/**
 * Builds the article layer from an extractor's findings.
 *
 * 1. Title, site, byline, canonical URL: the page's, else the document's hints.
 * 2. Dates: the most trusted source wins; disagreeing sources are reported.
 * 3. Language and direction: declared, unless the body's script plainly says otherwise.
 * 4. Messages: no text (error), not Arabic (warning), a body over the size cap (warning).
 */
function assemble(doc: DocumentRecord, ex: Extraction, report: Reporter): ArticleLayer {
  const hints = doc.raw.hints ?? {};
  const provenance: Record<string, string> = {};
  // 1. Metadata.
  const title = pick(ex.title, hints.title, 'title', provenance);
  const site = pick(ex.site, hints.site, 'site', provenance);
  const byline = pick(ex.byline, hints.byline, 'byline', provenance);
  const canonicalUrl = pick(ex.canonicalUrl, undefined, 'canonicalUrl', provenance);
  if (doc.raw.url) provenance.url = 'input';
  // 2. Dates.
  const hinted = hints.published ? normalizeMachineDate(hints.published) : null;
  const publishedCandidates = hinted ? [...ex.published, { value: hinted, source: 'hints', calendar: 'gregorian' as const }] : ex.published;
  const published = settleDate('published', publishedCandidates, provenance, report);
  const updated = settleDate('updated', ex.updated, provenance, null);
  // 3. Language.
  const limited = limitBody(ex.body);
  const { body } = limited.body;
  const detected = detectLanguage(body);
  const letters = detected.letters;
  let language = ex.language?.value ?? null;
  let languageSource = ex.language?.source ?? null;
  const overrule =
    letters >= MIN_LETTERS_TO_OVERRULE &&
    detected.language !== null &&
    ((language === 'ar' && detected.arabicShare < 0.2) || (language !== null && language !== 'ar' && detected.arabicShare >= 0.8));
  if (language === null || overrule) {
    language = detected.language;
    languageSource = detected.language !== null ? 'text' : null;
  }
  if (languageSource) provenance.language = languageSource;
  let direction: 'rtl' | 'ltr' | null = null;
  if (ex.direction && !overrule) {
    direction = ex.direction.value as 'rtl' | 'ltr';
    provenance.direction = ex.direction.source;
  } else {
    direction = directionOf(language);
    if (direction) provenance.direction = 'language';
  }
  if (ex.credits.length > 0) provenance.credits = 'credit-line';
  // 4. Messages.
  if (body.length === 0) {
    report({ severity: 'error', rule: 'extract-no-text', message: 'No article text was found in the input.' });
  } else if (detected.arabicShare < ARABIC_SHARE_MIN) {
    report({
      severity: 'warning',
      rule: 'extract-not-arabic',
      message: `Only ${Math.round(detected.arabicShare * 100)}% of the body's letters are Arabic (language: ${language ?? 'unknown'}).`,
    });
  }
  if (limited.dropped) {
    report({
      severity: 'warning',
      rule: 'extract-body-truncated',
      message: `The body is longer than ${MAX_BODY_CHARS.toLocaleString('en')} characters; only its first ${body.length.toLocaleString('en')} are analyzed (the rest stays in the input).`,
      inputStart: limited.dropped.start,
      inputEnd: limited.dropped.end,
    });
  }
  return {
    title,
    published,
    updated,
    byline,
    site,
    url: doc.raw.url,
    canonicalUrl,
    language,
    direction,
    credits: ex.credits,
    provenance,
    body,
    blocks: limited.body.blocks,
    map: limited.body.map,
  };
}

/**
 * The extract stage. Reads `input` (HTML or a plain-text scrape) and assigns `article`, always:
 * a page without text gets an article with an empty body and an `extract-no-text` error.
 */
export const extractStage: Stage = {
  name: 'extract',
  requires: ['input'],
  assigns: ['article'],
  run(doc: DocumentRecord, report: Reporter): DocumentRecord {
    const input = doc.input;
    if (!input) throw new Error("extract: the record has no 'input' layer; run the decode stage first");
    const ex = input.format === 'html' ? extractHtml(input.text, doc.raw) : extractText(input.text, report);
    return { ...doc, article: assemble(doc, ex, report) };
  },
};
