/**
 * The article of a plain-text scrape, like the seed: a date line, a title line, the body in
 * paragraphs, then the page's chrome (credit, «شاهد أيضاً» teasers, the comment form).
 */
import type { Reporter } from '../pipeline/stage.js';
import { CONTROL_WORDS, SHARE_BAR_CLOSERS, SHARE_BAR_LINKS, SHARE_PLATFORMS, SHARE_WORDS } from '../lang/ar/boilerplate.js';
import { escapeRegExp } from './arabic-fold.js';
import { filterBlocks } from './block-filter.js';
import { isCreditLine, parseBylineLine, parseDatelineLine, trailingAgency } from './credit-lines.js';
import { BodyWriter } from './body-writer.js';
import { addDateLine, readDateLine } from './date-line.js';
import type { DateCandidate } from './date-resolver.js';
import type { Extraction, Found } from './extraction.js';

/** A title line has this many words or more, and fewer than `MAX_TITLE_WORDS`, and ends no sentence. */
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 25;
/** Slider controls scraped into the first line: «Next Previous عين اليوم – واس». */
const CONTROLS = new RegExp(`^\\s*(?:${CONTROL_WORDS.map(escapeRegExp).join('|')})\\s+`);
const alternatives = (words: readonly string[]): string => [...words].sort((x, y) => y.length - x.length).map(escapeRegExp).join('|');
/**
 * A share bar scraped into the start of a paragraph («شارك من خلال تويتر فيسبوك جوجل بلس اكتب
 * رأيك أكد …»): share words and links, then two platforms or more, then an optional prompt; it
 * counts only with a share word before the platforms or a prompt after them (`shareBarLength`).
 */
const SHARE_BAR = new RegExp(
  `^\\s*((?:(?:${alternatives([...SHARE_WORDS.filter((w) => !SHARE_PLATFORMS.includes(w)), ...SHARE_BAR_LINKS])})\\s+)*)` +
    `(?:(?:${alternatives(SHARE_PLATFORMS)})(?:\\s+|$)){2,}((?:${alternatives(SHARE_BAR_CLOSERS)})(?:\\s+|$))?`,
  'i',
);
const SHARE_VERB = new RegExp(`(?:^|\\s)(?:${alternatives(SHARE_WORDS.filter((w) => !SHARE_PLATFORMS.includes(w)))})\\s`, 'i');

/** Length of a share bar at the start of `line`: platforms with a share word before them or a prompt after; 0 when none. */
function shareBarLength(line: string): number {
  const m = SHARE_BAR.exec(line);
  if (!m || !(SHARE_VERB.test(m[1] ?? '') || m[2])) return 0;
  return m[0].length;
}

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

/** A line of hard-wrapped prose is at least this long and ends no sentence. */
const MIN_WRAPPED_LINE = 50;

/**
 * Paragraphs. Lines between blank lines are one paragraph only when they read as hard-wrapped
 * prose (every line but the last long and ending mid-sentence); otherwise each line is its own
 * block, as in scrapes where a dateline or a subtitle sits on the line above the first
 * paragraph («ماجد هود ـ جدة⏎احتل المركز الأول …»). Fixture: text-wire-agency.
 */
function paragraphs(text: string): Group[] {
  const lines: [number, number][] = [];
  let last = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push([last, m.index]);
    last = m.index + m[0].length;
  }
  lines.push([last, text.length]);
  const groups: Group[] = [];
  const push = (s: number, e: number): void => {
    // Trim the range itself, so artifacts are found at the first character.
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) groups.push({ start: s, end: e, text: text.slice(s, e).replace(/\s+/g, ' ') });
  };
  const flush = (run: [number, number][]): void => {
    if (run.length === 0) return;
    const wrapped = run.slice(0, -1).every(([s, e]) => {
      const line = text.slice(s, e).trim();
      return line.length >= MIN_WRAPPED_LINE && !/[.؟?!:…]["»”')]?$/.test(line);
    });
    if (wrapped) push(run[0]![0], run[run.length - 1]![1]);
    else for (const [s, e] of run) push(s, e);
  };
  let run: [number, number][] = [];
  for (const l of lines) {
    if (/^\s*$/.test(text.slice(l[0], l[1]))) {
      flush(run);
      run = [];
    } else run.push(l);
  }
  flush(run);
  return groups;
}

/**
 * A title line: 3 to 24 words, no sentence end, and not a byline, dateline or credit line
 * («ماجد هود ـ جدة» and «ناصر الجديع» open real scrapes without being titles).
 */
function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0).length;
  if (words < MIN_TITLE_WORDS || words >= MAX_TITLE_WORDS || /[.؟?!…:،,]["»”')]?$/.test(text)) return false;
  return parseBylineLine(text) === null && parseDatelineLine(text) === null && !isCreditLine(text);
}

/**
 * 1. Splits the text into paragraphs.
 * 2. Strips scraping artifacts: slider controls and image file names glued to a first word.
 * 3. Reads the header: a date line and a title line, in either order.
 * 4. Judges the paragraphs (credits, bylines, teasers and the comment form, cut at their marker).
 * 5. Writes the kept paragraphs into the body.
 */
export function extractText(text: string, report: Reporter): Extraction {
  // 1. Paragraphs.
  const groups = paragraphs(text);
  // 2. Artifacts.
  const cut = (g: Group, length: number, what: string): void => {
    const before = text.slice(g.start, g.start + length);
    report({
      severity: 'info',
      rule: 'extract-artifact-removed',
      message: `Removed ${what.replace('%s', () => before.trim())}.`,
      inputStart: g.start,
      inputEnd: g.start + length,
      before,
      after: '',
    });
    g.start += length;
    g.text = text.slice(g.start, g.end).replace(/\s+/g, ' ').trim();
  };
  for (const g of groups) {
    const c = CONTROLS.exec(text.slice(g.start, Math.min(g.end, g.start + 40)));
    if (c) cut(g, c[0].length, 'the slider controls «%s» scraped into a paragraph');
    const bar = shareBarLength(text.slice(g.start, Math.min(g.end, g.start + 200)));
    if (bar > 0 && g.start + bar < g.end) cut(g, bar, 'the share bar «%s» scraped into a paragraph');
    const m = ARTIFACT.exec(text.slice(g.start, Math.min(g.end, g.start + 80)));
    if (m) cut(g, m[0].length, 'the image file name «%s» glued to the first word of a paragraph');
  }
  // 3. Header.
  let title: Found | null = null;
  const published: DateCandidate[] = [];
  const updated: DateCandidate[] = [];
  const headerCredits: string[] = [];
  let first = 0;
  while (first < groups.length - 1 && first < 3) {
    const g = groups[first]!;
    const line = published.length + updated.length === 0 ? readDateLine(g.text) : null;
    if (line) {
      addDateLine(line, g.start, g.end, { published, updated });
      const agency = trailingAgency(g.text);
      if (agency !== null) headerCredits.push(agency);
      first++;
    } else if (!title && isTitleLike(g.text)) {
      title = { value: g.text, source: 'text-title-line' };
      first++;
    } else break;
  }
  const body = groups.slice(first);
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
    credits: [...headerCredits, ...outcome.credits],
    body: writer.build(),
  };
}
