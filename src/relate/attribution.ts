/**
 * Attribution frames: a reporting, belief or denial verb (قالت مصادر إن، تعتقد الوكالة أن، نفى)
 * or phrase (بحسب، نقلا عن) with its source and the span of tokens it scopes over. Frames nest
 * when a source quotes another (the newspaper quotes an official), and a sentence that
 * continues a report (وأضاف، وتابع) takes the previous source.
 */

import type { AttributionKind, AttributionSource, Modality } from '../record/claim.js';
import type { ActorSpan } from './actor-spans.js';
import type { Group } from './actor-groups.js';
import { matchAttributionVerb, matchSequence, matchTriggers } from './lexicon.js';
import { bareKey, isClauseOpener, isComplementizer, type RoleFill, type SentenceContext } from './sentence-context.js';

/** One attribution frame of a sentence. */
export interface Frame {
  /** First token of the cue (verb or phrase). */
  cue: number;
  source: AttributionSource;
  /** The source's actors when it is one (for an elided source that continues a topic). */
  sourceActors: ActorSpan[];
  modality: Modality;
  negates: boolean;
  /** Tokens the frame attributes, `[scopeStart, scopeEnd)`. */
  scopeStart: number;
  scopeEnd: number;
  parent: Frame | null;
}

/** Kind of a source that is an actor (entity or description). */
export function actorKind(a: ActorSpan, viaOfficial: boolean): AttributionKind {
  if (viaOfficial) return 'official';
  if (a.type === 'PER') return 'named_person';
  if (a.subtype === 'media') return 'report';
  return 'named_org';
}

/** A source noun phrase (مصادر موثوقة، الصحيفة، مسؤول استخباراتي غربي) found at a token. */
interface SourcePhrase {
  kind: AttributionKind;
  first: number;
  last: number;
  actors: ActorSpan[];
}

/** Words that end a source phrase. */
function endsPhrase(ctx: SentenceContext, i: number): boolean {
  const v = ctx.view;
  return v.isComma(i) || v.isStop(i) || isComplementizer(ctx, i) || ['الي', 'في', 'عن', 'ان', 'ب', 'ل', 'من', 'علي', 'قوله', 'قولها'].includes(bareKey(ctx, i));
}

/**
 * The source phrase starting at token `i`: an actor group (its kind from the entity), or a head
 * noun of the source lexicon with its adjectives; a group right after the head (صحيفة الشرق)
 * gives the entity.
 */
function phraseAt(ctx: SentenceContext, i: number): SourcePhrase | null {
  const g = ctx.actors.groupStartingAt(i);
  if (g && (g.prep === '' || g.prep === 'ل')) {
    const slot = g.slots[0]!;
    const headKind = slot.viaMembers ? sourceHeadKind(ctx, slot.first) : null;
    return { kind: headKind === 'official' || headKind === 'anonymous' ? headKind : actorKind(slot.actor, false), first: g.first, last: g.last, actors: g.slots.map((s) => s.actor) };
  }
  const kind = sourceHeadKind(ctx, i);
  if (!kind) return null;
  let last = i + 1;
  let actors: ActorSpan[] = [];
  for (let n = 0; n < 6 && last < ctx.to; n++) {
    const gg = ctx.actors.groupStartingAt(last);
    if (gg) {
      if (gg.prep === '' && last === i + 1) actors = gg.slots.map((s) => s.actor);
      if (gg.prep === '') last = gg.last;
      break;
    }
    if (endsPhrase(ctx, last) || ctx.view.tokens[last]!.kind !== 'arabic') break;
    last++;
  }
  return { kind, first: i, last, actors };
}

function sourceHeadKind(ctx: SentenceContext, i: number): Exclude<AttributionKind, 'outlet' | 'named_person' | 'named_org'> | null {
  for (const r of ctx.view.readings(i)) {
    if (r.prep || r.suffix) continue;
    const k = ctx.lex.sourceHeads.get(r.core);
    if (k) return k;
  }
  return null;
}

function toSource(ctx: SentenceContext, p: SourcePhrase, cue: number, cueEnd: number): AttributionSource {
  const t = ctx.view.tokens;
  const start = t[p.first]!.start;
  const end = t[p.last - 1]!.end;
  return {
    kind: p.kind,
    entity: p.actors[0]?.id ?? null,
    text: ctx.text.slice(start, end),
    span: { start, end },
    cue: { start: t[cue]!.start, end: t[cueEnd - 1]!.end, text: ctx.text.slice(t[cue]!.start, t[cueEnd - 1]!.end) },
  };
}

