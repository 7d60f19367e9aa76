/** How each claim type becomes a STIX 2.1 relationship: one data table (README.md explains it). */

import type { ClaimType } from '../record/claim.js';

/** The STIX relationship of one claim type. */
export interface StixRelationshipMapping {
  /**
   * The relationship type Marsad writes. STIX 2.1 lets producers use their own (lower case with
   * hyphens, §4.1); we use the spec's or OpenCTI's verb where the meaning is the same.
   */
  readonly type: string;
  /** Where `type` comes from: the STIX 2.1 spec, OpenCTI's data model, or Marsad. */
  readonly origin: 'stix' | 'opencti' | 'marsad';
  /** The closest relationship OpenCTI accepts between any two of its entities (`--style opencti`). */
  readonly opencti: string;
  /** What the source and target of the relationship are. */
  readonly note: string;
}

/** Claim type → relationship. The source is always the claim's subject; the target its object, else its place. */
export const STIX_RELATIONSHIPS: Readonly<Record<ClaimType, StixRelationshipMapping>> = {
  CONTACT: { type: 'contacts', origin: 'marsad', opencti: 'related-to', note: 'talks, meetings, visits; symmetric' },
  COOPERATE: { type: 'cooperates-with', origin: 'opencti', opencti: 'cooperates-with', note: 'alliance, coordination, backing; symmetric' },
  AID: { type: 'supports', origin: 'marsad', opencti: 'related-to', note: 'the source gives training, money, arms, shelter to the target' },
  MEMBER: { type: 'part-of', origin: 'opencti', opencti: 'part-of', note: 'a person, branch or affiliate (source) of an organization (target)' },
  ATTACK: { type: 'targets', origin: 'stix', opencti: 'targets', note: 'the attacker (source) and the target, else the place attacked' },
  CONTROL: { type: 'controls', origin: 'marsad', opencti: 'related-to', note: 'the actor (source) takes or holds the place or facility (target)' },
  MOVE: { type: 'moves-to', origin: 'marsad', opencti: 'related-to', note: 'the actor (source) travels, deploys or is smuggled to the place (target)' },
  INVESTIGATE: { type: 'investigates', origin: 'marsad', opencti: 'related-to', note: 'investigation, monitoring, surveillance of the target' },
  COERCE: { type: 'coerces', origin: 'marsad', opencti: 'targets', note: 'arrest, trial, raid, sanctions against the target' },
  ACCUSE: { type: 'accuses', origin: 'marsad', opencti: 'related-to', note: 'the source accuses or blames the target' },
  OPPOSE: { type: 'opposes', origin: 'marsad', opencti: 'related-to', note: 'threat, condemnation, rejection, rivalry' },
  LOCATED: { type: 'located-at', origin: 'stix', opencti: 'located-at', note: 'the actor (source) is present or based at the place (target)' },
};

/** Prefix of the relationship type of a negated claim (`not-cooperates-with`) in Marsad's style. */
export const NEGATED_PREFIX = 'not-';
