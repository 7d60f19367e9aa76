/**
 * Back-references inside one article: a definite head noun that names an organization already
 * named (`التنظيم` after `تنظيم القاعدة …`), and a branch phrase that names a branch through its
 * parent (`فرع شمال إفريقيا من التنظيم` → AQIM). Taken only where the evidence is clear: one
 * organization with that head in the window before, no adjective making the head generic.
 */

import { BACK_REFERENCE_BLOCKERS, BACK_REFERENCE_HEADS, BRANCH_HEADS } from '../lang/ar/org-subtype-cues.js';
import { normalizeArabic } from '../lang/ar/normalize.js';
import type { Token } from '../record/token.js';
import { stripProclitics } from '../text/clitics.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { nameKey } from './name-key.js';

/** How many characters before a back-reference its antecedent may stand. Seed: 600 covers one paragraph. */
export const BACK_REFERENCE_WINDOW = 600;

/** An organization mention that a back-reference may point to. */
export interface Antecedent {
  start: number;
  end: number;
  /** Group key of its entity. */
  group: string;
  /** Head-noun keys it can be referred to by (`تنظيم`, from the text or from its knowledge-base names). */
  heads: ReadonlySet<string>;
  kbId: string | null;
}

/** A back-reference or branch phrase found in the tokens. */
export interface BackReference {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  group: string;
  kbId: string | null;
  kind: 'back-reference' | 'branch';
}

const HEADS = new Map(Object.entries(BACK_REFERENCE_HEADS).map(([k, v]) => [normalizeArabic(k, { foldHamzaCarriers: true }), nameKey(v)]));
const BLOCKERS = new Set(BACK_REFERENCE_BLOCKERS.map(nameKey));
const BRANCH = new Set(BRANCH_HEADS.map(nameKey));
const OF = new Set(['من', 'في', 'ل'].map(nameKey));

/**
 * The head a token refers back with, or null; `skip` is the length of a glued conjunction or
 * preposition. `firstWords` are the first words of the organizations the article names with an
 * article (`المقاومة` of `المقاومة الشعبية`, `التحالف` of `التحالف العربي`): a definite token of
 * one of them refers back too.
 */
function backHead(t: Token, firstWords: ReadonlySet<string>): { head: string; skip: number } | null {
  const w = normalizeArabic(t.text, { foldHamzaCarriers: true }).replace(/[^\u0621-\u064A]/g, '');
  const forms: { f: string; skip: number }[] = [{ f: w, skip: 0 }];
  const conj = /^[وف]/.test(w) ? 1 : 0;
  const rest = w.slice(conj);
  if (conj) forms.push({ f: rest, skip: 1 });
  if (rest.startsWith('ب')) forms.push({ f: rest.slice(1), skip: conj + 1 });
  if (rest.startsWith('لل')) forms.push({ f: `ا${rest.slice(1)}`, skip: conj + 1 });
  for (const { f, skip } of forms) {
    const head = HEADS.get(f);
    if (head) return { head, skip };
    if (f.startsWith('ال') && firstWords.has(nameKey(f))) return { head: nameKey(f), skip };
  }
  return null;
}

/**
 * Finds back-references and branch phrases. Numbered steps:
 * 1. a token whose stem is a definite head (`التنظيم`), not inside a mention, not followed by a
 *    generic adjective; 2. its antecedent: the nearest mention with that head in the window
 *    before, taken when it is the only entity with that head there or stands in the same sentence;
 * 3. a branch phrase `فرع <region> من <back-reference or mention>` resolves to the actor among
 *    the antecedent, its children and its siblings whose regions include <region>.
 */
export function findBackReferences(
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  antecedents: readonly Antecedent[],
  kb: KnowledgeBase,
  firstWords: ReadonlySet<string> = new Set(),
): BackReference[] {
  const out: BackReference[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const t = tokens[i]!;
    // 1.
    const bh = backHead(t, firstWords);
    if (!bh) continue;
    const next = tokens[i + 1];
    if (next && BLOCKERS.has(nameKey(next.text))) continue;
    // 2.
    const before = antecedents.filter((a) => a.end <= t.start && t.start - a.end <= BACK_REFERENCE_WINDOW && a.heads.has(bh.head));
    const ante = before[before.length - 1];
    if (!ante) continue;
    const groups = new Set(before.map((a) => a.group));
    if (groups.size !== 1 && !sameSentence(tokens, ante.end, t.start)) continue;
    // 3. Branch phrase: فرع + 1..3 words + من + this token.
    const branch = branchBefore(tokens, i);
    if (branch) {
      const target = branchTarget(branch.region, ante.kbId, kb);
      if (target) {
        const bt = tokens[branch.at]!;
        const glued = /^[وف]/.test(bt.text) && BRANCH.has(nameKey(bt.text.slice(1))) ? 1 : 0;
        out.push({ start: bt.start + glued, end: t.end, tokenStart: branch.at, tokenEnd: i + 1, group: `kb:${target}`, kbId: target, kind: 'branch' });
        continue;
      }
    }
    out.push({ start: t.start + bh.skip, end: t.end, tokenStart: i, tokenEnd: i + 1, group: ante.group, kbId: ante.kbId, kind: 'back-reference' });
  }
  return out;
}

/** True when no sentence-ending punctuation stands between `from` and `to`. */
function sameSentence(tokens: readonly Token[], from: number, to: number): boolean {
  return !tokens.some((t) => t.start >= from && t.end <= to && /^[.!?؟]+$/.test(t.text));
}

/** `فرع <region> من` right before token `i`: the index of `فرع` and the region key. */
function branchBefore(tokens: readonly Token[], i: number): { at: number; region: string } | null {
  const of = tokens[i - 1];
  if (!of || !OF.has(nameKey(of.text))) return null;
  for (let at = i - 2; at >= Math.max(0, i - 5); at--) {
    const k = nameKey(tokens[at]!.text);
    if (BRANCH.has(k) || BRANCH.has(stripProclitics(k, { conjunctions: 'وف' }))) {
      const region = tokens.slice(at + 1, i - 1).map((x) => x.text).join(' ');
      return region ? { at, region: nameKey(region) } : null;
    }
  }
  return null;
}

/** The actor among the antecedent, its children, its parent's children and its parent whose regions include `region`. */
export function branchTarget(region: string, anteId: string | null, kb: KnowledgeBase): string | null {
  if (!anteId) return null;
  const ante = kb.get(anteId);
  const pool = new Set<string>([anteId, ...kb.childrenOf(anteId)]);
  if (ante?.parent) for (const id of [ante.parent, ...kb.childrenOf(ante.parent)]) pool.add(id);
  const found = [...pool].filter((id) => (kb.get(id)?.regions ?? []).some((r) => nameKey(r) === region));
  return found.length === 1 ? found[0]! : null;
}