/** The start of the complement after token `i` (after أن/إن, a colon, or أشار إلى), or -1. */
function complementAfter(ctx: SentenceContext, i: number, allowIla: boolean): number {
  const v = ctx.view;
  for (let j = i, n = 0; j < ctx.to && n < 16; j++, n++) {
    if (n > 0 && (matchAttributionVerb(ctx.lex, v.readings(j)) || isClauseOpener(ctx, j))) return -1;
    if (isComplementizer(ctx, j)) return /(ه|ها|هم)$/.test(v.keys[j]!) ? j : j + 1;
    if (v.tokens[j]!.text === ':') return j + 1;
    if (v.isStop(j)) return -1;
    if (allowIla && n <= 1 && bareKey(ctx, j) === 'الي') {
      const next = j + 1;
      if (next < ctx.to && isComplementizer(ctx, next)) return next + 1;
      return next;
    }
  }
  return -1;
}

/** A claim noun within four tokens after `i` (past في بيان، أمس), or -1. */
function nounAfter(ctx: SentenceContext, i: number): number {
  const v = ctx.view;
  for (let j = i, n = 0; j < ctx.to && n < 5; j++, n++) {
    if (v.isStop(j) || isComplementizer(ctx, j)) return -1;
    if (v.tokens[j]!.kind !== 'arabic') continue;
    if (matchTriggers(ctx.lex, v.keys[j]!, v.readings(j)).some((t) => t.word.pos === 'noun')) return j;
  }
  return -1;
}

/** The state the frame reader needs from the sentence walk. */
export interface FrameState {
  /** The frames of this sentence so far. */
  frames: Frame[];
  /** The current topic (an elided source mid-sentence is the actor the clause is about). */
  topic: RoleFill | null;
  /** The innermost source of the previous sentence's last frame, for وأضاف/وتابع. */
  carry: Frame | null;
}

/**
 * Reads a frame whose cue is at token `i`, or returns null.
 *
 * 1. A phrase (بحسب X، نقلا عن X): the source follows; it scopes over the whole sentence.
 * 2. A verb: its source after it (VSO), before it (SVO: تقارير … أكدت), or elided (the topic,
 *    or the previous sentence's source for وأضاف/وتابع and participles مشيرة).
 * 3. The complement (أن/إن, a colon, إلى for أشار); none means the verb is no attribution.
 * 4. نسب X إلى Y / نقل X عن Y: Y is quoted by X, a nested frame.
 * 5. Nesting: a verb with a conjunction or after حيث/كما starts a sibling, closing open frames;
 *    otherwise it nests in the innermost frame that scopes over it.
 */
