/**
 * The article of an HTML page: metadata from the markup, the main content found by scoring,
 * its blocks judged one by one, and the body written with a map back to the decoded input.
 */
import type { RawDocument } from '../record/document.js';
import { foldLabel } from './arabic-fold.js';
import { type BlockCandidate, filterBlocks } from './block-filter.js';
import { BodyWriter } from './body-writer.js';
import { DATE_CLASS } from './content-hints.js';
import { chooseContent } from './content-scorer.js';
import { cleanBylineName } from './credit-lines.js';
import { addDateLine, readDateLine } from './date-line.js';
import type { DateCandidate } from './date-resolver.js';
import type { Extraction, Found } from './extraction.js';
import { type PageMetadata, readHtmlMetadata, type Sourced } from './html-metadata.js';
import { type PageRuns, type Run, splitRuns } from './html-runs.js';
import { type HtmlTree, parseHtmlTree } from './html-tree.js';
import { primaryLanguage } from './language-detector.js';
import { dateFromUrl, normalizeMachineDate } from './machine-date.js';
import { cleanTitle } from './title-cleaner.js';

/** Date lines longer than this are sentences that mention a date, not date lines. */
const MAX_DATE_LINE = 200;
/** How many ancestors up a date-ish class still marks a run as the page's date line. */
const DATE_CLASS_LEVELS = 4;
/** At most this many short runs are read as possible date lines (bounds huge pages). */
const MAX_DATE_LINES_CHECKED = 200;

function found(s: Sourced | undefined | null): Found | null {
  return s ? { value: s.value, source: s.source } : null;
}

function sourceRange(tree: HtmlTree, run: Run): [number, number] {
  return [tree.srcStart[run.nodes[0]!]!, tree.srcEnd[run.nodes[run.nodes.length - 1]!]!];
}

/** The page's main `<h1>`: the one the declared titles repeat, else the last before the content, else the first in it. */
function mainHeading(md: PageMetadata, contentStart: number, contentEnd: number): { text: string; node: number } | null {
  const declared = [...md.titles.map((t) => t.value), md.titleTag ?? ''].map(foldLabel).filter((t) => t.length > 0);
  const h1s = md.h1s.filter((h) => h.text.split(/\s+/).length >= 2 || md.h1s.length === 1);
  const repeated = h1s.find((h) => {
    const f = foldLabel(h.text);
    return declared.some((d) => d === f || (f.length >= 10 && d.includes(f)));
  });
  if (repeated) return repeated;
  const before = h1s.filter((h) => h.node < contentStart);
  if (before.length > 0) return before[before.length - 1]!;
  return h1s.find((h) => h.node >= contentStart && h.node < contentEnd) ?? null;
}

/** A <title> without the headline in it, that is a site name or at most three words. Fixture: html-generic-title. */
function isGenericTitle(title: string, headline: string, siteNames: readonly string[]): boolean {
  const t = foldLabel(title);
  if (t.includes(foldLabel(headline))) return false;
  return t.split(' ').length <= 3 || siteNames.some((s) => foldLabel(s) === t);
}

