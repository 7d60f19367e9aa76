/**
 * The article of a plain-text scrape, like the seed: a date line, a title line, the body in
 * paragraphs, then the page's chrome (credit, «شاهد أيضاً» teasers, the comment form).
 */
import type { Reporter } from '../pipeline/stage.js';
import { filterBlocks } from './block-filter.js';
import { BodyWriter } from './body-writer.js';
import { addDateLine, readDateLine } from './date-line.js';
import type { DateCandidate } from './date-resolver.js';
import type { Extraction, Found } from './extraction.js';

/** A title line is shorter than this many words and does not end a sentence. */
const MAX_TITLE_WORDS = 25;
/**
 * An image file name glued to the first word by the scraper: a hex hash, an optional size
 * suffix (`_L`, `_n`) and extension, right before an Arabic letter. Seen in: the seed
 * (`3f6cd9917d714abae7ef1edb995940fb_Lقالت`).
 */
const ARTIFACT = /^(?:[0-9a-fA-F]{16,64}(?:_[A-Za-z0-9]{1,3})?(?:\.(?:jpe?g|png|gif|webp|bmp))?|[\w-]{3,64}\.(?:jpe?g|png|gif|webp|bmp))(?=[\u0600-\u06FF])/;

interface Group {
  start: number;
  end: number;
  text: string;
}

/** Paragraphs: runs of lines between blank lines, or single lines when the text has no blank line. */
function paragraphs(text: string): Group[] {
  const lines: [number, number][] = [];
  const re = /\r\n|\r|\n/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    lines.push([last, m.index]);
    last = m.index + m[0].length;
  }
  lines.push([last, text.length]);
  const blank = (l: [number, number]): boolean => /^\s*$/.test(text.slice(l[0], l[1]));
  const hasBlank = lines.some(blank);
  const groups: Group[] = [];
  let cur: [number, number] | null = null;
  const push = (): void => {
    if (cur) groups.push({ start: cur[0], end: cur[1], text: text.slice(cur[0], cur[1]).replace(/\s+/g, ' ').trim() });
    cur = null;
  };
  for (const l of lines) {
    if (blank(l)) {
      push();
      continue;
    }
    if (cur && hasBlank) cur[1] = l[1];
    else {
      push();
      cur = [l[0], l[1]];
    }
  }
  push();
  return groups;
}

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0).length;
  return words > 0 && words < MAX_TITLE_WORDS && !/[.؟?!…:،,]["»”')]?$/.test(text);
}

/**
 * 1. Splits the text into paragraphs.
 * 2. Reads the header: a date line and a title line, in either order.
 * 3. Strips image-file-name artifacts glued to the first word of a paragraph.
 * 4. Judges the paragraphs (credits, bylines, teasers and the comment form, cut at their marker).
 * 5. Writes the kept paragraphs into the body.
 */
export function extractText(text: string, report: Reporter): Extraction {
  // 1. Paragraphs.
  const groups = paragraphs(text);
  // 2. Header.
  let title: Found | null = null;
  const published: DateCandidate[] = [];
  const updated: DateCandidate[] = [];
  let first = 0;
  while (first < groups.length - 1 && first < 3) {
    const g = groups[first]!;
    const line = published.length + updated.length === 0 ? readDateLine(g.text) : null;
    if (line) {
      addDateLine(line, g.start, g.end, { published, updated });
      first++;
    } else if (!title && isTitleLike(g.text)) {
      title = { value: g.text, source: 'text-title-line' };
      first++;
    } else break;
  }
  const body = groups.slice(first);
  // 3. Artifacts.
  for (const g of body) {
    const m = ARTIFACT.exec(text.slice(g.start, Math.min(g.end, g.start + 80)));
    if (!m) continue;
    report({
      severity: 'info',
      rule: 'extract-artifact-removed',
      message: `Removed the image file name «${m[0]}» glued to the first word of a paragraph.`,
      inputStart: g.start,
      inputEnd: g.start + m[0].length,
      before: m[0],
      after: '',
    });
    g.start += m[0].length;
    g.text = text.slice(g.start, g.end).replace(/\s+/g, ' ').trim();
  }
  // 4. Judge.
  const outcome = filterBlocks(
    body.map((g) => ({ text: g.text, kind: 'paragraph', heading: '', linkRatio: 0 })),
    { title: title?.value ?? null, cutAtRelated: true },
  );
  for (const d of outcome.dates) addDateLine(d.line, body[d.block]!.start, body[d.block]!.end, { published, updated });
  // 5. Body.
  const writer = new BodyWriter(text);
  body.forEach((g, k) => {
    if (outcome.verdicts[k] !== 'keep') return;
    writer.startBlock('paragraph');
    writer.raw(g.start, g.end);
    writer.endBlock();
  });
  return {
    title,
    site: null,
    byline: outcome.byline ? { value: outcome.byline, source: 'byline-line' } : null,
    canonicalUrl: null,
    language: null,
    direction: null,
    published,
    updated,
    credits: outcome.credits,
    body: writer.build(),
  };
}
