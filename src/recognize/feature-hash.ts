/**
 * Feature hashing: features are 32-bit hashes of a template id and one or two strings, so no
 * feature string is ever built while tagging. FNV-1a over UTF-16 code units, then a
 * murmur3-style finalizer to mix combinations. Hash 0 is reserved for "no feature".
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of `s`, continuing from `h` (default: the FNV offset basis). */
export function hashString(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Mixes `a` and `b` into one 32-bit hash (order matters), never 0. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h >>> 0;
}

/** Hash of template `t` applied to a value already hashed as `v`. */
export function feature(t: number, v: number): number {
  return mix(t * 0x27d4eb2f + 0x165667b1, v);
}

/** Hash of template `t` applied to two hashed values. */
export function feature2(t: number, v: number, w: number): number {
  return mix(mix(t * 0x27d4eb2f + 0x165667b1, v), w);
}
