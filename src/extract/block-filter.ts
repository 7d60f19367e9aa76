/**
 * Judges the blocks of a found article one by one: the title repeated as a heading, date lines,
 * bylines, related-post teasers, share bars, newsletter boxes, tag lists, comment sections, and
 * the credit lines that end it. Shared by the HTML and the plain-text extractors; the phrases
 * are data in src/lang/ar/boilerplate.ts and src/lang/ar/credits.ts.
 */
import type { Block } from '../record/document.js';
import {
  AD_MARKERS,
  BREADCRUMB_HEADS,
  COMMENT_HEADINGS,
  COMMENT_PHRASES,
  END_MARKERS,
  FOOTER_MARKERS,
  NEWSLETTER_MARKERS,
  RELATED_MARKERS,
  SHARE_WORDS,
  TAG_MARKERS,
} from '../lang/ar/boilerplate.js';
import { foldLabel, phraseAlternation } from './arabic-fold.js';
import { isCreditLine, isPhotoOrEmailLine, parseBylineLine, parseDatelineLine, trailingAgency } from './credit-lines.js';
import { type DateLine, readDateLine } from './date-line.js';

/** A block as the filter sees it. */
export interface BlockCandidate {
  /** Text with white space collapsed. */
  text: string;
  kind: Block['kind'];
  /** `h1` … `h6` for headings, else ''. */
  heading: string;
  /** Share of the text inside links (0 for plain text). */
  linkRatio: number;
}

/** What a block is. Only `keep` blocks make the body. */
export type Verdict = 'keep' | 'title' | 'date' | 'byline' | 'credit' | 'related' | 'comments' | 'share' | 'chrome' | 'links';

export interface FilterOutcome {
  verdicts: Verdict[];
  byline: string | null;
  /** Credit lines in page order. */
  credits: string[];
  /** Date lines found among the blocks, with their block index. */
  dates: { block: number; line: DateLine }[];
}

export interface FilterOptions {
  /** The article title, to drop its repetition as a heading. */
  title: string | null;
  /**
   * Cut everything from a related-posts marker on (plain-text scrapes, where the teaser list
   * has no markup to tell where it ends). Default false: in HTML only the teasers go.
   */
  cutAtRelated?: boolean;
}

/** Phrases at the start of a block, after any dots, stars or dashes («...المزيد», «* خدمة»). */
const prefix = (phrases: readonly string[]): RegExp => new RegExp(`^[\\s.…*\\-/]*(?:${phraseAlternation(phrases)})(?![\\p{L}])`, 'u');
const RELATED = prefix(RELATED_MARKERS);
const COMMENT_HEAD = prefix(COMMENT_HEADINGS);
const COMMENT_ANY = new RegExp(phraseAlternation(COMMENT_PHRASES), 'u');
const CHROME = prefix([...NEWSLETTER_MARKERS, ...TAG_MARKERS, ...FOOTER_MARKERS, ...AD_MARKERS]);
const END = new RegExp(`^[\\s/\\-ـ]*(?:${phraseAlternation(END_MARKERS)})[\\s/\\-ـ.]*$`, 'u');
/** A clock time alone, as wires stamp their items: «16:29 ت م». */
const TIME_ONLY = /^\d{1,2}:\d{2}(?:\s*(?:ت\s?\.?\s?[مغ]|[صم]))?\.?$/u;
const BREADCRUMB = new RegExp(`^(?:${phraseAlternation(BREADCRUMB_HEADS)})\\s*[»›>/|«‹<]`, 'u');
const SHARE = new Set(SHARE_WORDS.map((w) => foldLabel(w).toLowerCase()));
/** Teaser excerpts end with an ellipsis: «… في نواكشوط، …». */
const EXCERPT_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;
const SENTENCE_END = /[.؟?!:؛]["»”')\]]?\s*$/;

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
/** Blocks longer than this are paragraphs: no marker, date or byline test applies. */
const MAX_CHROME_WORDS = 30;
/** Comment-policy paragraphs are at most this long. */
const MAX_POLICY_WORDS = 80;

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w.length > 0) n++;
  return n;
}

/** True when `text` is only a marker, maybe with a colon or dash. */
function isOnlyMarker(folded: string, re: RegExp): boolean {
  const m = re.exec(folded);
  return m !== null && /^[\s:：\-–.…»«|]*$/u.test(folded.slice(m[0].length));
}

/** Share-bar words, longest first, and the words they may start with (for a quick reject). */
const SHARE_SORTED = [...SHARE].sort((a, b) => b.length - a.length);
const SHARE_FIRST = new Set(SHARE_SORTED.map((w) => w.split(' ')[0]!));

function isShareBar(folded: string): boolean {
  if (folded.length > 160) return false;
  const head = /^[\s|/•·,،:()[\]-]*([^\s|/•·,،:()[\]-]+)/.exec(folded.toLowerCase());
  if (!head || !SHARE_FIRST.has(head[1]!)) return false;
  const tokens = folded
    .toLowerCase()
    .split(/[\s|/•·,،:()[\]-]+/)
    .filter((t) => t.length > 0 && !/^\d+$/.test(t));
  if (tokens.length === 0 || tokens.length > 12 || !SHARE_FIRST.has(tokens[0]!)) return false;
  // Two-word names (فيس بوك, واتس اب) count as two tokens of the set.
  let rest = tokens.join(' ');
  for (const w of SHARE_SORTED) rest = rest.split(w).join(' ');
  return rest.trim().length === 0;
}

