/**
 * The entities that the most articles share, over an evenly spaced sample of the news corpus in
 * ../shared/data/news, through the whole `marsad analyze` pipeline. A name that no analyst would
 * call an actor or a place near the top is a hub that ties unrelated articles together in the
 * graph: this is where «له» (الله geocoded as Leh), «فيسبوك جوجل بلس» (a share bar read as a
 * person) and «محمد بن سلمان بن عبدالعزيز ولي» were found.
 *
 *   npx tsx scripts/top-entities.ts [articles=1500] [rows=60]
 *
 * Prints the rows (articles, type/subtype, name, knowledge-base or GeoNames id), and how many of
 * the sampled articles hold a one-word person outside the knowledge base and a described actor
 * (the store keeps both inside their article). Reads ../shared (skips when absent).
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/pipeline/analyzer.js';
import { newsArticles } from '../src/recognize/training/news-corpus.js';
import { isDocumentLocal } from '../src/store/entity-key.js';
import { SHARED_NEWS, sharedDataMissing } from './shared-data.js';

const SAMPLE = Number(process.argv[2] ?? 1500);
const ROWS = Number(process.argv[3] ?? 60);

/**
 * 1. Read the corpus; take every k-th article so the sample spans all of it.
 * 2. Analyze each; count each (type, name, id) once per article.
 * 3. Print the most shared.
 */
function main(): void {
  if (sharedDataMissing('top-entities', [SHARED_NEWS])) return;
  // 1.
  const articles = [...newsArticles(gunzipSync(readFileSync(SHARED_NEWS)).toString('utf8'))].filter((a) => a.trim().length > 0);
  const step = Math.max(1, Math.floor(articles.length / SAMPLE));
  // 2.
  const shared = new Map<string, number>();
  let analyzed = 0;
  let oneWordPersons = 0;
  let described = 0;
  const t0 = performance.now();
  for (let i = 0; i < articles.length && analyzed < SAMPLE; i += step) {
    const out = analyze({ bytes: Buffer.from(articles[i]!, 'utf8'), url: null, path: null, contentType: 'text/plain; charset=utf-8', fetchedAt: '2026-01-01T00:00:00Z' });
    analyzed++;
    const seen = new Set<string>();
    for (const e of out.entities) {
      const id = e.kb ?? (e.geo?.geonamesId ? `geo:${e.geo.geonamesId}` : '');
      seen.add(`${e.type}/${e.subtype ?? '-'}\t${e.name}\t${id}`);
    }
    for (const k of seen) shared.set(k, (shared.get(k) ?? 0) + 1);
    const local = out.entities.filter(isDocumentLocal);
    if (local.some((e) => !(e as { described?: boolean }).described)) oneWordPersons++;
    if (local.some((e) => (e as { described?: boolean }).described)) described++;
  }
  // 3.
  const rows = [...shared].sort((a, b) => b[1] - a[1]).slice(0, ROWS);
  process.stdout.write(`${analyzed} articles (every ${step}th) in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`articles with a one-word person outside the knowledge base: ${oneWordPersons}; with a described actor: ${described}\n\n`);
  for (const [k, n] of rows) process.stdout.write(`${String(n).padStart(5)}  ${k}\n`);
}

main();
