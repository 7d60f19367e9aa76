/** Zod schemas of the API's inputs and outputs: they validate requests and describe the OpenAPI document. */

import { z } from '@hono/zod-openapi';

/** The claim types of DESIGN.md. */
export const CLAIM_TYPES = ['CONTACT', 'COOPERATE', 'AID', 'MEMBER', 'ATTACK', 'CONTROL', 'MOVE', 'INVESTIGATE', 'COERCE', 'ACCUSE', 'OPPOSE', 'LOCATED'] as const;
/** The modalities of DESIGN.md. */
export const MODALITIES = ['asserted', 'believed', 'suspected', 'intended'] as const;

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** An ISO date (`2015`, `2015-07`, `2015-07-21` or a full timestamp). */
export const IsoDate = z.string().regex(ISO_DATE, 'expected an ISO date such as 2015-07-21').openapi({ example: '2015-07-21' });

/** A comma-separated list in a query string, as an array of its trimmed, non-empty items. */
function commaList<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter((s) => s !== '') : v),
    z.array(item),
  );
}

/** Claim types as a comma list (case-insensitive). */
export const ClaimTypeList = commaList(z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(CLAIM_TYPES)))
  .optional()
  .openapi({ type: 'string', example: 'ATTACK,MOVE', description: `claim types, comma-separated: ${CLAIM_TYPES.join(', ')}` });
/** Modalities as a comma list. */
export const ModalityList = commaList(z.enum(MODALITIES))
  .optional()
  .openapi({ type: 'string', example: 'asserted,believed', description: `modalities, comma-separated: ${MODALITIES.join(', ')}` });

/** An entity reference: its id, a Wikidata id or a name. */
export const EntityRefParam = z.string().min(1).max(300).openapi({ example: 'تنظيم الدولة الإسلامية', description: 'an entity id, a Wikidata id (Q…) or a name' });

/** A positive integer id in a path. */
export const IdParam = z.coerce.number().int().positive().openapi({ example: 1 });

/** Filters on claims shared by the graph, places, timeline and claims queries. */
export const ClaimFilterQuery = z.object({
  types: ClaimTypeList,
  modality: ModalityList,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

/** The error body of every failed request. */
export const ErrorBody = z
  .object({ error: z.string().openapi({ example: 'not-found' }), message: z.string().openapi({ example: 'no document 42' }) })
  .openapi('Error');

const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const SnippetSchema = Span.extend({ text: z.string(), highlights: z.array(Span) }).openapi('Snippet');

export const SearchHitSchema = z
  .object({
    documentId: z.number().int(),
    url: z.string().nullable(),
    path: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    score: z.number(),
    snippet: SnippetSchema,
  })
  .openapi('SearchHit');

export const ClaimEvidenceSchema = z
  .object({
    claimId: z.number().int(),
    type: z.string(),
    subject: z.string().nullable(),
    object: z.string().nullable(),
    modality: z.string(),
    polarity: z.string(),
    attribution: z.object({ kind: z.string(), text: z.string().nullable() }),
    evidence: Span.extend({ text: z.string() }),
    documentId: z.number().int(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
  })
  .openapi('ClaimEvidence');

export const ClaimItemSchema = ClaimEvidenceSchema.extend({
  subjectId: z.number().int().nullable(),
  objectId: z.number().int().nullable(),
  locationId: z.number().int().nullable(),
  location: z.string().nullable(),
  time: z.object({ text: z.string(), start: z.string().nullable(), end: z.string().nullable() }).nullable(),
  date: z.string().nullable(),
  confidence: z.number(),
}).openapi('ClaimItem');

const Geo = z.object({ lat: z.number(), lon: z.number(), geonamesId: z.number().int().nullable() });

export const EntityViewSchema = z
  .object({
    id: z.number().int(),
    type: z.string(),
    subtype: z.string().nullable(),
    name: z.string(),
    aliases: z.array(z.string()),
    wikidata: z.string().nullable(),
    geo: Geo.nullable(),
    documents: z.number().int(),
    mentions: z.number().int(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    claims: z.array(z.object({ type: z.string(), count: z.number().int(), independentSources: z.number().int(), claims: z.array(ClaimEvidenceSchema) })),
  })
  .openapi('Entity');

export const EntitySummarySchema = z
  .object({ id: z.number().int(), name: z.string(), type: z.string(), subtype: z.string().nullable(), wikidata: z.string().nullable(), documents: z.number().int() })
  .openapi('EntitySummary');

const Counts = z.record(z.string(), z.number().int());

export const GraphSchema = z
  .object({
    nodes: z.array(z.object({ id: z.number().int(), name: z.string(), type: z.string(), subtype: z.string().nullable(), claims: z.number().int(), center: z.boolean() })),
    edges: z.array(
      z.object({
        id: z.string(),
        source: z.number().int(),
        target: z.number().int(),
        claims: z.number().int(),
        independentSources: z.number().int(),
        types: Counts,
        modalities: Counts,
        type: z.string(),
        modality: z.string(),
      }),
    ),
    truncated: z.boolean(),
  })
  .openapi('Graph');

export const PlaceSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    lat: z.number(),
    lon: z.number(),
    geonamesId: z.number().int().nullable(),
    claims: z.number().int(),
    types: Counts,
    documents: z.number().int(),
  })
  .openapi('Place');

export const TimelineBucketSchema = z.object({ period: z.string(), claims: z.number().int(), types: Counts }).openapi('TimelineBucket');

export const LinkPathSchema = z
  .object({
    edges: z.array(
      z.object({
        from: z.object({ id: z.number().int(), name: z.string() }),
        to: z.object({ id: z.number().int(), name: z.string() }),
        types: z.array(z.string()),
        independentSources: z.number().int(),
        claims: z.array(ClaimEvidenceSchema),
      }),
    ),
  })
  .openapi('LinkPath');

const MessageSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    rule: z.string(),
    message: z.string(),
    stage: z.string().optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    inputStart: z.number().int().optional(),
    inputEnd: z.number().int().optional(),
    before: z.string().optional(),
    after: z.string().optional(),
  })
  .openapi('Message');

