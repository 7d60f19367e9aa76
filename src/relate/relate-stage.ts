/** The relate stage: sentences and entities → claims (type, roles, attribution, modality, time, quantities). */

import type { Stage, Reporter } from '../pipeline/stage.js';
import type { Attribution, Claim, ClaimRole, ClaimTime, Quantity } from '../record/claim.js';
import type { DocumentRecord } from '../record/document.js';
import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import { EVENT_NOUNS } from '../lang/ar/time-words.js';
import { SentenceActors } from './actor-groups.js';
import { coveredTokens, entityActorSpans, mergeActorSpans, type ActorSpan } from './actor-spans.js';
import { claimConfidence } from './confidence.js';
import { describedActorSpans, findDescriptions, type DescriptionMatch } from './described-actors.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { findQuantities, type QuantityMatch } from './quantities.js';
import type { RoleFill, SentenceContext } from './sentence-context.js';
import { sentenceClaims, type DraftClaim, type WalkState } from './sentence-claims.js';
import { findTimes, type TimeMatch } from './time-expressions.js';
import { checkTime, parseDay, resolveTime } from './time-resolve.js';
import { TokenView } from './token-view.js';
import { fold } from './word-forms.js';

/** Options settled when the stage is built. */
export interface RelateStageOptions {
  /** Compiled lexicons; default: `buildLexicon()` once per stage. */
  lexicon?: Lexicon;
  /** Keep claims whose confidence is at least this. Default 0 (keep all). */
  minConfidence?: number;
}

const EVENTS = new Set(EVENT_NOUNS.map(fold));
/** The entity confidence a described actor counts as (a confidence feature; its scale is the resolver's). */
const DESCRIBED_CONFIDENCE = 0.6;
/** Tokens a time expression may lie before its trigger. */
const TIME_BEFORE = 6;
/** Tokens a time expression may lie after its trigger. */
const TIME_AFTER = 16;

/**
 * Builds the relate stage (name `relate`, requires `tokens` and `entities`, assigns `claims`).
 *
 * 1. Actor spans: the entities' mentions, and described actors (مسلحون مجهولون، 100 جزائري)
 *    where no entity is named.
 * 2. Per sentence with an actor: the claims of the walk (sentence-claims.ts).
 * 3. Times: every time expression is resolved against the publication date and checked (a
 *    `time-contradiction` warning); each claim takes the nearest one in its clause.
 * 4. Quantities: casualties go to the attack before them, a number inside a described actor
 *    goes to its claims.
 * 5. Duplicates (same type and roles in a sentence) are merged; ids, evidence spans and
 *    confidence are set.
 */
export function createRelateStage(options: RelateStageOptions = {}): Stage {
  const lex = options.lexicon ?? buildLexicon();
  const minConfidence = options.minConfidence ?? 0;
  return Object.freeze({
    name: 'relate',
    requires: ['tokens', 'entities'] as const,
    assigns: ['claims'] as const,
    run(doc: DocumentRecord, report: Reporter): DocumentRecord {
      const claims = extractClaims(doc, lex, report).filter((c) => c.confidence >= minConfidence);
      return { ...doc, claims };
    },
  });
}