function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 0.8 * long.length && long.includes(short);
}

/**
 * 1. Walks the blocks in order: comment sections end the article; related-post markers drop
 *    themselves and the teasers after them (or everything after, with `cutAtRelated`); share
 *    bars, newsletter boxes, tags, breadcrumbs, link lists, the title, date lines and a byline
 *    near the start leave the body.
 * 2. Walks back from the end: credit lines become credits.
 */
export function filterBlocks(blocks: readonly BlockCandidate[], options: FilterOptions): FilterOutcome {
  const n = blocks.length;
  const verdicts: Verdict[] = new Array<Verdict>(n).fill('keep');
  const title = options.title ? foldLabel(options.title) : null;
  let byline: string | null = null;
  const dates: FilterOutcome['dates'] = [];
  let kept = 0;
  const leadCredits: string[] = [];
  // 1. Forward.
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const words = wordCount(b.text);
    // Long paragraphs are never chrome lines: only the comment-policy phrases are looked for.
    if (words > MAX_CHROME_WORDS) {
      if (words <= MAX_POLICY_WORDS && COMMENT_ANY.test(foldLabel(b.text))) {
        for (let j = i; j < n; j++) verdicts[j] = 'comments';
        break;
      }
      if (b.linkRatio > 0.6 && b.text.length < 250) verdicts[i] = 'links';
      else kept++;
      continue;
    }
    const f = foldLabel(b.text);
    if (COMMENT_ANY.test(f) || (words <= 8 && COMMENT_HEAD.test(f))) {
      for (let j = i; j < n; j++) verdicts[j] = 'comments';
      break;
    }
    if (RELATED.test(f) && (isOnlyMarker(f, RELATED) || (words <= 25 && (b.linkRatio > 0.3 || !SENTENCE_END.test(f))))) {
      if (options.cutAtRelated) {
        for (let j = i; j < n; j++) verdicts[j] = 'related';
        break;
      }
      verdicts[i] = 'related';
      if (isOnlyMarker(f, RELATED)) {
        // The teasers after a «اقرأ أيضاً» heading: links, headlines, excerpts.
        for (let j = i + 1; j < n; j++) {
          const t = blocks[j]!;
          const tw = wordCount(t.text);
          const teaser =
            t.linkRatio > 0.5 ||
            EXCERPT_END.test(t.text) ||
            (tw <= 15 && !SENTENCE_END.test(t.text)) ||
            (t.kind === 'list-item' && tw <= 25);
          if (!teaser) break;
          verdicts[j] = 'related';
          i = j;
        }
      }
      continue;
    }
    if (isShareBar(f)) {
      verdicts[i] = 'share';
      continue;
    }
    if ((words <= 25 && CHROME.test(f)) || BREADCRUMB.test(f) || END.test(f) || TIME_ONLY.test(f) || isPhotoOrEmailLine(b.text)) {
      verdicts[i] = 'chrome';
      continue;
    }
    if (b.linkRatio > 0.6 && b.text.length < 250) {
      verdicts[i] = 'links';
      continue;
    }
    if (b.heading === 'h1' || (title !== null && (b.kind === 'heading' || kept === 0) && sameTitle(f, title))) {
      verdicts[i] = 'title';
      continue;
    }
    const line = DIGIT.test(b.text) ? readDateLine(b.text) : null;
    if (line) {
      verdicts[i] = 'date';
      dates.push({ block: i, line });
      // A wire's date line names its agency last: «الدوحة … 2015 م واس».
      const agency = trailingAgency(b.text);
      if (agency !== null) leadCredits.push(agency);
      continue;
    }
    if (words <= 10 && (kept < 3 || i >= n - 3)) {
      const name = parseBylineLine(b.text);
      if (name !== null) {
        verdicts[i] = 'byline';
        byline ??= name;
        continue;
      }
      // «ماجد هود ـ جدة», «عين اليوم – واس»: plain-text datelines, never headings.
      const dateline = b.kind === 'paragraph' ? parseDatelineLine(b.text) : null;
      if (dateline && 'credit' in dateline) {
        verdicts[i] = 'credit';
        leadCredits.push(dateline.credit);
        continue;
      }
      if (dateline && 'byline' in dateline) {
        verdicts[i] = 'byline';
        byline ??= dateline.byline;
        continue;
      }
    }
    kept++;
  }
  // 2. Backward: credit lines at the end.
  const credits: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    if (verdicts[i] !== 'keep') continue;
    if (!isCreditLine(blocks[i]!.text)) break;
    verdicts[i] = 'credit';
    credits.unshift(blocks[i]!.text.trim());
  }
  // Never let credits eat the whole article.
  if ((credits.length > 0 || leadCredits.length > 0) && !verdicts.includes('keep')) {
    for (let i = 0; i < n; i++) if (verdicts[i] === 'credit') verdicts[i] = 'keep';
    return { verdicts, byline, credits: [], dates };
  }
  return { verdicts, byline, credits: [...leadCredits, ...credits], dates };
}
