/**
 * Scores entity resolution on test/fixtures/resolve/resolve-eval.json: the gold mentions are
 * given to the resolve stage as the recognizer would give them, and each mention's entity is
 * compared with its gold entity (knowledge-base id, `gov:XX`, `geo:<GeoNames id>` or NIL).
 * Back-references (type REF) are not given: they count as found when the resolver adds a
 * mention over them with the right entity. Needs nothing outside the project.
 *
 * Run: npm run eval:resolve   (--verbose lists the errors)
 */

import { readFileSync } from 'node:fs';
import type { EntityType, Mention } from '../src/record/mention.js';
import type { DocumentRecord } from '../src/record/document.js';
import { identityMap } from '../src/record/offset-map.js';
import { tokenStage } from '../src/text/token-stage.js';
import { createResolveStage } from '../src/resolve/resolve-stage.js';
import { nameKey } from '../src/resolve/name-key.js';

interface GoldMention { start: number; end: number; text: string; type: EntityType | 'REF'; gold: string }
interface GoldArticle { id: string; url: string; source: string; text: string; mentions: GoldMention[] }

const FIXTURE = new URL('../test/fixtures/resolve/resolve-eval.json', import.meta.url);
const verbose = process.argv.includes('--verbose');

function kind(gold: string): 'actor' | 'government' | 'place' | 'NIL' {
  if (gold === 'NIL') return 'NIL';
  if (gold.startsWith('gov:')) return 'government';
  if (gold.startsWith('geo:')) return 'place';
  return 'actor';
}

function main(): void {
  const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { articles: GoldArticle[] };
  const stage = createResolveStage();
  const tally = new Map<string, { ok: number; n: number }>();
  const add = (key: string, ok: boolean): void => {
    const t = tally.get(key) ?? { ok: 0, n: 0 };
    t.n++;
    if (ok) t.ok++;
    tally.set(key, t);
  };
  let nilPredicted = 0;
  let nilPredictedRight = 0;
  const errors: string[] = [];
  const started = performance.now();
  for (const art of data.articles) {
    // 1. The record: text, tokens, the gold mentions as recognizer mentions.
    let doc: DocumentRecord = {
      raw: { bytes: new Uint8Array(), url: art.url, path: null, contentType: null, fetchedAt: '2015-01-01T00:00:00Z' },
      text: { text: art.text, map: identityMap(art.text.length), blocks: [], title: null },
      messages: [],
    };
    doc = tokenStage.run(doc, () => undefined);
    const tokens = doc.tokens!.tokens;
    const mentions: Mention[] = art.mentions
      .filter((m) => m.type !== 'REF')
      .map((m) => {
        const tokenStart = tokens.findIndex((t) => t.end > m.start);
        const after = tokens.findIndex((t) => t.start >= m.end);
        return { start: m.start, end: m.end, text: m.text, type: m.type as EntityType, norm: nameKey(m.text), tokenStart, tokenEnd: after < 0 ? tokens.length : after, source: 'rule' };
      });
    // 2. Resolve.
    const out = stage.run({ ...doc, mentions }, () => undefined);
    // 3. Compare each gold mention with the entity of its span.
    for (const m of art.mentions) {
      const ent = out.entities!.find((e) =>
        e.mentions.some((x) => (m.type === 'REF' ? x.start < m.end && m.start < x.end && x.source !== 'recognizer' : x.start === m.start && x.end === m.end)),
      );
      const predicted = ent?.kbId ?? (m.type === 'REF' ? 'MISSING' : 'NIL');
      const ok = predicted === m.gold;
      add('overall', ok);
      add(`type ${m.type}`, ok);
      add(`gold ${kind(m.gold)}`, ok);
      if (predicted === 'NIL') {
        nilPredicted++;
        if (m.gold === 'NIL') nilPredictedRight++;
      }
      if (!ok) errors.push(`${art.id} ${m.type} «${m.text}» gold=${m.gold} got=${predicted}`);
    }
  }
  const ms = performance.now() - started;
  const pct = (t: { ok: number; n: number }): string => `${((100 * t.ok) / t.n).toFixed(1)}% (${t.ok}/${t.n})`;
  console.log(`resolve evaluation: ${data.articles.length} articles, ${tally.get('overall')!.n} mentions, ${ms.toFixed(0)} ms`);
  for (const [k, t] of [...tally.entries()].sort()) console.log(`  ${k.padEnd(16)} ${pct(t)}`);
  const nilGold = tally.get('gold NIL');
  console.log(`  NIL recall       ${nilGold ? pct(nilGold) : 'n/a'}  (gold NIL mentions left NIL)`);
  console.log(`  NIL precision    ${nilPredicted ? `${((100 * nilPredictedRight) / nilPredicted).toFixed(1)}% (${nilPredictedRight}/${nilPredicted})` : 'n/a'}  (NIL answers that are right)`);
  if (verbose) for (const e of errors) console.log(`  ERR ${e}`);
}

main();
