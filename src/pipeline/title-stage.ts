/**
 * The title stage: the headline is what an analyst reads first (`تنسيق أمني بين القاهرة
 * والجزائر …`), but the body's stages never see it (`article.text` does not contain it). This
 * composite stage runs the same tokenize, recognize, resolve and relate stage objects on a small
 * record whose text is the title, then merges what they find into the document: title mentions
 * join the body's entities, title claims are added, each span marked `field: 'title'` (its
 * offsets index `article.title`). Body entity and claim ids never change.
 */

import type { AttributionSource, Claim, ClaimRole, DescribedActor } from '../record/claim.js';
import type { DocumentRecord, Layer } from '../record/document.js';
import type { Entity, EntityMention } from '../record/entity.js';
import { identityMap } from '../record/offset-map.js';
import type { TextSpan } from '../record/span.js';
import { fold } from '../lang/ar/verb-forms.js';
import { nameKey } from '../resolve/name-key.js';
import { createPipeline } from './pipeline.js';
import type { Reporter, Stage } from './stage.js';

/** The field a span indexes when it is not `article.text`. */
export type SpanField = 'title';

/** A mention of the title: its offsets index `article.title`. */
export type TitleMention = EntityMention & { field: SpanField };

/** A claim role, evidence or other span of the title. */
export type TitleSpan = TextSpan & { field: SpanField };

/** The field of a span of the record (`title`), or undefined for `article.text`. */
export function spanField(span: object): SpanField | undefined {
  return (span as { field?: unknown }).field === 'title' ? 'title' : undefined;
}

/**
 * Builds the title stage (name `title`) from the stages that made the body's layers, in their
 * order (tokenize, recognize, resolve and, for claims, relate). It requires every layer they
 * assign, so it runs after them, and assigns none of its own: it adds to `entities` and
 * `claims`.
 *
 * 1. The title record: the repaired title as its text, the article (for the publication date).
 * 2. The given stages run on it; their messages come back without offsets, prefixed.
 * 3. Entities: a title entity joins the body's entity with the same knowledge-base id, else the
 *    one of the same type sharing a name key; the others are added with the next ids.
 * 4. Claims: role, source and described-actor ids are mapped to the document's; ids continue
 *    the body's; every span is marked as the title's.
 *
 * @throws PipelineError when the stages are not in a working order (a configuration error).
 */
export function createTitleStage(stages: readonly Stage[]): Stage {
  const sub = createPipeline(stages, ['raw', 'article', 'text']);
  const requires = [...new Set(stages.flatMap((s) => s.assigns))] as Layer[];
  return Object.freeze({
    name: 'title',
    requires,
    assigns: [] as const,
    run(doc: DocumentRecord, report: Reporter): DocumentRecord {
      const title = doc.text?.title ?? doc.article?.title ?? null;
      if (!title || !title.trim() || !doc.entities) return doc;
      // 1–2.
      const small: DocumentRecord = { raw: doc.raw, article: doc.article, text: { text: title, map: identityMap(title.length), blocks: [], title: null }, messages: [] };
      const out = sub.run(small);
      for (const m of out.messages) {
        report({ severity: m.severity, rule: m.rule, message: `In the title: ${m.message}` });
      }
      // 3.
      const { entities, ids } = mergeEntities(doc.entities, out.entities ?? []);
      // 4.
      const claims = doc.claims && out.claims ? [...doc.claims, ...titleClaims(out.claims, ids, doc.claims)] : doc.claims;
      return { ...doc, entities, ...(claims ? { claims } : {}) };
    },
  });
}

/** Name keys of an entity: its name, aliases and mention texts. */
function keysOf(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(nameKey).filter(Boolean));
}

/** The body entity a title entity is: the same knowledge-base id, else the same type and a shared name key. */
function bodyEntity(t: Entity, body: readonly Entity[]): Entity | undefined {
  if (t.kbId) {
    const same = body.find((b) => b.kbId === t.kbId);
    if (same) return same;
  }
  const keys = keysOf(t);
  return body.find((b) => b.type === t.type && !(t.kbId && b.kbId && t.kbId !== b.kbId) && [...keysOf(b)].some((k) => keys.has(k)));
}

/**
 * Merges the title's entities into copies of the body's: matched ones gain the title mentions
 * (and surface forms as aliases), the others are appended as `e<N+1>` …. Returns the entities
 * and the map from title ids to document ids.
 */
function mergeEntities(body: readonly Entity[], title: readonly Entity[]): { entities: Entity[]; ids: Map<string, string> } {
  const entities = body.map((e) => ({ ...e, mentions: [...e.mentions], aliases: [...e.aliases] }));
  const ids = new Map<string, string>();
  let next = body.reduce((n, e) => Math.max(n, Number(e.id.slice(1)) || 0), 0);
  for (const t of title) {
    const mentions: TitleMention[] = t.mentions.map((m) => ({ ...m, field: 'title' }));
    const hit = bodyEntity(t, entities.slice(0, body.length));
    if (hit) {
      hit.mentions.push(...mentions);
      for (const m of mentions) if (m.text !== hit.name && !hit.aliases.includes(m.text)) hit.aliases.push(m.text);
      ids.set(t.id, hit.id);
      continue;
    }
    const id = `e${++next}`;
    ids.set(t.id, id);
    entities.push({ ...t, id, mentions });
  }
  return { entities, ids };
}

/**
 * The title's claims with document ids: entity roles mapped by `ids`, described actors to the
 * body's of the same name (or new `d` ids), ids after the body's last claim, spans marked.
 */
function titleClaims(claims: readonly Claim[], ids: ReadonlyMap<string, string>, body: readonly Claim[]): Claim[] {
  // Described actors of the body, by folded name.
  const described = new Map<string, string>();
  let nextD = 0;
  for (const c of body) {
    for (const r of [c.subject, c.object, c.location]) {
      if (!r?.described) continue;
      described.set(fold(r.described.name), r.described.id);
      nextD = Math.max(nextD, Number(r.described.id.slice(1)) || 0);
    }
  }
  const dIds = new Map<string, string>();
  const mapDescribed = (d: DescribedActor): DescribedActor => {
    let id = dIds.get(d.id) ?? described.get(fold(d.name));
    if (!id) id = `d${++nextD}`;
    dIds.set(d.id, id);
    return { ...d, id, resolved: d.resolved ? (ids.get(d.resolved) ?? d.resolved) : null };
  };
  const entityId = (id: string | null): string | null => (id === null ? null : (ids.get(id) ?? id));
  const role = (r: ClaimRole | null): ClaimRole | null => {
    if (!r) return null;
    const d = r.described ? mapDescribed(r.described) : undefined;
    const id = d && !d.resolved ? d.id : (entityId(r.id) ?? r.id);
    return { ...r, id, field: 'title', ...(d ? { described: d } : {}) } as ClaimRole;
  };
  const source = (s: AttributionSource): AttributionSource => ({ ...s, entity: entityId(s.entity) });
  let nextC = body.reduce((n, c) => Math.max(n, Number(c.id.slice(1)) || 0), 0);
  return claims.map((c) => ({
    ...c,
    id: `c${++nextC}`,
    subject: role(c.subject),
    object: role(c.object),
    location: role(c.location),
    attribution: { ...c.attribution, entity: entityId(c.attribution.entity), chain: c.attribution.chain.map(source) },
    evidence: { ...c.evidence, field: 'title' } as TitleSpan,
    trigger: { ...c.trigger, field: 'title' } as Claim['trigger'],
  }));
}
