/**
 * Throughput of the recognizer on one core over the news corpus in ../shared/data/news:
 * tokenize + sentences + tag + mentions, tokens per second (wall clock and per CPU second),
 * peak memory and model load time.
 *
 *   npm run bench:ner [-- --articles 5000]
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { mentionsFromTags } from '../src/recognize/mention-spans.js';
import { NerModel } from '../src/recognize/ner-model.js';
import { loadNerResources } from '../src/recognize/resources.js';
import { newsArticles } from '../src/recognize/training/news-corpus.js';
import { splitSentences } from '../src/text/sentence-split.js';
import { tokenizeAnalyzed } from '../src/text/tokenize-analyze.js';
import { SHARED_NEWS, sharedDataMissing } from './shared-data.js';

const args = process.argv.slice(2);
const articlesArg = args.indexOf('--articles');
const LIMIT = articlesArg >= 0 ? Number(args[articlesArg + 1]) : 5000;

/** The first `limit` articles, copied out of the decompressed corpus so it can be freed. */
function readArticles(limit: number): string[] {
  const articles: string[] = [];
  for (const a of newsArticles(gunzipSync(readFileSync(SHARED_NEWS)).toString('utf8'))) {
    articles.push(Buffer.from(a, 'utf8').toString('utf8'));
    if (articles.length >= limit) break;
  }
  return articles;
}

/**
 * 1. Load the model (timed) in a fresh process, before anything else.
 * 2. Read the corpus (not timed).
 * 3. Run every article through tokenize → sentences → tagDocument → mentions (timed), sampling
 *    the resident memory.
 */
function main(): void {
  if (sharedDataMissing('bench-ner', [SHARED_NEWS])) return;
  // 1. Load.
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const resources = loadNerResources();
  const model = new NerModel(resources);
  const loadMs = performance.now() - t0;
  const rssModel = process.memoryUsage().rss;
  // 2. Corpus.
  const articles = readArticles(LIMIT);
  const corpusBytes = articles.reduce((n, a) => n + 2 * a.length, 0);
  (globalThis as { gc?: () => void }).gc?.(); // with --expose-gc (npm run bench:ner), drop the decompressed corpus
  // 3. Timed run.
  let tokens = 0;
  let mentions = 0;
  let peak = process.memoryUsage().rss;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  articles.forEach((text, k) => {
    const toks = tokenizeAnalyzed(text, resources.stats.counts);
    const sentences = splitSentences(text, toks);
    const tagged = model.tagDocument(sentences.map((s) => toks.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)));
    const tags = new Int32Array(toks.length);
    const infos = new Array(toks.length);
    sentences.forEach((s, i) => {
      tags.set(tagged[i]!.tags, s.tokenStart);
      tagged[i]!.infos.forEach((info, j) => (infos[s.tokenStart + j] = info));
    });
    mentions += mentionsFromTags(text, toks, infos, tags).length;
    tokens += toks.length;
    if (k % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(
    [
      `model load: ${loadMs.toFixed(0)} ms (${resources.meta['rows'] ?? '?'} weight rows, ${resources.stats.counts.size} word counts, ${resources.gazetteer?.size ?? 0} gazetteer entries)`,
      `articles: ${articles.length}, tokens: ${tokens}, mentions: ${mentions}`,
      `time: ${seconds.toFixed(2)} s on one thread → ${Math.round(tokens / seconds).toLocaleString('en')} tokens/s (wall clock)`,
      `CPU: ${cpuSeconds.toFixed(2)} s (all threads of the process, GC included) → ${Math.round(tokens / cpuSeconds).toLocaleString('en')} tokens per CPU second; on a busy machine this is the fairer figure`,
      `memory (RSS): ${(rss0 / 1e6).toFixed(0)} MB at start, ${(rssModel / 1e6).toFixed(0)} MB with the model loaded, peak ${(peak / 1e6).toFixed(0)} MB while tagging (${(corpusBytes / 1e6).toFixed(0)} MB of article text held in memory)`,
    ].join('\n') + '\n',
  );
}

main();