export const DocumentSchema = z
  .object({
    id: z.number().int(),
    contentHash: z.string(),
    url: z.string().nullable(),
    path: z.string().nullable(),
    version: z.number().int(),
    latest: z.boolean(),
    outlet: z.string().nullable(),
    creditedOutlet: z.string().nullable(),
    originalId: z.number().int().nullable(),
    duplicateSimilarity: z.number().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    fetchedAt: z.string(),
    analysis: z.object({
      article: z
        .object({
          url: z.string().nullable(),
          title: z.string().nullable(),
          published: z.string().nullable(),
          site: z.string().nullable(),
          byline: z.string().nullable(),
          credits: z.array(z.string()),
          language: z.string().nullable(),
          text: z.string(),
        })
        .passthrough(),
      entities: z.array(
        z
          .object({
            id: z.string(),
            type: z.string(),
            subtype: z.string().nullable(),
            name: z.string(),
            aliases: z.array(z.string()),
            mentions: z.array(Span.extend({ text: z.string() })),
            geo: Geo.nullable(),
            wikidata: z.string().nullable(),
          })
          .passthrough(),
      ),
      claims: z.array(
        z
          .object({
            id: z.string(),
            type: z.string(),
            subject: z.string().nullable(),
            object: z.string().nullable(),
            location: z.string().nullable(),
            modality: z.string(),
            polarity: z.string(),
            attribution: z.object({ kind: z.string(), entity: z.string().nullable(), text: z.string().nullable() }),
            time: z.object({ text: z.string(), start: z.string().nullable(), end: z.string().nullable() }).nullable(),
            evidence: Span.extend({ text: z.string() }),
            confidence: z.number(),
          })
          .passthrough(),
      ),
      messages: z.array(MessageSchema.passthrough()),
    }),
    /** Added by the API: the global entity id of each document entity (by local id). */
    entityIds: z.record(z.string(), z.number().int()),
  })
  .openapi('Document');

export const StatsSchema = z
  .object({
    documents: z.number().int(),
    entities: z.number().int(),
    claims: z.number().int(),
    locators: z.number().int(),
    duplicates: z.number().int(),
    outlets: z.number().int(),
    mentions: z.number().int(),
    messages: z.number().int(),
    messagesByRule: Counts,
    decisions: z.number().int(),
  })
  .openapi('Stats');

/** JSON error responses, for the `responses` of a route. */
export function errorResponses(...codes: (400 | 401 | 403 | 404 | 413 | 422 | 502)[]) {
  const text: Record<number, string> = {
    400: 'the request is invalid',
    401: 'an access token is needed',
    403: 'the token lacks the analyst role',
    404: 'not found',
    413: 'the upload is too large',
    422: 'the input could not be analyzed',
    502: 'the URL could not be fetched',
  };
  return Object.fromEntries(codes.map((c) => [c, { description: text[c]!, content: { 'application/json': { schema: ErrorBody } } }]));
}
