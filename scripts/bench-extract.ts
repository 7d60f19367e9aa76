/**
 * Extraction benchmark: our extract stage against Mozilla Readability (over linkedom) on the
 * same HTML fixtures, in one run. Prints, as Markdown: pages per second and peak memory (each
 * extractor in its own child process, so one's heap does not count for the other), the share of
 * fixtures whose body checks (expected.json `text`) and title pass, the per-fixture results,
 * and a stress test (a page nested 100,000 deep, a 10 MB page).
 *
 * Usage: npm run bench:extract [-- --seconds 6] [-- --no-stress]
 * Reads only test/fixtures/analyze; needs nothing from ../shared.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { decodeHTML } from 'entities';
import { DOMParser } from 'linkedom';
import { decodeStage } from '../src/extract/decode-stage.js';
import { extractStage } from '../src/extract/extract-stage.js';
import { createRecord } from '../src/record/document.js';
import { FIXTURE_ROOT, listFixtures, loadFixture, squash, type Expected } from '../test/fixture-loader.js';

const SELF = fileURLToPath(import.meta.url);
type Extractor = 'marsad' | 'readability';

interface Page {
  slug: string;
  text: string;
}

interface ChildResult {
  extractor: Extractor;
  pages: number;
  rounds: number;
  /** Wall-clock and CPU (user + system) seconds of the timed rounds. */
  seconds: number;
  cpuSeconds: number;
  baseRss: number;
  peakRss: number;
  /** Milliseconds of the first pass over the pages (which also gives the outputs). */
  firstPassMs: number;
  texts: Record<string, string>;
  titles: Record<string, string | null>;
  error?: string;
}

type TextChecks = NonNullable<Expected['text']>;

// ---------------------------------------------------------------------------------------------
// The two extractors, each returning the body as plain text and the title.

const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|tr|td|th|table|section|article|header|footer|figure|figcaption|br|hr)\b[^>]*>/gi;

/** Readability returns HTML; a reader gets its text with a break at each block. */
function readabilityText(html: string): string {
  return decodeHTML(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, ''));
}

function runExtractor(extractor: Extractor, page: Page): { text: string; title: string | null } {
  if (extractor === 'marsad') {
    const doc = createRecord({ bytes: new Uint8Array(), url: null, path: null, contentType: 'text/html', fetchedAt: '' });
    doc.input = { text: page.text, charset: 'utf-8', charsetSource: 'given', format: 'html' };
    const out = extractStage.run(doc, () => {});
    return { text: out.article?.body ?? '', title: out.article?.title ?? null };
  }
  const document = new DOMParser().parseFromString(page.text, 'text/html');
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return { text: article?.content ? readabilityText(article.content) : '', title: article?.title ?? null };
}

// ---------------------------------------------------------------------------------------------
// Child: time one extractor over all pages, sampling the resident set size.

function child(extractor: Extractor, pagesFile: string, minSeconds: number, minRounds: number): void {
  const pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as Page[];
  const baseRss = process.memoryUsage.rss();
  let peakRss = baseRss;
  const texts: Record<string, string> = {};
  const titles: Record<string, string | null> = {};
  const result: ChildResult = { extractor, pages: pages.length, rounds: 0, seconds: 0, cpuSeconds: 0, baseRss, peakRss, firstPassMs: 0, texts, titles };
  try {
    // Warm-up round, which also gives the outputs.
    const first = performance.now();
    for (const page of pages) {
      const out = runExtractor(extractor, page);
      texts[page.slug] = out.text;
      titles[page.slug] = out.title;
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
    result.firstPassMs = performance.now() - first;
    const start = performance.now();
    const cpu = process.cpuUsage();
    let rounds = 0;
    while (rounds < minRounds || performance.now() - start < minSeconds * 1000) {
      for (const page of pages) {
        runExtractor(extractor, page);
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
      }
      rounds++;
    }
    const used = process.cpuUsage(cpu);
    result.rounds = rounds;
    result.seconds = (performance.now() - start) / 1000;
    result.cpuSeconds = (used.user + used.system) / 1e6;
  } catch (e) {
    result.error = e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e);
  }
  result.peakRss = peakRss;
  process.send?.(result);
}

