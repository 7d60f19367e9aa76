/**
 * Matches a name to knowledge-base actors across spellings: exact normalized key, the key
 * without an organization head or a trailing adjective (`جماعة أنصار بيت المقدس الإرهابية`),
 * skeleton key (long vowels, doubled letters), transliteration key (`Droukdel`), a bounded
 * edit distance on skeletons (`درودكال` / `دروكدال`), and a word prefix of a long name.
 */

import { ORG_HEADS } from '../lang/ar/org-heads.js';
import { compactTranslitKey } from '../lang/ar/transliteration.js';
import type { EntityType } from '../record/mention.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { editDistance, nameKey, skeletonKey } from './name-key.js';

/**
 * Largest edit distance between skeleton keys, per letter of the longer key, that still counts
 * as the same name (so one edit from ten letters on). Measured with `npm run eval:resolve`
 * (test/fixtures/resolve, 614 mentions): overall 92.0% at 0 and 0.1, 91.9% at 0.15, 91.4% at
 * 0.2, 90.9% at 0.25 (remeasured after the country-role and short-form rules; before them 87.5%,
 * 87.5%, 87.3%, 86.8%, 86.3%) — larger values merge different names (السنوسي → الثني, الكرواتية →
 * الكويتية) faster than they find new spellings. Rerun the evaluation after changing it.
 */
export const FUZZY_MAX_DISTANCE = 0.1;

/** Shortest skeleton (letters, spaces excluded) that fuzzy matching considers; shorter names match exactly or not at all. */
export const FUZZY_MIN_LETTERS = 5;

/** Confidence of each way of matching, in the order they are tried. */
export const MATCH_CONFIDENCE = { exact: 0.95, trimmed: 0.9, skeleton: 0.8, translit: 0.75, fuzzy: 0.65, prefix: 0.7 } as const;

/** How a name matched. */
export type MatchKind = keyof typeof MATCH_CONFIDENCE;

/** A knowledge-base actor matched to a name. */
export interface ActorMatch {
  id: string;
  kind: MatchKind;
  confidence: number;
}

/** Words that may trail a group's name without being part of it (`الإرهابية`, `المصرية`). */
const TRAILING_ADJECTIVE = /^(?:ارهابي|مسلح|متطرف|جهادي|سلفي|اسلامي|مصري|ليبي|جزائري|سوري|عراقي|يمني|تونسي|مغربي|مالي|لبناني|فلسطيني|سعودي|امريكي|اميركي|فرنسي|بريطاني|روسي|تركي|ايراني|افغاني|باكستاني|نيجيري|صومالي|سوداني|اردني|خليجي|دولي|متشدد)(?:ه|ين|ون)?$/;

const HEAD_KEYS = new Set(ORG_HEADS.map((h) => nameKey(h)));

/** Variants of a name key with an organization head or trailing adjectives removed. */
export function trimmedKeys(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  let w = words;
  while (w.length > 1 && TRAILING_ADJECTIVE.test(w[w.length - 1]!)) {
    w = w.slice(0, -1);
    out.push(w.join(' '));
  }
  for (const base of [words, w]) {
    if (base.length > 1 && HEAD_KEYS.has(base[0]!)) out.push(base.slice(1).join(' '));
  }
  // A longer chain of descent than the knowledge base lists (`محمد بن سلمان بن عبدالعزيز آل
  // سعود` for `محمد بن سلمان`): cut before each later `بن` or `آل`, longest first, keeping
  // a name and its father at least.
  if (isDescentChain(words)) {
    for (let k = words.length - 1; k >= 3; k--) if (words[k] === 'بن' || words[k] === 'ال') out.push(words.slice(0, k).join(' '));
  }
  return [...new Set(out)].filter((k) => k && k !== key);
}

/**
 * True for `X بن Y [بن Z …] [ال W]` and nothing more: a name, then pairs of `بن` and a name,
 * then at most a family name after `آل` (normalized `ال`) as the last two words. Trailing words
 * of anything else (`… آل سعود برقية`) are no chain.
 */
function isDescentChain(words: readonly string[]): boolean {
  if (words.length < 4 || words.length % 2 !== 1) return false;
  for (let k = 1; k < words.length; k += 2) {
    const last = k === words.length - 2;
    if (words[k] !== 'بن' && !(last && words[k] === 'ال')) return false;
  }
  return true;
}

/**
 * All actors a name may be, best first. Numbered steps:
 * 1. exact normalized key; 2. trimmed keys; 3. skeleton key; 4. transliteration key;
 * 5. fuzzy skeleton; 6. word prefix (three words or more) of exactly one longer name.
 */
export function matchActors(name: string, kb: KnowledgeBase, type: EntityType | null = null): ActorMatch[] {
  const key = nameKey(name);
  if (!key) return [];
  const rank = (ids: string[], kind: MatchKind): ActorMatch[] =>
    ids
      .map((id) => ({ id, kind, confidence: MATCH_CONFIDENCE[kind] - (type && kb.get(id)?.type !== type ? 0.2 : 0) }))
      .sort((a, b) => b.confidence - a.confidence);
  // 1. Exact.
  const exact = kb.exact(key);
  if (exact.length) return rank(exact, 'exact');
  // 2. Without a head noun or trailing adjectives.
  for (const k of trimmedKeys(key)) {
    const ids = kb.exact(k);
    if (ids.length) return rank(ids, 'trimmed');
  }
  // 3. Skeleton.
  const skel = skeletonKey(name);
  const bySkel = kb.skeleton(skel);
  if (bySkel.length) return rank(bySkel, 'skeleton');
  // 4. Transliteration (Latin names, and Arabic names known only in English).
  const tkey = compactTranslitKey(name);
  if (tkey.length >= 4) {
    const ids = kb.translit(tkey);
    if (ids.length) return rank(ids, 'translit');
  }
  // 5. Fuzzy skeleton: same number of words, bounded edit distance.
  const letters = skel.replace(/ /g, '').length;
  if (letters >= FUZZY_MIN_LETTERS) {
    const words = skel.split(' ').length;
    let best: { ids: Set<string>; d: number } | null = null;
    for (const [k, ids] of kb.skeletonEntries()) {
      if (k.split(' ').length !== words || Math.abs(k.length - skel.length) > 2) continue;
      const max = Math.floor(FUZZY_MAX_DISTANCE * Math.max(k.length, skel.length));
      const d = editDistance(k, skel, max);
      if (d <= max && (!best || d < best.d)) best = { ids, d };
    }
    if (best) return rank([...best.ids], 'fuzzy');
  }
  // 6. A prefix of three words or more of exactly one longer name.
  const words = key.split(' ');
  if (words.length >= 3) {
    const found = new Set<string>();
    for (const e of kb.scanEntries) {
      if (e.words.length > words.length && words.every((w, i) => e.words[i] === w)) found.add(e.actor);
    }
    if (found.size === 1) return rank([...found], 'prefix');
  }
  return [];
}
