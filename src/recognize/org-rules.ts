/**
 * A rule layer over the tagger for organization names opened by a head noun (تنظيم القاعدة،
 * جماعة أنصار بيت المقدس، لواء الشهيد أبو سليم، جهاز المخابرات العامة، وكالة الاستخبارات …).
 * The tagger often finds the name after the head but not the head itself, or tags the name as
 * a person or place; the rules make head + name one ORG. The head belongs to the name when
 * the name is descriptive (`تنظيم القاعدة`, `وكالة الاستخبارات المركزية`), not when what follows
 * is a name on its own (`حركة حماس`, `وكالة فرانس برس`: ANERcorp tags حماس and فرانس برس only).
 *
 * 1. A name in quotes after a head noun, or a quoted name that opens with one, is an ORG
 *    without the quotes (`حركة «أنصار الشريعة»`, `«لواء الشهيد أبو سليم»`).
 * 2. An armed-group or security-body head in construct form (no article) before a chunk of any
 *    type, directly or after one untagged word: head and chunk become one ORG when the chunk
 *    opens with a definite word (`تنظيم [القاعدة]`), or, after an armed-group head, when a word
 *    comes between or the chunk runs over two words (`جماعة أنصار [بيت المقدس]`,
 *    `لواء الشهيد [أبو سليم]`).
 * 3. Such a head before definite words the tagger left untagged: the head and up to four
 *    following definite words become an ORG when one of them is known as an organization word
 *    (gazetteer, news profile, or a security-body word such as المخابرات), e.g.
 *    `جهاز المخابرات العامة المصري`.
 * 4. An armed-group ORG followed by `في`, place nouns (بلاد) and a place, and the place's
 *    adjective, extends over them (`تنظيم القاعدة في بلاد المغرب الإسلامي`).
 *
 * Ministries and councils (`وزارة الخارجية`, `مجلس الوزراء`) are left to the tagger: ANERcorp
 * leaves them untagged, and a rule for them cost 2 F1 points on ANERcorp-dev. Measured by
 * scripts/eval-ner.ts (`--no-rules` turns the layer off).
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import { NAME_CLOSE_QUOTES, NAME_OPEN_QUOTES } from '../lang/ar/punctuation.js';
import { ARMED_GROUP_HEADS, INSTITUTION_HEADS, SECURITY_NAME_WORDS } from '../lang/ar/org-heads.js';
import { GAZETTEER_KINDS, type GazetteerMatch } from './gazetteer.js';
import { chunkEnd, isInside, spanIsFree, tagOf, tagType } from './tags.js';
import { TRIGGER, type WordInfo } from './word-info.js';

/** Armed-group heads, without the generic ones that ANERcorp never includes (قوات، مجلس، حزب). */
const ARMED = new Set(
  ARMED_GROUP_HEADS.map((w) => normalizeArabic(w)).filter((w) => !['قوات', 'مجلس', 'حزب', 'تحالف', 'ائتلاف', 'شبكه', 'خليه', 'فصيل'].includes(w)),
);
const INSTITUTIONS = new Set(INSTITUTION_HEADS.map((w) => normalizeArabic(w)));
/** Security bodies whose names are written head + definite words. */
const SECURITY = new Set(['جهاز', 'وكالة', 'مديرية', 'هيئة'].map((w) => normalizeArabic(w)).filter((w) => INSTITUTIONS.has(w)));
const HEADS = new Set([...ARMED, ...SECURITY]);
/** Heads after which a quoted name is an organization (`حركة « أنصار الشريعة »`, `وزارة « … »`). */
const QUOTE_HEADS = new Set([...HEADS, ...INSTITUTIONS]);
const SECURITY_WORDS = new Set(SECURITY_NAME_WORDS.map((w) => normalizeArabic(w)));
const ORG_KINDS = (1 << GAZETTEER_KINDS.indexOf('organization')) | (1 << GAZETTEER_KINDS.indexOf('wiki-organization'));
const FI = 'في';
const MAX_QUOTED = 6;
const B_ORG = tagOf('ORG', false);
const I_ORG = tagOf('ORG', true);

/** True when `info` is an armed-group or security head in construct form (no article). */
function isHead(info: WordInfo, heads: Set<string> = HEADS): boolean {
  return info.kind === 'arabic' && !info.key.startsWith('ال') && heads.has(info.key);
}

/** True when `info` is a definite Arabic content word (not a stop word). */
function isDefinite(info: WordInfo): boolean {
  return info.kind === 'arabic' && info.key.startsWith('ال') && !(info.trig & TRIGGER.stop);
}

