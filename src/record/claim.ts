/** Claims: who did what to whom, where and when, according to whom and how sure (relate stage). */

import type { ActorSubtype } from './entity.js';
import type { EntityType } from './mention.js';
import type { Span, TextSpan } from './span.js';

/** The twelve claim types of DESIGN.md (labels and mappings in `src/lang/ar/claim-triggers.ts`). */
export type ClaimType =
  | 'CONTACT'
  | 'COOPERATE'
  | 'AID'
  | 'MEMBER'
  | 'ATTACK'
  | 'CONTROL'
  | 'MOVE'
  | 'INVESTIGATE'
  | 'COERCE'
  | 'ACCUSE'
  | 'OPPOSE'
  | 'LOCATED';

/** Every claim type, in DESIGN.md order. */
export const CLAIM_TYPE_LIST: readonly ClaimType[] = [
  'CONTACT',
  'COOPERATE',
  'AID',
  'MEMBER',
  'ATTACK',
  'CONTROL',
  'MOVE',
  'INVESTIGATE',
  'COERCE',
  'ACCUSE',
  'OPPOSE',
  'LOCATED',
];

/** How sure the source sounds: stated as fact, believed, suspected, or only intended. */
export type Modality = 'asserted' | 'believed' | 'suspected' | 'intended';

/** Whether the claim is affirmed or denied (نفى، لم، لا). */
export type Polarity = 'positive' | 'negative';

/** Who stands behind a claim (DESIGN.md): the article's own voice or the source it names. */
export type AttributionKind = 'outlet' | 'anonymous' | 'official' | 'named_person' | 'named_org' | 'report';

/**
 * An actor that is a description rather than a name (مسلحون مجهولون، قوات النظام، 100 جزائري).
 * It has no entity of the resolve stage; its id (`d1`, `d2` …) is shared by every claim that
 * names the same description in a document.
 */
export interface DescribedActor {
  id: string;
  /** The description as written, without clitics and hedges: `الجماعات الإسلامية الليبية`. */
  name: string;
  type: EntityType;
  subtype: ActorSubtype | null;
  /** ISO alpha-2 country the description names (`الليبية` → `LY`), when it names one. */
  country: string | null;
  /**
   * The entity the description stands for, when the article makes it clear (جنود أتراك → the
   * Turkish army); the claim's role then carries that entity's id. Null when unresolved.
   */
  resolved: string | null;
}

/** How a role was filled. */
export type RoleSource =
  /** The actor is written in the clause. */
  | 'explicit'
  /** A pronoun (`أنها`، `منهم`) or a relative pronoun (`التي`) refers back to it. */
  | 'pronoun'
  /** The verb has no written subject; the clause's topic or an earlier sentence's actor stands in. */
  | 'elided';

/**
 * One role of a claim: the entity (or described actor) and the span of the text that stands for
 * it in this claim (the name, or the pronoun or verb that refers back to it).
 */
export interface ClaimRole extends TextSpan {
  /** Entity id (`e3`) or described actor id (`d1`). */
  id: string;
  via: RoleSource;
  /** Set when the actor is a description, not a resolved entity. */
  described?: DescribedActor;
}

/** One source of a claim. */
export interface AttributionSource {
  kind: AttributionKind;
  /** Entity id (or described actor id) of the source, when it is one. */
  entity: string | null;
  /** The source as written (`مصادر موثوقة`, `الصحيفة`), null for the outlet. */
  text: string | null;
  /** Span of `text`; absent for the outlet and for elided sources. */
  span?: Span;
  /** The verb or phrase that attributes (`قالت`, `بحسب`, `نسبت … إلى`). */
  cue: TextSpan | null;
}

/**
 * Who stands behind a claim. `kind`/`entity`/`text` describe the innermost source (the one that
 * says the claim); `chain` lists every source from the outermost to that one (the newspaper,
 * then the official it quotes). An outlet claim has an empty chain.
 */
export interface Attribution {
  kind: AttributionKind;
  entity: string | null;
  text: string | null;
  chain: AttributionSource[];
}

/** How precisely a time is known. */
export type TimePrecision = 'day' | 'week' | 'month' | 'year';

/** A time expression of the text, resolved against the publication date when it can be. */
export interface ClaimTime extends TextSpan {
  /** First and last day, ISO `YYYY-MM-DD`; null when it cannot be resolved (no publication date). */
  from: string | null;
  to: string | null;
  precision: TimePrecision;
  /** `absolute` when the text gives the year, `relative` when it is counted from the publication date. */
  anchor: 'absolute' | 'relative';
}

/** How a number is hedged. */
export type QuantityHedge = 'exact' | 'about' | 'at_least' | 'more_than' | 'less_than' | 'up_to' | 'vague';

/** What a number counts. */
export type QuantityUnit = 'killed' | 'wounded' | 'arrested' | 'people' | 'fighters' | 'groups' | 'other';

/** A number attached to a claim: casualties, fighters, groups. */
export interface Quantity extends TextSpan {
  /** The number; for vague amounts (`عشرات`) the lower bound. */
  value: number;
  hedge: QuantityHedge;
  unit: QuantityUnit;
}

/** The features the confidence model scored, kept so the figure can be explained. */
export interface ClaimSignals {
  /** Prior strength of the trigger word, 0..1 (lexicon). */
  triggerStrength: number;
  /** Tokens between the trigger and the farthest role. */
  distance: number;
  /** True when a role was filled by a pronoun or an elided subject. */
  inferredRole: boolean;
  /** True for a noun trigger (هجوم), false for a verb (هاجم). */
  nominal: boolean;
  /** The lowest resolver confidence of the subject's and object's entities (a description counts 0.6). */
  entityConfidence: number;
}

/** One claim of a document. */
export interface Claim {
  /** Document-local id: `c1`, `c2` … in text order. */
  id: string;
  type: ClaimType;
  subject: ClaimRole | null;
  /** The other actor; for CONTROL, MOVE and LOCATED the place. */
  object: ClaimRole | null;
  /** Where it happened, when the text says and the object does not already hold the place. */
  location: ClaimRole | null;
  modality: Modality;
  polarity: Polarity;
  attribution: Attribution;
  time: ClaimTime | null;
  quantities: Quantity[];
  /** The word that signals the claim, with its lexicon lemma. */
  trigger: TextSpan & { lemma: string };
  /** The span that shows the claim: from the first to the last of trigger and roles. */
  evidence: TextSpan;
  /** Index of the sentence in `tokens.sentences`. */
  sentence: number;
  /** Probability that the claim is right, 0..1 (a calibrated logistic model). */
  confidence: number;
  signals: ClaimSignals;
}