function hasDateClass(tree: HtmlTree, node: number): boolean {
  for (let k = node, level = 0; k >= 0 && level <= DATE_CLASS_LEVELS; k = tree.parent[k]!, level++) {
    const a = tree.attrs[k];
    if (a && DATE_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`)) return true;
  }
  return false;
}

/**
 * Date lines of the page outside the content: runs under a date-ish class, or between the main
 * heading and the end of the content. Sidebar dates (teasers) are neither.
 */
function pageDateLines(tree: HtmlTree, page: PageRuns, from: number, to: number): { published: DateCandidate[]; updated: DateCandidate[] } {
  const published: DateCandidate[] = [];
  const updated: DateCandidate[] = [];
  let checked = 0;
  for (const run of page.runs) {
    if (checked >= MAX_DATE_LINES_CHECKED) break;
    if (run.text.length > MAX_DATE_LINE || !/[0-9٠-٩۰-۹]/.test(run.text)) continue;
    const node = run.nodes[0]!;
    const near = node >= from && node < to;
    if (!near && !hasDateClass(tree, node)) continue;
    checked++;
    const line = readDateLine(run.text);
    if (!line) continue;
    const [inputStart, inputEnd] = sourceRange(tree, run);
    addDateLine(line, inputStart, inputEnd, { published, updated });
  }
  return { published, updated };
}

function machineDates(list: readonly Sourced[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const s of list) {
    const value = normalizeMachineDate(s.value);
    if (value) out.push({ value, source: s.source, calendar: 'gregorian' });
  }
  return out;
}

function absolute(url: string, base: string | null): string {
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return url;
  }
}

/**
 * 1. Parses the page into a flat tree and reads its declared metadata.
 * 2. Splits it into runs and chooses the content (or, when no run scores, every kept run).
 * 3. Settles the title and the site name.
 * 4. Judges the content's blocks: title, dates, byline, teasers, chrome, credits.
 * 5. Gathers the date candidates in order of trust: JSON-LD, meta tags, microdata, `<time>`,
 *    date lines, the URL.
 * 6. Writes the kept blocks into the body.
 */
export function extractHtml(text: string, raw: RawDocument): Extraction {
  // 1. Tree and metadata.
  const tree = parseHtmlTree(text);
  const md = readHtmlMetadata(tree);
  // 2. Runs and content.
  const page = splitRuns(tree);
  const choice = chooseContent(tree, page);
  let selected: Run[];
  if (choice) {
    // Runs and roots are both in document order: one sweep.
    selected = [];
    let k = 0;
    for (const r of page.runs) {
      const n = r.nodes[0]!;
      while (k < choice.roots.length && tree.end[choice.roots[k]!]! <= n) k++;
      const root = choice.roots[k];
      if (!r.removed && root !== undefined && n >= root) selected.push(r);
    }
  } else {
    selected = page.runs.filter((r) => !r.removed && r.linkChars / r.chars <= 0.5);
  }
  const contentStart = selected[0]?.nodes[0] ?? tree.size;
  const contentEnd = selected.length > 0 ? selected[selected.length - 1]!.nodes.at(-1)! + 1 : tree.size;
  // 3. Title and site.
  const h1 = mainHeading(md, contentStart, contentEnd);
  const siteNames = md.siteNames.map((s) => s.value);
  const declared = md.titles[0] ?? null;
  const learned = md.titleTag ? cleanTitle(md.titleTag, { siteNames: [], headline: declared?.value ?? h1?.text ?? null }).site : null;
  let title: Found | null = null;
  if (declared) title = { value: cleanTitle(declared.value, { siteNames, headline: h1?.text ?? null }).title, source: declared.source };
  else if (md.titleTag) title = { value: cleanTitle(md.titleTag, { siteNames, headline: h1?.text ?? null }).title, source: 'title' };
  // A <title> that is only the site or a word or two («خبر - موقع») says less than the <h1>.
  if (h1 && (!title || (title.source === 'title' && isGenericTitle(title.value, h1.text, siteNames)))) title = { value: h1.text, source: 'h1' };
  let site = found(md.siteNames[0]);
  if (!site && learned) site = { value: learned, source: 'title' };
  // 4. Blocks.
  const candidates: BlockCandidate[] = selected.map((r) => ({
    text: r.text,
    kind: r.kind,
    heading: r.heading,
    linkRatio: r.chars === 0 ? 0 : r.linkChars / r.chars,
  }));
  const outcome = filterBlocks(candidates, { title: title?.value ?? null });
  // 5. Dates.
  const inContent: { published: DateCandidate[]; updated: DateCandidate[] } = { published: [], updated: [] };
  for (const d of outcome.dates) {
    const [inputStart, inputEnd] = sourceRange(tree, selected[d.block]!);
    addDateLine(d.line, inputStart, inputEnd, inContent);
  }
  const around = pageDateLines(tree, page, h1 ? Math.min(h1.node, contentStart) : contentStart, contentEnd);
  const canonicalRaw = md.canonical[0];
  const canonicalUrl = canonicalRaw ? { value: absolute(canonicalRaw.value, raw.url), source: canonicalRaw.source } : null;
  const urlDate = dateFromUrl(canonicalUrl?.value ?? raw.url ?? '');
  const published = [
    ...machineDates(md.published),
    ...dedupe([...inContent.published, ...around.published]),
    ...(urlDate ? [{ value: urlDate, source: 'url', calendar: 'gregorian' as const }] : []),
  ];
  const updated = [...machineDates(md.updated), ...dedupe([...inContent.updated, ...around.updated])];
  // Byline: a «كتب: …» line, else the markup's author.
  let byline: Found | null = outcome.byline ? { value: outcome.byline, source: 'byline-line' } : null;
  if (!byline) {
    const siteKey = site ? foldLabel(site.value) : null;
    const author = md.bylines.find((b) => foldLabel(b.value) !== siteKey);
    if (author) byline = { value: cleanBylineName(author.value), source: author.source };
  }
  const lang = md.language.map((l) => ({ value: primaryLanguage(l.value), source: l.source })).find((l) => l.value !== null);
  const dir = md.direction.find((d) => d.value === 'rtl' || d.value === 'ltr');
  // 6. Body.
  const writer = new BodyWriter(text);
  selected.forEach((run, k) => {
    if (outcome.verdicts[k] !== 'keep') return;
    writer.startBlock(run.kind);
    for (const n of run.nodes) {
      if (tree.tag[n] === 'br') writer.space(tree.srcStart[n]!, tree.srcEnd[n]!);
      else if (tree.decoded[n] !== undefined) writer.decoded(tree.decoded[n]!, tree.srcStart[n]!, tree.srcEnd[n]!);
      else writer.raw(tree.srcStart[n]!, tree.srcEnd[n]!);
    }
    writer.endBlock();
  });
  return {
    title,
    site,
    byline,
    canonicalUrl,
    language: lang ? { value: lang.value!, source: lang.source } : null,
    direction: dir ? { value: dir.value, source: dir.source } : null,
    published,
    updated,
    credits: outcome.credits,
    body: writer.build(),
  };
}

function dedupe(list: DateCandidate[]): DateCandidate[] {
  const seen = new Set<string>();
  return list
    .sort((a, b) => (a.inputStart ?? 0) - (b.inputStart ?? 0))
    .filter((c) => {
      const key = `${c.value}@${c.inputStart}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
