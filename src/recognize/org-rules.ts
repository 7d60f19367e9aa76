/**
 * A rule layer over the tagger for organization names opened by a head noun (تنظيم القاعدة،
 * جماعة أنصار بيت المقدس، لواء الشهيد أبو سليم، جهاز المخابرات العامة، وكالة الاستخبارات …).
 * The tagger often finds the name after the head but not the head itself, or tags the name as
 * a person or place; the rules make head + name one ORG. The head belongs to the name when
 * the name is descriptive (`تنظيم القاعدة`, `وكالة الاستخبارات المركزية`), not when what follows
 * is a name on its own (`حركة حماس`, `وكالة فرانس برس`: ANERcorp tags حماس and فرانس برس only).
 *
 * 1. An armed-group or security-body head in construct form (no article) right before a chunk
 *    of any type: head and chunk become one ORG when the chunk opens with a definite word
 *    (`تنظيم [القاعدة]` → `[تنظيم القاعدة]`), or, after an armed-group head, runs over two or
 *    more words (`جماعة [أنصار بيت المقدس]`).
 * 2. Such a head before definite words the tagger left untagged: the head and up to four
 *    following definite words become an ORG when one of them is known as an organization word
 *    (gazetteer or news profile), e.g. `جهاز المخابرات العامة`.
 * 3. An armed-group ORG followed by `في` and a place extends over the place
 *    (`تنظيم القاعدة في بلاد المغرب الإسلامي`), as such names are written.
 *
 * Ministries and councils (`وزارة الخارجية`, `مجلس الوزراء`) are left to the tagger: ANERcorp
 * leaves them untagged, and a rule for them cost 2 F1 points on ANERcorp-dev. Measured by
 * scripts/eval-ner.ts (`--no-rules` turns the layer off).
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import { ARMED_GROUP_HEADS, INSTITUTION_HEADS } from '../lang/ar/org-heads.js';
import { GAZETTEER_KINDS, type GazetteerMatch } from './gazetteer.js';
import { isInside, tagOf, tagType } from './tags.js';
import type { WordInfo } from './word-info.js';

/** Armed-group heads, without the generic ones that ANERcorp never includes (قوات، مجلس، حزب). */
const ARMED = new Set(
  ARMED_GROUP_HEADS.map((w) => normalizeArabic(w)).filter((w) => !['قوات', 'مجلس', 'حزب', 'تحالف', 'ائتلاف', 'شبكه', 'خليه', 'فصيل'].includes(w)),
);
/** Security bodies whose names are written head + definite words. */
const SECURITY = new Set(['جهاز', 'وكالة', 'مديرية', 'هيئة'].map((w) => normalizeArabic(w)).filter((w) => INSTITUTION_HEADS.map((h) => normalizeArabic(h)).includes(w)));
const HEADS = new Set([...ARMED, ...SECURITY]);
const ORG_KINDS = (1 << GAZETTEER_KINDS.indexOf('organization')) | (1 << GAZETTEER_KINDS.indexOf('wiki-organization'));
const FI = 'في';
const B_ORG = tagOf('ORG', false);
const I_ORG = tagOf('ORG', true);

/** The head word of `info` in construct form (no article), or '' when it is not a head. */
function headOf(info: WordInfo, heads: Set<string>): string {
  if (info.kind !== 'arabic' || info.key.startsWith('ال')) return '';
  return heads.has(info.key) ? info.key : '';
}

/** End (exclusive) of the chunk starting at `i`. */
function chunkEnd(tags: Int32Array, i: number): number {
  const type = tagType(tags[i]!);
  let j = i + 1;
  while (j < tags.length && isInside(tags[j]!) && tagType(tags[j]!) === type) j++;
  return j;
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
  for (let i = 0; i + 1 < n; i++) {
    if (tags[i] !== 0) continue;
    const info = infos[i]!;
    if (!headOf(info, HEADS)) continue;
    // 1. Head before a chunk.
    if (tags[i + 1] !== 0 && !isInside(tags[i + 1]!)) {
      const end = chunkEnd(tags, i + 1);
      if (infos[i + 1]!.key.startsWith('ال') || (ARMED.has(info.key) && end - i > 2)) {
        setOrg(tags, sources, i, end);
        extendOverPlace(infos, tags, end, ARMED.has(info.key));
      }
      continue;
    }
    // 2. Head before untagged definite words.
    {
      let j = i + 1;
      let evidence = false;
      while (j < n && j - i <= 4 && tags[j] === 0 && infos[j]!.kind === 'arabic' && infos[j]!.key.startsWith('ال') && !(infos[j]!.trig & 64)) {
        const w = infos[j]!;
        if ((gaz && (gaz.begin[j]! | gaz.inside[j]!) & ORG_KINDS) || ((w.profile >> 4) & 7) >= 2) evidence = true;
        j++;
      }
      if (evidence && j > i + 1) {
        setOrg(tags, sources, i, j);
        extendOverPlace(infos, tags, j, ARMED.has(info.key));
      }
    }
  }
}

/** 3. An armed group's name running on over `في` + place (+ the place's adjectives tagged with it). */
function extendOverPlace(infos: readonly WordInfo[], tags: Int32Array, end: number, armed: boolean): void {
  if (!armed || end + 1 >= tags.length || infos[end]!.norm !== FI) return;
  if (tagType(tags[end + 1]!) !== 'LOC' || isInside(tags[end + 1]!)) return;
  const placeEnd = chunkEnd(tags, end + 1);
  for (let k = end; k < placeEnd; k++) tags[k] = I_ORG;
}
