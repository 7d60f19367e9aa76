/**
 * The tag set of the recognizer (IOB2 over PER, ORG, LOC, MISC) and the ONE place where the
 * corpora's tag names are normalized: PERS → PER, MIS → MISC, PERSON → PER, and so on.
 */

import type { EntityType } from '../record/mention.js';

/** The coarse entity types, in a fixed order (the model's tag indices depend on it). */
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Tag strings by index: 0 is `O`, then `B-T`, `I-T` for each type of `ENTITY_TYPES`. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Number of tags. */
export const TAG_COUNT = TAGS.length;

/** Index of a tag of `TAGS`; -1 for any other string. */
export function tagIndex(tag: string): number {
  return TAGS.indexOf(tag);
}

/** Entity type of tag index `k` (undefined for `O`). */
export function tagType(k: number): EntityType | undefined {
  return k === 0 ? undefined : ENTITY_TYPES[(k - 1) >> 1];
}

/** True when tag index `k` is an `I-` tag. */
export function isInside(k: number): boolean {
  return k > 0 && (k - 1) % 2 === 1;
}

/** Index of `B-type` (`inside` false) or `I-type`. */
export function tagOf(type: EntityType, inside: boolean): number {
  return 1 + 2 * ENTITY_TYPES.indexOf(type) + (inside ? 1 : 0);
}

/** Type names of the corpora and common tools, upper-cased, to ours. */
const TYPE_ALIASES: Record<string, EntityType> = {
  PER: 'PER',
  PERS: 'PER',
  PERSON: 'PER',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  GPE: 'LOC',
  MISC: 'MISC',
  MIS: 'MISC',
  MISCELLANEOUS: 'MISC',
};

/** Our entity type for a corpus type name (`PERS`, `MIS` …), or undefined when unknown. */
export function normalizeType(type: string): EntityType | undefined {
  return TYPE_ALIASES[type.toUpperCase()];
}

/**
 * Normalizes one tag of any corpus to IOB prefix and type: `B-PERS` → `B-PER`, `I-MIS` →
 * `I-MISC`, `S-X`/`E-X` (IOBES) → `B-X`/`I-X`, `O`, `-` and '' → `O`. An unknown type keeps
 * its name upper-cased (`B-DATE`), so a scorer still counts it and training can drop it.
 */
export function normalizeTag(tag: string): string {
  const t = tag.trim();
  if (t === '' || t === 'O' || t === '-' || t === '_') return 'O';
  const m = /^([BIESLU])[-_](.+)$/i.exec(t);
  if (!m) {
    const type = normalizeType(t);
    return type ? `I-${type}` : `I-${t.toUpperCase()}`; // a bare type name is IO tagging
  }
  const prefix = m[1]!.toUpperCase();
  const type = normalizeType(m[2]!) ?? m[2]!.toUpperCase();
  return `${prefix === 'B' || prefix === 'S' || prefix === 'U' ? 'B' : 'I'}-${type}`;
}

/** End (exclusive) of the chunk that starts at `i` in a sentence's tag indices. */
export function chunkEnd(tags: Int32Array, i: number): number {
  const type = tagType(tags[i]!);
  let j = i + 1;
  while (j < tags.length && isInside(tags[j]!) && tagType(tags[j]!) === type) j++;
  return j;
}

/** True when no chunk crosses the edges of `[from, to)` in a sentence's tag indices (a chunk may sit inside it). */
export function spanIsFree(tags: Int32Array, from: number, to: number): boolean {
  return !isInside(tags[from]!) && (to >= tags.length || !isInside(tags[to]!));
}
