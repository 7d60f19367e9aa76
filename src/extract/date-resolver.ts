/**
 * Chooses the publication and update dates among the sources a page offers (JSON-LD, meta
 * tags, `<time>`, date lines, the URL) and finds the sources that disagree.
 */

/** One source's claim about a date, already in the article layer's ISO form. */
export interface DateCandidate {
  value: string;
  /** Where it was found: `json-ld`, `meta:article:published_time`, `date-line`, `url`, `hints` … */
  source: string;
  calendar: 'gregorian' | 'hijri';
  /** The Hijri date as written, for Hijri date lines. */
  hijri?: string;
  inputStart?: number;
  inputEnd?: number;
}

/** The chosen date and the candidates that contradict it. */
export interface ResolvedDate {
  chosen: DateCandidate | null;
  conflicts: DateCandidate[];
}

const DAY_MS = 86_400_000;

/** Milliseconds of an ISO value with an offset, or null when it has no time and offset. */
function instant(value: string): number | null {
  if (!/T\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** True when two values name different days (or, both with offsets, instants a day apart). */
export function datesDisagree(a: string, b: string): boolean {
  const ia = instant(a);
  const ib = instant(b);
  if (ia !== null && ib !== null) return Math.abs(ia - ib) >= DAY_MS;
  return a.slice(0, 10) !== b.slice(0, 10);
}

/**
 * The first candidate (candidates come in order of trust) and every later one naming a
 * different day. Duplicates of one value from several sources are one claim.
 */
export function resolveDate(candidates: readonly DateCandidate[]): ResolvedDate {
  const chosen = candidates[0] ?? null;
  if (!chosen) return { chosen: null, conflicts: [] };
  const conflicts: DateCandidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates.slice(1)) {
    const day = c.value.slice(0, 10);
    if (seen.has(day) || !datesDisagree(chosen.value, c.value)) continue;
    seen.add(day);
    conflicts.push(c);
  }
  return { chosen, conflicts };
}