function runChild(extractor: Extractor, pagesFile: string, minSeconds: number, minRounds: number, timeoutMs: number): Promise<ChildResult> {
  return new Promise((resolve) => {
    const proc = fork(SELF, ['--child', extractor, pagesFile, String(minSeconds), String(minRounds)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let done = false;
    const finish = (r: ChildResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    const failed = (error: string): ChildResult => ({ extractor, pages: 0, rounds: 0, seconds: 0, cpuSeconds: 0, baseRss: 0, peakRss: 0, firstPassMs: 0, texts: {}, titles: {}, error });
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      finish(failed(`timeout after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    proc.on('message', (m) => finish(m as ChildResult));
    proc.on('exit', (code, signal) => finish(failed(`exited (${signal ?? code}): ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`)));
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: fixtures, checks, tables.

function loadPages(): { pages: Page[]; checks: Map<string, { text?: TextChecks; title?: string; dir: string }> } {
  const pages: Page[] = [];
  const checks = new Map<string, { text?: TextChecks; title?: string; dir: string }>();
  for (const slug of listFixtures()) {
    if (!existsSync(join(FIXTURE_ROOT, slug, 'source.html'))) continue;
    const { raw, expected, dir } = loadFixture(slug);
    // Decode with the pipeline's decode stage so both extractors read the same text.
    const decoded = decodeStage.run(createRecord(raw), () => {});
    if (!decoded.input) continue;
    pages.push({ slug, text: decoded.input.text });
    // Fixtures of the repair stage check the repaired text, which neither extractor produces:
    // they count for speed, not for correctness.
    const testsRepairs = (expected.messages?.rules ?? []).some((r) => r.startsWith('repair-'));
    const title = expected.article?.['title'];
    checks.set(slug, { text: testsRepairs ? undefined : expected.text, title: typeof title === 'string' ? title : undefined, dir });
  }
  return { pages, checks };
}

/** Names of the failed body checks, empty when all pass; null when the fixture has none. */
function failedChecks(text: string, t: TextChecks | undefined, dir: string): string[] | null {
  if (!t) return null;
  const s = squash(text);
  const failed: string[] = [];
  if (t.equals !== undefined && s !== squash(t.equals)) failed.push('equals');
  if (t.equalsFile !== undefined && s !== squash(readFileSync(join(dir, t.equalsFile), 'utf8'))) failed.push('equalsFile');
  if (t.startsWith !== undefined && !s.startsWith(squash(t.startsWith))) failed.push('startsWith');
  if (t.endsWith !== undefined && !s.endsWith(squash(t.endsWith))) failed.push('endsWith');
  for (const c of t.contains ?? []) if (!s.includes(squash(c))) failed.push(`contains «${c}»`);
  for (const c of t.notContains ?? []) if (s.includes(squash(c))) failed.push(`notContains «${c}»`);
  return failed;
}

function stressPages(): Page[] {
  const n = 100_000;
  const nested = '<html><body>' + '<div>'.repeat(n) + '<p>نص المقال هنا، وهو نص طويل بما يكفي ليحسب فقرة في الصفحة، ويتبعه نص آخر.</p>' + '</div>'.repeat(n) + '</body></html>';
  const para = '<p>قال المراسل إن الاجتماع الذي عقد أمس في العاصمة، بحضور ممثلين عن الحكومة والمعارضة، انتهى دون اتفاق &amp; دون موعد.</p>\n';
  const parts = ['<html><body><div class="content">'];
  let size = 0;
  while (size < 10_000_000) {
    const chunk = `<div class="section">${para.repeat(500)}<ul class="menu"><li><a href="/x">رابط</a></li></ul></div>`;
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push('</div></body></html>');
  return [
    { slug: 'nested-100k', text: nested },
    { slug: 'page-10MB', text: parts.join('') },
  ];
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);
/** Turns each extractor takes, alternating with the other. */
const TURNS = 3;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seconds = Number(args[args.indexOf('--seconds') + 1]) || 6;
  const { pages, checks } = loadPages();
  if (pages.length === 0) {
    console.error('bench:extract: no HTML fixtures under test/fixtures/analyze');
    process.exit(1);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  try {
    const file = join(tmp, 'pages.json');
    writeFileSync(file, JSON.stringify(pages));
    // Alternate the two extractors in short turns, so a change in machine load between turns
    // weighs on both; rates use each child's own CPU time, which other processes do not inflate.
    const results: ChildResult[] = [];
    for (let turn = 0; turn < TURNS; turn++) {
      for (const [k, ex] of (['marsad', 'readability'] as const).entries()) {
        const r = await runChild(ex, file, seconds / TURNS, 3, 300_000);
        const acc = results[k];
        if (!acc) results[k] = r;
        else {
          acc.rounds += r.rounds;
          acc.seconds += r.seconds;
          acc.cpuSeconds += r.cpuSeconds;
          acc.peakRss = Math.max(acc.peakRss, r.peakRss);
          acc.baseRss = Math.min(acc.baseRss, r.baseRss);
          acc.error ??= r.error;
        }
      }
    }

    console.log(`## Extraction benchmark: ${pages.length} HTML fixtures (${(pages.reduce((n, p) => n + p.text.length, 0) / 1e3).toFixed(0)} k characters)\n`);
    console.log('| extractor | pages/s (CPU) | ms/page (CPU) | pages/s (wall) | peak RSS (MB) | RSS growth (MB) | body checks pass | title right |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    const perFixture = new Map<string, string[]>();
    for (const r of results) {
      let bodyPass = 0;
      let bodyTotal = 0;
      let titlePass = 0;
      let titleTotal = 0;
      for (const page of pages) {
        const c = checks.get(page.slug)!;
        const failed = failedChecks(r.texts[page.slug] ?? '', c.text, c.dir);
        const cell: string[] = perFixture.get(page.slug) ?? [];
        if (failed) {
          bodyTotal++;
          if (failed.length === 0) bodyPass++;
          cell.push(failed.length === 0 ? 'pass' : `fail: ${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', …' : ''}`);
        } else cell.push('–');
        if (c.title !== undefined) {
          titleTotal++;
          if (squash(r.titles[page.slug] ?? '') === squash(c.title)) titlePass++;
        }
        perFixture.set(page.slug, cell);
      }
      const rate = r.cpuSeconds > 0 ? (r.pages * r.rounds) / r.cpuSeconds : 0;
      const wall = r.seconds > 0 ? (r.pages * r.rounds) / r.seconds : 0;
      const cells = r.error && r.rounds === 0 ? [`error: ${r.error}`, '', '', '', ''] : [rate.toFixed(1), rate > 0 ? (1000 / rate).toFixed(2) : '', wall.toFixed(1), mb(r.peakRss), mb(r.peakRss - r.baseRss)];
      console.log(`| ${r.extractor} | ${cells.join(' | ')} | ${bodyPass}/${bodyTotal} (${((100 * bodyPass) / Math.max(1, bodyTotal)).toFixed(0)}%) | ${titlePass}/${titleTotal} |`);
    }
    const [ours, theirs] = results;
    if (ours && theirs && ours.cpuSeconds > 0 && theirs.cpuSeconds > 0) {
      const ratio = (ours.pages * ours.rounds) / ours.cpuSeconds / ((theirs.pages * theirs.rounds) / theirs.cpuSeconds);
      console.log(`\nSpeed ratio marsad / readability (pages per CPU second): ${ratio.toFixed(2)}×; peak RSS ratio: ${(ours.peakRss / theirs.peakRss).toFixed(2)}×`);
    }
    console.log('\nFixtures that test the repair stage (their checks need repaired text) count for speed only (–).');
    console.log('\n| fixture | marsad | readability |');
    console.log('|---|---|---|');
    for (const [slug, cells] of perFixture) console.log(`| ${slug} | ${cells.join(' | ')} |`);

    if (!args.includes('--no-stress')) {
      const stress = stressPages();
      console.log('\n## Stress: one page each, in its own process (time of the first pass)\n');
      console.log('| page | extractor | result | ms | peak RSS (MB) |');
      console.log('|---|---|---|---:|---:|');
      for (const page of stress) {
        const f = join(tmp, `${page.slug}.json`);
        writeFileSync(f, JSON.stringify([page]));
        for (const ex of ['marsad', 'readability'] as const) {
          const r = await runChild(ex, f, 0, 0, 60_000);
          const ok = !r.error;
          const size = ok ? `${squash(r.texts[page.slug] ?? '').length} chars of text` : r.error!;
          console.log(`| ${page.slug} | ${ex} | ${size} | ${ok ? r.firstPassMs.toFixed(0) : ''} | ${ok ? mb(r.peakRss) : ''} |`);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3] as Extractor, process.argv[4]!, Number(process.argv[5]), Number(process.argv[6]));
} else {
  await main();
}