/** Runs the stage's steps on a record (see `createRelateStage`); exported for tests and scripts. */
export function extractClaims(doc: DocumentRecord, lex: Lexicon, report: Reporter = () => {}): Claim[] {
  const text = doc.text?.text ?? '';
  const layer = doc.tokens;
  if (!layer) return [];
  const view = new TokenView(layer.tokens);
  const published = parseDay(doc.article?.published ?? null);
  // 1. Actor spans.
  const entitySpans = entityActorSpans(doc.entities ?? [], view);
  const taken = coveredTokens(entitySpans);
  const matches: DescriptionMatch[] = [];
  // Persons, for the forces named after them (قوات الأسد): their mentions and last names.
  const persons = new Map(entitySpans.filter((e) => e.type === 'PER').map((e) => [e.tokenStart, e.tokenEnd]));
  const surnames = new Set(entitySpans.filter((e) => e.type === 'PER' && /\s/.test(e.text.trim())).map((e) => fold(e.text.trim().split(/\s+/).pop()!)));
  for (const s of layer.sentences) matches.push(...findDescriptions(view, text, s.tokenStart, s.tokenEnd, taken, persons, surnames));
  const entityConfidence = new Map((doc.entities ?? []).map((e) => [e.id, e.confidence]));
  const spans = mergeActorSpans(entitySpans, describedActorSpans(matches, text, doc.entities ?? []));
  // Years the text names, for the time checks.
  const sentenceTimes = layer.sentences.map((s) => findTimes(view, text, s.tokenStart, s.tokenEnd));
  const textYears = sentenceTimes.flat().flatMap((t) => (t.spec.kind === 'year' ? [t.spec.year] : t.spec.kind === 'date' && t.spec.year !== null ? [t.spec.year] : []));
  const walk: WalkState = { topic: null, carry: null, lastPlace: null };
  const out: Claim[] = [];
  let cursor = 0;
  layer.sentences.forEach((s, index) => {
    // 3. Times of the sentence, resolved and checked even when it has no claim.
    const times = sentenceTimes[index]!.map((m) => ({ m, t: resolveTime(m, published) }));
    for (const { m, t } of times) {
      for (const p of checkTime(view, m, t, published, { from: s.tokenStart, to: s.tokenEnd }, textYears)) {
        report({ severity: 'warning', rule: 'time-contradiction', message: p.message, start: p.start, end: p.end });
      }
    }
    while (cursor < spans.length && spans[cursor]!.tokenStart < s.tokenStart) cursor++;
    const local: ActorSpan[] = [];
    for (let k = cursor; k < spans.length && spans[k]!.tokenStart < s.tokenEnd; k++) local.push(spans[k]!);
    if (local.length === 0) return;
    // 2. Claims.
    const ctx: SentenceContext = { view, lex, text, index, from: s.tokenStart, to: s.tokenEnd, actors: new SentenceActors(view, local, s.tokenStart, s.tokenEnd) };
    // A claim needs its actor: subjectless halves only served the merge.
    const drafts = dedupe(mergeAttacks(sentenceClaims(ctx, walk))).filter((d) => d.subject !== null);
    if (drafts.length === 0) return;
    // 4. Quantities.
    const quantities = findQuantities(view, lex, text, s.tokenStart, s.tokenEnd);
    for (const d of drafts) out.push(toClaim(ctx, d, times, drafts, quantities, entityConfidence));
  });
  // 5. An attack with no target by an actor the document shows attacking someone adds nothing.
  const kept = out.filter((c) => c.type !== 'ATTACK' || c.object || !out.some((o) => o.type === 'ATTACK' && o.object && o.subject?.id === c.subject?.id));
  kept.forEach((c, i) => (c.id = `c${i + 1}`));
  return kept;
}

/**
 * Joins the halves of one attack told by two words of a sentence: a subject without a target
 * (غارات شنها التحالف) and a target without a subject (قتل عناصر التنظيم …).
 */
function mergeAttacks(drafts: DraftClaim[]): DraftClaim[] {
  const headless = drafts.filter((d) => d.type === 'ATTACK' && !d.subject && d.object);
  if (headless.length === 0) return drafts;
  const out: DraftClaim[] = [];
  const used = new Set<DraftClaim>();
  // Each target goes to the subjects of one trigger (قصفت جماعة الحوثي والقوات الموالية … مقتل 43).
  const byTrigger = new Map<number, DraftClaim>();
  for (const d of drafts) {
    if (d.type === 'ATTACK' && d.subject && !d.object) {
      const other = byTrigger.get(d.occ.token) ?? headless.find((h) => !used.has(h) && h.object!.actor.id !== d.subject!.actor.id);
      if (other && other.object!.actor.id !== d.subject.actor.id) {
        used.add(other);
        byTrigger.set(d.occ.token, other);
        out.push({ ...d, object: other.object, location: d.location ?? other.location });
        continue;
      }
    }
    out.push(d);
  }
  return out.filter((d) => !used.has(d));
}

/** Merges drafts of one sentence with the same type and roles (two triggers of one claim). */
function dedupe(drafts: DraftClaim[]): DraftClaim[] {
  const best = new Map<string, DraftClaim>();
  for (const d of drafts) {
    const sym = CLAIM_TRIGGERS[d.type].symmetric;
    const ids = [d.subject?.actor.id ?? '-', d.object?.actor.id ?? '-'];
    if (sym) ids.sort();
    const key = `${d.type}|${ids.join('|')}`;
    const prev = best.get(key);
    if (!prev || d.occ.word.strength > prev.occ.word.strength) best.set(key, prev ? { ...d, location: d.location ?? prev.location } : d);
  }
  return [...best.values()].sort((a, b) => a.occ.token - b.occ.token);
}

function role(ctx: SentenceContext, r: { actor: ActorSpan; fill: RoleFill } | null): ClaimRole | null {
  if (!r) return null;
  const explicit = r.fill.via === 'explicit';
  const start = explicit ? r.actor.start : r.fill.start;
  const end = explicit ? r.actor.end : r.fill.end;
  return { id: r.actor.id, start, end, text: ctx.text.slice(start, end), via: r.fill.via, ...(r.actor.described ? { described: r.actor.described } : {}) };
}

/**
 * The time of a claim: the nearest expression after its trigger (before the next trigger or an
 * event noun that owns it: سقوط النظام بنهاية العام), else one shortly before it.
 */
