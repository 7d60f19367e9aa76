// Measures the near-duplicate detector (MinHash over word 4-shingles, LSH bands, Jaccard
// threshold) on pairs built from the news corpus in ../shared/data/news:
//   positives: an exact copy; a copy with another dateline/intro and a credit line; a copy
//              with its last paragraph cut (adapted, بتصرف);
//   negatives: two different stories on one topic (many shared rare words, word-set Jaccard
//              below 0.5, so not a republication).
// Prints precision and recall of the store's rule and a threshold sweep.
// Usage: npx tsx scripts/eval-near-duplicates.ts [docs=4000]. Reads ../shared (skips when absent).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { bandKeys, estimateJaccard, MINHASH_BANDS, MINHASH_ROWS, minhashSignature, NEAR_DUPLICATE_JACCARD } from '../src/corroborate/minhash.js';
import { shingleWords, wordShingles } from '../src/corroborate/shingles.js';
import { SHARED_NEWS, sharedDataMissing } from './shared-data.js';

const CORPUS = fileURLToPath(SHARED_NEWS);
const LIMIT = Number(process.argv[2] ?? 4000);

interface Doc {
  source: string;
  title: string;
  text: string;
}

async function readCorpus(): Promise<Doc[]> {
  const docs: Doc[] = [];
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    const o = JSON.parse(line) as { source: string; title: string; content: string };
    if ((o.content ?? '').length > 400) docs.push({ source: o.source, title: o.title ?? '', text: o.content });
    if (docs.length >= LIMIT) break;
  }
  lines.close();
  return docs;
}

/** Different stories on one topic: pairs sharing the most rare words, with word-set Jaccard < 0.5. */
function sameTopicPairs(docs: Doc[], n: number): [string, string][] {
  const sets = docs.map((d) => new Set(shingleWords(d.text).filter((w) => w.length >= 4)));
  const df = new Map<string, number>();
  for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const w of s) {
      const f = df.get(w)!;
      if (f >= 2 && f <= 20) postings.set(w, [...(postings.get(w) ?? []), i]);
    }
  });
  const shared = new Map<string, number>();
  for (const ids of postings.values()) {
    for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
      const k = `${ids[a]},${ids[b]}`;
      shared.set(k, (shared.get(k) ?? 0) + 1);
    }
  }
  const out: [string, string][] = [];
  for (const [k] of [...shared.entries()].sort((x, y) => y[1] - x[1])) {
    const [a, b] = k.split(',').map(Number) as [number, number];
    const sa = sets[a]!;
    const sb = sets[b]!;
    const inter = [...sa].filter((w) => sb.has(w)).length;
    const jac = inter / (sa.size + sb.size - inter);
    if (jac >= 0.5) continue; // likely a real republication: not a clean negative
    out.push([docs[a]!.text, docs[b]!.text]);
    if (out.length >= n) break;
  }
  return out;
}

function withIntro(text: string, i: number): string {
  const intros = ['الرياض - واس:', 'جدة - خاص:', 'متابعات -', 'الدمام - محرر الشؤون المحلية:'];
  const credits = ['نقلا عن صحيفة عكاظ', 'المصدر: وكالة الأنباء', '(بتصرف)', 'نقلاً عن الشرق الأوسط'];
  return `${intros[i % intros.length]} ${text}\n${credits[i % credits.length]}`;
}

function trimmed(text: string): string {
  const paras = text.split(/\n+/).filter((p) => p.trim() !== '');
  return paras.length >= 3 ? paras.slice(0, -1).join('\n') : text.slice(0, Math.floor(text.length * 0.8));
}

async function main(): Promise<void> {
  if (sharedDataMissing('eval-near-duplicates', [CORPUS])) return;
  const docs = await readCorpus();
  const pairs: { kind: string; a: string; b: string; dup: boolean }[] = [];
  docs.slice(0, 300).forEach((d, i) => {
    pairs.push({ kind: 'exact copy', a: d.text, b: d.text, dup: true });
    pairs.push({ kind: 'other intro + credit', a: d.text, b: withIntro(d.text, i), dup: true });
    pairs.push({ kind: 'last paragraph cut', a: d.text, b: trimmed(d.text), dup: true });
  });
  for (const [a, b] of sameTopicPairs(docs, 900)) pairs.push({ kind: 'same topic, other story', a, b, dup: false });

  const scored = pairs.map((p) => {
    const sa = minhashSignature(wordShingles(p.a));
    const sb = minhashSignature(wordShingles(p.b));
    const ka = bandKeys(sa);
    const kb = bandKeys(sb);
    const candidate = ka.some((k, i) => k === kb[i]);
    return { ...p, est: estimateJaccard(sa, sb), candidate };
  });
  const report = (threshold: number): { p: number; r: number; tp: number; fp: number; fn: number } => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scored) {
      const said = s.candidate && s.est >= threshold;
      if (said && s.dup) tp++;
      else if (said) fp++;
      else if (s.dup) fn++;
    }
    return { p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn), tp, fp, fn };
  };
  process.stdout.write(`docs read: ${docs.length}; pairs: ${pairs.length}; bands ${MINHASH_BANDS} x rows ${MINHASH_ROWS}\n`);
  for (const kind of [...new Set(scored.map((s) => s.kind))]) {
    const ks = scored.filter((s) => s.kind === kind);
    const est = ks.map((s) => s.est).sort((x, y) => x - y);
    const q = (f: number): string => est[Math.min(est.length - 1, Math.floor(f * est.length))]!.toFixed(2);
    const found = ks.filter((s) => s.candidate && s.est >= NEAR_DUPLICATE_JACCARD).length;
    process.stdout.write(`  ${kind.padEnd(26)} n=${ks.length}  est. Jaccard min ${q(0)} p10 ${q(0.1)} median ${q(0.5)} p90 ${q(0.9)} max ${q(0.999)}  called duplicate: ${found}\n`);
  }
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const r = report(t);
    const mark = t === NEAR_DUPLICATE_JACCARD ? '  <- NEAR_DUPLICATE_JACCARD' : '';
    process.stdout.write(`  threshold ${t.toFixed(1)}: precision ${r.p.toFixed(3)} recall ${r.r.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})${mark}\n`);
  }
}

await main();