function setOrg(tags: Int32Array, sources: Int32Array, from: number, to: number): void {
  for (let k = from; k < to; k++) tags[k] = k === from ? B_ORG : I_ORG;
  sources[from] = 1;
}

/**
 * Applies the rules to one sentence's tags in place; `sources[i]` becomes 1 where a rule made
 * the chunk starting at i. `gaz` is the sentence's gazetteer match (null without gazetteers).
 */
export function applyOrgRules(infos: readonly WordInfo[], tags: Int32Array, sources: Int32Array, gaz: GazetteerMatch | null): void {
  const n = infos.length;
  quotedNames(infos, tags, sources);
  for (let i = 0; i + 1 < n; i++) {
    const info = infos[i]!;
    if (tags[i] !== 0 || !isHead(info)) continue;
    const armed = ARMED.has(info.key);
    // 2. Head before a chunk, directly or over one untagged word.
    let c = i + 1;
    if (armed && tags[c] === 0 && c + 1 < n && infos[c]!.kind === 'arabic' && !(infos[c]!.trig & TRIGGER.stop) && tags[c + 1] !== 0) c++;
    if (tags[c] !== 0 && !isInside(tags[c]!)) {
      let end = chunkEnd(tags, c);
      // A person's name right after the definite words is not part of the organization
      // (`تيار [المستقبل سعد الحريري]PER` → `[تيار المستقبل]ORG [سعد الحريري]PER`).
      if (c === i + 1 && tagType(tags[c]!) === 'PER' && isDefinite(infos[c]!)) {
        let k = c;
        while (k < end && isDefinite(infos[k]!)) k++;
        if (k < end) tags[k] = tagOf('PER', false);
        end = k;
      }
      if (infos[i + 1]!.key.startsWith('ال') || (armed && (c > i + 1 || end - c >= 2))) {
        setOrg(tags, sources, i, end);
        extendOverPlace(infos, tags, end, armed);
        i = end - 1;
      }
      continue;
    }
    // 3. Head before untagged definite words with evidence of an organization.
    let j = i + 1;
    let evidence = false;
    while (j < n && j - i <= 4 && tags[j] === 0 && isDefinite(infos[j]!)) {
      const w = infos[j]!;
      if ((gaz && (gaz.begin[j]! | gaz.inside[j]!) & ORG_KINDS) || ((w.profile >> 4) & 7) >= 2 || SECURITY_WORDS.has(w.key)) evidence = true;
      j++;
    }
    if (evidence && j > i + 1) {
      setOrg(tags, sources, i, j);
      extendOverPlace(infos, tags, j, armed);
      i = j - 1;
    }
  }
}

/** 1. Quoted names after a head, or opening with one. */
function quotedNames(infos: readonly WordInfo[], tags: Int32Array, sources: Int32Array): void {
  const n = infos.length;
  for (let q = 0; q < n; q++) {
    if (!NAME_OPEN_QUOTES.has(infos[q]!.surface)) continue;
    let e = q + 1;
    while (e < n && e - q <= MAX_QUOTED + 1 && !NAME_CLOSE_QUOTES.has(infos[e]!.surface) && infos[e]!.kind !== 'punct') e++;
    if (e >= n || !NAME_CLOSE_QUOTES.has(infos[e]!.surface) || e === q + 1) continue;
    const after = q > 0 && isHead(infos[q - 1]!, QUOTE_HEADS) && tags[q - 1] === 0;
    const opens = isHead(infos[q + 1]!);
    if ((after || opens) && spanIsFree(tags, q + 1, e)) setOrg(tags, sources, q + 1, e);
    q = e;
  }
}

/** 4. An armed group's name running on over `في`, place nouns, a place and its adjective. */
function extendOverPlace(infos: readonly WordInfo[], tags: Int32Array, end: number, armed: boolean): void {
  if (!armed || end + 1 >= tags.length || infos[end]!.norm !== FI) return;
  let k = end + 1;
  while (k < tags.length && k - end <= 2 && tags[k] === 0 && infos[k]!.trig & TRIGGER.placeNoun) k++;
  if (tagType(tags[k] ?? 0) !== 'LOC' || isInside(tags[k]!)) return;
  let last = chunkEnd(tags, k);
  if (last < tags.length && tags[last] === 0 && isDefinite(infos[last]!) && /يه?$/.test(infos[last]!.key)) last++;
  for (let x = end; x < last; x++) tags[x] = I_ORG;
}