function pickTime(ctx: SentenceContext, d: DraftClaim, times: readonly { m: TimeMatch; t: ClaimTime }[], drafts: readonly DraftClaim[]): ClaimTime | null {
  const tok = d.occ.token;
  const triggers = new Set(drafts.map((x) => x.occ.token));
  let best: ClaimTime | null = null;
  let bestDist = Infinity;
  for (const { m, t } of times) {
    const after = m.tokenStart > tok;
    const dist = after ? m.tokenStart - tok : tok - m.tokenEnd;
    if (dist > (after ? TIME_AFTER : TIME_BEFORE) || dist < 0) continue;
    const [a, b] = after ? [tok + 1, m.tokenStart] : [m.tokenEnd, tok];
    let blocked = false;
    for (let k = a; k < b && !blocked; k++) {
      blocked = (triggers.has(k) && k !== tok) || EVENTS.has(ctx.view.keys[k]!) || ctx.view.isStop(k);
    }
    // A time right after an event noun is that event's (سقوط النظام … بنهاية العام الماضي).
    if (!after) for (let k = Math.max(ctx.from, m.tokenStart - 8); k < m.tokenStart && !blocked; k++) blocked = EVENTS.has(ctx.view.keys[k]!) && !triggers.has(k);
    if (blocked) continue;
    const score = after ? dist : dist + 4;
    if (score < bestDist) {
      best = t;
      bestDist = score;
    }
  }
  return best;
}

/** The quantities of a claim: casualties after its attack, numbers of its described actors. */
function pickQuantities(d: DraftClaim, all: readonly DraftClaim[], qs: readonly QuantityMatch[]): Quantity[] {
  const out: Quantity[] = [];
  const tok = d.occ.token;
  for (const q of qs) {
    const { tokenStart, tokenEnd, ...quantity } = q;
    const inRole = [d.subject, d.object].some((r) => r && r.fill.via === 'explicit' && r.actor.quantity && q.start <= r.actor.end && r.actor.start <= q.end);
    if (inRole) {
      out.push({ ...quantity, unit: quantity.unit === 'other' ? 'people' : quantity.unit });
      continue;
    }
    if (q.unit === 'killed' || q.unit === 'wounded' || q.unit === 'arrested') {
      const kinds = q.unit === 'arrested' ? ['COERCE'] : ['ATTACK'];
      const owner = all.filter((x) => kinds.includes(x.type) && x.occ.token < tokenStart).pop() ?? all.find((x) => kinds.includes(x.type) && x.occ.token > tokenEnd);
      if (owner && owner.occ.token === tok) out.push(quantity);
    }
  }
  return out;
}

function toClaim(ctx: SentenceContext, d: DraftClaim, times: readonly { m: TimeMatch; t: ClaimTime }[], drafts: readonly DraftClaim[], qs: readonly QuantityMatch[], entityConfidence: ReadonlyMap<string, number>): Claim {
  const t = ctx.view.tokens;
  const trig = t[d.occ.token]!;
  const trigEnd = t[d.occ.lastToken]!;
  const subject = role(ctx, d.subject);
  const object = role(ctx, d.object);
  const location = role(ctx, d.location);
  const spans = [{ start: trig.start, end: trigEnd.end }, ...[subject, object, location].filter((r): r is ClaimRole => r !== null)];
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const inner = d.chain[d.chain.length - 1];
  const attribution: Attribution = inner
    ? { kind: inner.source.kind, entity: inner.source.entity, text: inner.source.text, chain: d.chain.map((f) => f.source) }
    : { kind: 'outlet', entity: null, text: null, chain: [] };
  const explicitTokens = [d.subject, d.object, d.location].filter((r) => r && r.fill.via === 'explicit').map((r) => r!.fill.token);
  const distance = explicitTokens.length ? Math.max(...explicitTokens.map((k) => Math.abs(k - d.occ.token))) : 0;
  const inferredRole = [d.subject, d.object].some((r) => r && r.fill.via !== 'explicit');
  const roleConfidence = [d.subject, d.object].filter((r) => r !== null).map((r) => (r!.actor.described && !r!.actor.described.resolved ? DESCRIBED_CONFIDENCE : (entityConfidence.get(r!.actor.id) ?? 1)));
  const signals = { triggerStrength: d.occ.word.strength, distance, inferredRole, nominal: d.occ.nominal, entityConfidence: Math.min(1, ...roleConfidence) };
  const confidence = claimConfidence({
    ...signals,
    modality: d.modality,
    attribution: attribution.kind,
    described: !!(d.subject?.actor.described || d.object?.actor.described),
    noObject: !d.object,
  });
  return {
    id: '',
    type: d.type,
    subject,
    object,
    location,
    modality: d.modality,
    polarity: d.polarity,
    attribution,
    time: pickTime(ctx, d, times, drafts),
    quantities: pickQuantities(d, drafts, qs),
    trigger: { start: trig.start, end: trigEnd.end, text: ctx.text.slice(trig.start, trigEnd.end), lemma: d.occ.word.lemma },
    evidence: { start, end, text: ctx.text.slice(start, end) },
    sentence: d.sentence,
    confidence,
    signals,
  };
}