export function readFrame(ctx: SentenceContext, i: number, state: FrameState): Frame[] {
  const v = ctx.view;
  // 1. Phrases.
  const phrase = matchSequence(ctx.lex.attributionPhrases, v.keys, i, ctx.to);
  if (phrase) {
    const j = i + phrase.words.length;
    // A glued ل after وفقا (وفقا لمصادر) belongs to the source's word.
    const p = j < ctx.to ? phraseAt(ctx, j) : null;
    if (!p) return [];
    const frame: Frame = {
      cue: i,
      source: toSource(ctx, p, i, j),
      sourceActors: p.actors,
      modality: 'asserted',
      negates: false,
      scopeStart: ctx.from,
      scopeEnd: ctx.to,
      parent: null,
    };
    return [frame];
  }
  const m = matchAttributionVerb(ctx.lex, v.readings(i));
  if (!m) return [];
  const isParticiple = /^م/.test(m.reading.core) && !m.reading.core.startsWith(m.verb.past);
  // 2. The source.
  let source: SourcePhrase | null = null;
  let after = i + 1;
  const n1 = v.next(i, ctx.to);
  if (n1 >= 0 && !isParticiple) {
    source = phraseAt(ctx, n1);
    if (!source) {
      const n2 = v.next(n1, ctx.to);
      if (n2 >= 0 && ['بعض', 'تلك', 'هذه', 'ذلك', 'هذا'].includes(bareKey(ctx, n1))) source = phraseAt(ctx, n2);
    }
    if (source) after = source.last;
  }
  if (!source && !isParticiple) source = phraseBefore(ctx, i);
  let elided: Frame | null = null;
  if (!source) {
    const sentenceStart = i === ctx.from || (i === ctx.from + 1 && v.isQuote(ctx.from));
    const last = state.frames[state.frames.length - 1];
    if (isParticiple && last) elided = last;
    else if (sentenceStart && state.carry && (m.verb.continues || m.reading.conj)) elided = state.carry;
    else if (!state.topic && state.carry && m.verb.continues) elided = state.carry;
  }
  // 3. The complement; or a verbal noun right after the source (أعلن الجيش مقتل ثلاثة جنود).
  let scopeStart = complementAfter(ctx, after, m.verb.past === 'أشار' || m.verb.past === 'لفت');
  if (scopeStart < 0 && source && !m.verb.negates) scopeStart = nounAfter(ctx, after);
  if (scopeStart < 0) return [];
  // 4. A quoted second source.
  let inner: SourcePhrase | null = null;
  if (source && (m.verb.past === 'نسب' || m.verb.past === 'نقل')) {
    const j = v.next(source.last - 1, ctx.to);
    if (j >= 0 && ['الي', 'عن'].includes(bareKey(ctx, j))) inner = phraseAt(ctx, j + 1);
  }
  // 5. Nesting.
  const sibling = !!m.reading.conj || isClauseOpener(ctx, v.prev(i, ctx.from)) || v.keys[v.prev(i, ctx.from)] === 'و' || i === ctx.from || isParticiple;
  const open = state.frames.filter((f) => f.scopeStart <= i && i < f.scopeEnd);
  let parent = open[open.length - 1] ?? null;
  if (sibling) {
    // Verb frames end here; a sentence-wide phrase (بحسب …) stays the parent.
    for (const f of open) if (f.scopeStart > ctx.from) f.scopeEnd = i;
    parent = open.find((f) => f.scopeStart === ctx.from) ?? null;
  }
  if (elided && !source) parent = elided === state.carry ? elided.parent : parent;
  const cueEnd = i + 1;
  const t = v.tokens;
  let src: AttributionSource;
  let actors: ActorSpan[] = [];
  if (source) {
    src = toSource(ctx, source, i, cueEnd);
    actors = source.actors;
  } else if (elided) {
    src = { kind: elided.source.kind, entity: elided.source.entity, text: elided.source.text, cue: { start: t[i]!.start, end: t[i]!.end, text: t[i]!.text } };
    actors = elided.sourceActors;
  } else if (state.topic && state.topic.actors.length) {
    const a = state.topic.actors[0]!;
    src = { kind: actorKind(a, false), entity: a.id, text: ctx.text.slice(state.topic.start, state.topic.end), cue: { start: t[i]!.start, end: t[i]!.end, text: t[i]!.text } };
    actors = state.topic.actors;
  } else return [];
  const frame: Frame = { cue: i, source: src, sourceActors: actors, modality: m.verb.modality, negates: !!m.verb.negates, scopeStart, scopeEnd: ctx.to, parent };
  if (!inner) return [frame];
  const quoted: Frame = { ...frame, source: toSource(ctx, inner, i, cueEnd), sourceActors: inner.actors, parent: frame };
  return [frame, quoted];
}

/** A source phrase that ends right before the verb at `i` (SVO: تقارير … جديدة، أكدت أن). */
function phraseBefore(ctx: SentenceContext, i: number): SourcePhrase | null {
  const v = ctx.view;
  let j = i - 1;
  while (j >= ctx.from && (v.isQuote(j) || v.isComma(j))) j--;
  if (j < ctx.from) return null;
  const slot = ctx.actors.slotAt(j);
  if (slot) {
    const g: Group = ctx.actors.groups[slot.group]!;
    if (g.last === j + 1 && g.prep === '') return phraseAt(ctx, g.first);
    return null;
  }
  for (let k = j, n = 0; k >= ctx.from && n < 7; k--, n++) {
    if (isComplementizer(ctx, k) || v.isStop(k)) return null;
    const kind = sourceHeadKind(ctx, k);
    if (kind) {
      const p = phraseAt(ctx, k);
      return p && p.last >= j ? { ...p, last: j + 1 } : null;
    }
  }
  return null;
}

/**
 * The attribution chain of token `i`, outermost first: the deepest frame that scopes over it
 * and its parents (which may come from an earlier sentence the report continues).
 */
export function chainAt(frames: readonly Frame[], i: number): Frame[] {
  let best: Frame | null = null;
  for (const f of frames) {
    if (f.scopeStart > i || i >= f.scopeEnd) continue;
    if (!best || depth(f) > depth(best) || (depth(f) === depth(best) && f.cue > best.cue)) best = f;
  }
  const chain: Frame[] = [];
  for (let f = best; f; f = f.parent) chain.unshift(f);
  return chain;
}

function depth(f: Frame): number {
  let d = 0;
  for (let p = f.parent; p; p = p.parent) d++;
  return d;
}
