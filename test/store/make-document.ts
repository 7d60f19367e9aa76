// Builds DocumentInputs for store tests without running the pipeline: the text becomes the
// article as is, and entities and claims are given by the test.
import type { Analysis, ContractClaim, ContractEntity } from '../../src/pipeline/contract.js';
import type { RawDocument } from '../../src/record/document.js';
import { contentHash } from '../../src/store/content-hash.js';
import type { DocumentInput } from '../../src/store/knowledge-store.js';

export interface MakeOptions {
  url?: string;
  site?: string;
  title?: string;
  published?: string | null;
  credits?: string[];
  entities?: ContractEntity[];
  claims?: ContractClaim[];
}

/** A document whose raw bytes and article text are `text`. */
export function makeDocument(text: string, o: MakeOptions = {}): DocumentInput {
  const raw: RawDocument = {
    bytes: new TextEncoder().encode(text),
    url: o.url ?? null,
    path: o.url ? null : '/tmp/x.txt',
    contentType: 'text/plain; charset=utf-8',
    fetchedAt: '2024-05-01T00:00:00.000Z',
    ...(o.site ? { hints: { site: o.site } } : {}),
  };
  const analysis: Analysis = {
    article: {
      url: o.url ?? null,
      title: o.title ?? null,
      published: o.published ?? null,
      site: o.site ?? null,
      byline: null,
      credits: o.credits ?? [],
      language: 'ar',
      text,
      updated: null,
      canonicalUrl: null,
      direction: 'rtl',
      charset: 'utf-8',
      paragraphs: [],
    },
    entities: o.entities ?? [],
    claims: o.claims ?? [],
    messages: [{ severity: 'info', rule: 'test-rule', message: 'a test message', start: 0, end: 1 }],
  };
  return { contentHash: contentHash(raw), raw, analysis };
}

/** An entity of a document, mentioned once at the first occurrence of its name in `text`. */
export function entity(id: string, type: string, name: string, text: string, wikidata: string | null = null): ContractEntity {
  const start = Math.max(0, text.indexOf(name));
  return { id, type, subtype: null, name, aliases: [], mentions: [{ start, end: start + name.length, text: name }], geo: null, wikidata };
}

/** A claim of a document between two of its entities, with the whole text as evidence. */
export function claim(id: string, type: string, subject: string, object: string | null, text: string): ContractClaim {
  return {
    id,
    type,
    subject,
    object,
    location: null,
    modality: 'asserted',
    polarity: 'positive',
    attribution: { kind: 'outlet', entity: null, text: null },
    time: null,
    evidence: { start: 0, end: text.length, text },
    confidence: 0.8,
  };
}
