/**
 * Checks the run-together repair on real news: runs the repair over SaudiNewsNet articles,
 * prints how many words it split and a random sample of splits to review by eye, plus counts of
 * the other repairs. Reads /work/shared (or MARSAD_SHARED); exits 0 with a message when absent.
 *
 * Run: npx tsx scripts/check-run-together.ts [articles=2000] [sample=40] [seed=1]
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repairText } from '../src/text/repair/repair-text.js';
import { seededRandom } from '../src/util/seeded-random.js';
import { sharedDataMissing } from './shared-data.js';

const SHARED = process.env.MARSAD_SHARED ?? '/work/shared';
const NEWS = `${SHARED}/data/news/saudinewsnet.jsonl.gz`;

/** Steps: 1. read articles spread over the file; 2. repair each; 3. print counts and a sample. */
function main(): void {
  const [articles = 2000, sampleSize = 40, seed = 1] = process.argv.slice(2).map(Number);
  if (sharedDataMissing('check-run-together', [NEWS])) process.exit(0);
  // 1. Every n-th article, so that all 14 outlets are in.
  const lines = gunzipSync(readFileSync(NEWS)).toString('utf8').split('\n').filter(Boolean);
  const step = Math.max(1, Math.floor(lines.length / articles));
  const splits: string[] = [];
  const counts = new Map<string, number>();
  const kinds = new Map<string, number>();
  let words = 0;
  const t0 = performance.now();
  // 2. Repair.
  for (let k = 0; k < lines.length && k / step < articles; k += step) {
    const doc = JSON.parse(lines[k]!) as { content?: string };
    const text = doc.content ?? '';
    words += text.split(/\s+/).length;
    const result = repairText(text, { language: 'ar' });
    for (const c of result.changes) {
      counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
      if (c.rule !== 'repair-run-together') continue;
      const kind = /\(([a-z-]+)\)/.exec(c.message)?.[1] ?? '?';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const from = Math.max(0, c.start - 25);
      const context = result.text.slice(from, c.end + 25).replace(/\s+/g, ' ');
      splits.push(`${c.message}   …${context}…`);
    }
  }
  const ms = performance.now() - t0;
  // 3. Report.
  console.log(`${Math.ceil(Math.min(articles, lines.length / step))} articles, ${words} words, ${ms.toFixed(0)} ms`);
  for (const [rule, n] of [...counts].sort()) console.log(`  ${rule}: ${n}`);
  console.log(`run-together splits: ${splits.length} (${((1e6 * splits.length) / words).toFixed(1)} per million words)`);
  for (const [kind, n] of [...kinds].sort()) console.log(`  ${kind}: ${n}`);
  const rand = seededRandom(seed);
  const sample = [...splits].sort(() => rand() - 0.5).slice(0, sampleSize);
  sample.forEach((s, i) => console.log(`${String(i + 1).padStart(2)}. ${s}`));
}

main();
