/** The filters every export takes (and the API can reuse): parsed from CLI options or a URL query. */

import { CLAIM_TYPE_LIST } from '../record/claim.js';
import type { EntityRef, ExportFilters } from '../store/knowledge-store.js';

export type { ExportFilters } from '../store/knowledge-store.js';

/** The modalities of DESIGN.md. */
const MODALITIES = ['asserted', 'believed', 'suspected', 'intended'] as const;

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date and time. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** A filter value that cannot be used: a configuration error, with a stable code. */
export class ExportFilterError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'ExportFilterError';
  }
}

/** Filter options as the CLI or a URL query gives them: strings, repeated or comma-separated. */
export interface RawExportFilters {
  from?: string;
  to?: string;
  type?: string | readonly string[];
  modality?: string | readonly string[];
  entity?: string | readonly string[];
  minSources?: string | number;
}

/** Splits repeated and comma-separated values (`--type ATTACK,MOVE --type AID`) into one list. */
function list(value: string | readonly string[] | undefined, comma = true): string[] {
  if (value === undefined) return [];
  const values = typeof value === 'string' ? [value] : value;
  return values.flatMap((v) => (comma ? v.split(',') : [v])).map((v) => v.trim()).filter((v) => v !== '');
}

function date(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (!ISO_DATE.test(v)) throw new ExportFilterError('E-EXPORT-001', `--${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not '${value}'`);
  return v;
}

/**
 * Checks and normalizes raw filter options.
 *
 * 1. `from`/`to`: ISO dates (a date-only `to` includes its whole day).
 * 2. `type`: claim types, case-insensitive, repeated or comma-separated.
 * 3. `modality`: asserted, believed, suspected, intended.
 * 4. `entity`: ids or names, repeated; a name may hold a comma, so only repetition separates them.
 * 5. `minSources`: a whole number ≥ 1 (default 1).
 * @throws ExportFilterError on a value that cannot be used.
 */
export function parseExportFilters(raw: RawExportFilters): ExportFilters {
  const filters: ExportFilters = {};
  // 1. dates
  const from = date('from', raw.from);
  const to = date('to', raw.to);
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (from && to && from.slice(0, 10) > to.slice(0, 10)) throw new ExportFilterError('E-EXPORT-002', `--from ${from} is after --to ${to}`);
  // 2. claim types
  const types = list(raw.type).map((t) => t.toUpperCase());
  for (const t of types) {
    if (!(CLAIM_TYPE_LIST as readonly string[]).includes(t)) {
      throw new ExportFilterError('E-EXPORT-003', `unknown claim type '${t}'; one of ${CLAIM_TYPE_LIST.join(', ')}`);
    }
  }
  if (types.length > 0) filters.types = [...new Set(types)];
  // 3. modalities
  const modality = list(raw.modality).map((m) => m.toLowerCase());
  for (const m of modality) {
    if (!(MODALITIES as readonly string[]).includes(m)) throw new ExportFilterError('E-EXPORT-004', `unknown modality '${m}'; one of ${MODALITIES.join(', ')}`);
  }
  if (modality.length > 0) filters.modality = [...new Set(modality)];
  // 4. entities
  const entities: EntityRef[] = list(raw.entity, false).map((e) => (/^\d+$/.test(e) ? Number(e) : e));
  if (entities.length > 0) filters.entities = entities;
  // 5. independent sources
  if (raw.minSources !== undefined && raw.minSources !== '') {
    const n = Number(raw.minSources);
    if (!Number.isInteger(n) || n < 1) throw new ExportFilterError('E-EXPORT-005', `--min-sources must be a whole number ≥ 1, not '${String(raw.minSources)}'`);
    if (n > 1) filters.minSources = n;
  }
  return filters;
}

/**
 * Filters from a URL query (`?from=2015-07&type=ATTACK,MOVE&entity=داعش&min-sources=2`), for the API.
 * `minSources` may be written `min-sources` or `minSources`.
 * @throws ExportFilterError on a value that cannot be used.
 */
export function exportFiltersFromQuery(query: URLSearchParams): ExportFilters {
  const all = (name: string): string[] => query.getAll(name);
  return parseExportFilters({
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined,
    type: all('type'),
    modality: all('modality'),
    entity: all('entity'),
    minSources: query.get('min-sources') ?? query.get('minSources') ?? undefined,
  });
}

/** A one-line English description of the filters, for summaries and file headers. */
export function describeExportFilters(f: ExportFilters): string {
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`dated ${f.from ?? '…'} to ${f.to ?? '…'}`);
  if (f.types?.length) parts.push(`types ${f.types.join(', ')}`);
  if (f.modality?.length) parts.push(`modality ${f.modality.join(', ')}`);
  if (f.entities?.length) parts.push(`entities ${f.entities.join(', ')}`);
  if (f.minSources && f.minSources > 1) parts.push(`at least ${f.minSources} independent sources`);
  return parts.length === 0 ? 'all claims' : parts.join('; ');
}
