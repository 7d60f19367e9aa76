/**
 * Actor spans: the relate stage's own small view of who is named where. It is derived from the
 * resolve stage's entities (one span per entity mention) and from described actors, so the
 * stage depends on `Entity` only here.
 */

import type { DescribedActor, Quantity } from '../record/claim.js';
import type { ActorSubtype, Entity } from '../record/entity.js';
import type { EntityType } from '../record/mention.js';
import type { TokenView } from './token-view.js';

/** One place in the text where an actor, a place or a person is named. */
export interface ActorSpan {
  /** Entity id (`e3`) or described actor id (`d1`). */
  id: string;
  type: EntityType;
  subtype: ActorSubtype | null;
  /** Canonical name (entity) or the description as written. */
  name: string;
  /** The span's text. */
  text: string;
  start: number;
  end: number;
  /** Tokens covered, `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  /** Set for described actors. */
  described?: DescribedActor;
  /** A number that is part of the description (100 جزائري). */
  quantity?: Quantity;
  /** A description that takes in a named entity and stands instead of it (قوات الأسد over الأسد). */
  overEntity?: boolean;
}

/**
 * One span per entity mention, mapped onto tokens, sorted by start; a mention nested in a longer
 * one is dropped (the longer one names the actor).
 */
export function entityActorSpans(entities: readonly Entity[], view: TokenView): ActorSpan[] {
  const spans: ActorSpan[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.end <= m.start) continue;
      const tokenStart = view.tokenAt(m.start);
      const tokenEnd = view.tokenAt(m.end - 1) + 1;
      if (tokenStart >= view.length || tokenEnd <= tokenStart) continue;
      spans.push({ id: e.id, type: e.type, subtype: e.subtype, name: e.name, text: m.text, start: m.start, end: m.end, tokenStart, tokenEnd });
    }
  }
  return dropNested(spans);
}

/** Sorts spans and drops those inside (or overlapping the start of) an earlier, longer one. */
export function dropNested(spans: ActorSpan[]): ActorSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ActorSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** Adds described actors where no entity is named, keeping the order by start. */
export function mergeActorSpans(entities: readonly ActorSpan[], described: readonly ActorSpan[]): ActorSpan[] {
  // Descriptions that stand instead of the entities inside them (قوات الأسد) go first.
  const over = described.filter((d) => d.overEntity);
  if (over.length) {
    const inside = (e: ActorSpan): boolean => over.some((d) => d.start <= e.start && e.end <= d.end);
    const plain = described.map(({ overEntity: _over, ...d }) => d);
    return mergeActorSpans(entities.filter((e) => !inside(e)), plain);
  }
  const out = [...entities];
  // Both lists are sorted by start: one sweep finds the overlaps.
  let j = 0;
  for (const d of described) {
    while (j < entities.length && entities[j]!.end <= d.start) j++;
    const e = entities[j];
    if (e && e.start < d.end) continue;
    out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Token indexes covered by `spans`. */
export function coveredTokens(spans: readonly ActorSpan[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (let i = s.tokenStart; i < s.tokenEnd; i++) out.add(i);
  return out;
}
