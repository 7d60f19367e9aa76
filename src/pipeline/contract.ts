/** The analysis contract of `marsad analyze --format json` (DESIGN.md), built from a record. */

import type { DocumentRecord } from '../record/document.js';
import type { Message } from '../record/message.js';
import { toContractClaims, toContractDescribedEntities } from '../relate/contract-claims.js';
import { toContractEntities } from '../resolve/contract-entities.js';

/** The article part of the contract; offsets elsewhere index `text`. */
export interface ContractArticle {
  url: string | null;
  title: string | null;
  published: string | null;
  site: string | null;
  byline: string | null;
  credits: string[];
  language: string | null;
  text: string;
  // Added fields (the contract only grows):
  updated: string | null;
  canonicalUrl: string | null;
  direction: 'rtl' | 'ltr' | null;
  charset: string | null;
  paragraphs: { start: number; end: number; kind: string }[];
}

/** A mention as the contract prints it. */
export interface ContractMention {
  start: number;
  end: number;
  text: string;
  /** Added: `title` when the offsets index `article.title` (a mention in the headline); absent for `article.text`. */
  field?: 'title';
}

/** An entity as the contract prints it. */
export interface ContractEntity {
  id: string;
  type: string;
  subtype: string | null;
  name: string;
  aliases: string[];
  mentions: ContractMention[];
  geo: { lat: number; lon: number; geonamesId: number | null } | null;
  wikidata: string | null;
  /** Added: the id in Marsad's actor knowledge base (resources/actors), null when the entity is not in it. */
  kb?: string | null;
}

/** A claim as the contract prints it (filled in by the relate stage). */
export interface ContractClaim {
  id: string;
  type: string;
  subject: string | null;
  object: string | null;
  location: string | null;
  modality: string;
  polarity: string;
  attribution: { kind: string; entity: string | null; text: string | null };
  time: { text: string; start: string | null; end: string | null } | null;
  /**
   * `field` (added): `title` for a claim read in the headline; then every span of the claim
   * (evidence, trigger, time, quantities) indexes `article.title`. Absent for `article.text`.
   */
  evidence: { start: number; end: number; text: string; field?: 'title' };
  confidence: number;
}

/** The whole contract. */
export interface Analysis {
  article: ContractArticle;
  entities: ContractEntity[];
  claims: ContractClaim[];
  messages: Message[];
}

/**
 * Turns a processed record into the analysis contract. Layers a stage did not produce come
 * out empty (an article with no text, no entities), so the shape never changes.
 */
export function toAnalysis(doc: DocumentRecord): Analysis {
  const a = doc.article;
  const text = doc.text?.text ?? '';
  return {
    article: {
      url: a?.url ?? doc.raw.url,
      title: doc.text?.title ?? a?.title ?? null,
      published: a?.published ?? null,
      site: a?.site ?? null,
      byline: a?.byline ?? null,
      credits: a?.credits ?? [],
      language: a?.language ?? null,
      text,
      updated: a?.updated ?? null,
      canonicalUrl: a?.canonicalUrl ?? null,
      direction: a?.direction ?? null,
      charset: doc.input?.charset ?? null,
      paragraphs: (doc.text?.blocks ?? []).map((b) => ({ start: b.start, end: b.end, kind: b.kind })),
    },
    // Named entities first, then the described actors ("100 جزائري") that claims refer to.
    entities: [...toContractEntities(doc), ...toContractDescribedEntities(doc)],
    claims: toContractClaims(doc),
    messages: doc.messages,
  };
}

/** True when the record holds an error message: nothing usable came out of some step. */
export function hasErrors(doc: DocumentRecord): boolean {
  return doc.messages.some((m) => m.severity === 'error');
}
