/** The CSV export for spreadsheets and R: one row per claim, with ACLED-like columns. */

import { stringify } from 'csv-stringify/sync';
import type { ExportSelection } from '../store/knowledge-store.js';
import { timePrecision } from './export-time.js';
import { placeDetails } from './place-details.js';
import { claimKeys, stableUuid } from './stix-ids.js';

/** The columns, in order (README.md describes each). */
export const CSV_COLUMNS = [
  'claim_id',
  'date',
  'date_source',
  'time_precision',
  'claim_type',
  'actor1',
  'actor2',
  'location',
  'country',
  'latitude',
  'longitude',
  'geo_precision',
  'modality',
  'polarity',
  'attribution',
  'attribution_text',
  'source',
  'url',
  'evidence',
  'confidence',
  'independent_sources',
  'sentence',
] as const;

/** One row. */
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** Options of the CSV export. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read Arabic (default false). */
  bom?: boolean;
  /** Rows per chunk of text (default 1000). */
  chunkRows?: number;
}

/**
 * The rows of a selection, one per claim.
 *
 * 1. `date` is the claim's time (`date_source` = `claim`) or its article's publication day
 *    (`published`); `time_precision` is day, week, month or year for a claim's time.
 * 2. `actor1` is the subject; `actor2` the object unless it is a place with no other place given,
 *    which then becomes `location`; coordinates, country and precision are the place's.
 * 3. `source` is the outlet; `independent_sources` counts the outlets telling the same link.
 */
export function csvRows(selection: ExportSelection): CsvRow[] {
  const entities = new Map(selection.entities.map((e) => [e.id, e]));
  const documents = new Map(selection.documents.map((d) => [d.id, d]));
  const keys = claimKeys(selection.claims, documents);
  return selection.claims.map((c) => {
    const d = documents.get(c.documentId)!;
    // 1. date
    const precision = c.time?.start ? timePrecision(c.time.start, c.time.end) : null;
    // 2. actors and place
    const object = c.object === null ? undefined : entities.get(c.object);
    const objectIsPlace = object?.type === 'LOC' && c.location === null;
    const place = c.location !== null ? entities.get(c.location) : objectIsPlace ? object : undefined;
    const details = placeDetails(place?.geonamesId ?? null);
    // 3. source
    return {
      claim_id: stableUuid(keys.get(c.id)!),
      date: c.date,
      date_source: c.time?.start ? 'claim' : c.date ? 'published' : null,
      time_precision: precision,
      claim_type: c.type,
      actor1: c.subject === null ? null : (entities.get(c.subject)?.name ?? null),
      actor2: objectIsPlace ? null : (object?.name ?? null),
      location: place?.name ?? null,
      country: details?.country ?? null,
      latitude: place?.geo?.lat ?? null,
      longitude: place?.geo?.lon ?? null,
      geo_precision: place?.geo ? (details?.precision ?? null) : null,
      modality: c.modality,
      polarity: c.polarity,
      attribution: c.attribution.kind,
      attribution_text: c.attribution.text,
      source: d.outlet?.name ?? null,
      url: d.url ?? d.path,
      evidence: c.evidence.text,
      confidence: c.confidence,
      independent_sources: c.independentSources,
      sentence: c.sentence.text,
    };
  });
}

/** The CSV text in chunks: the header with the first rows, then `chunkRows` rows at a time. */
export function* csvChunks(selection: ExportSelection, options: CsvOptions = {}): Generator<string> {
  const rows = csvRows(selection);
  const size = options.chunkRows ?? 1000;
  const columns = [...CSV_COLUMNS];
  if (options.bom) yield '\ufeff';
  if (rows.length === 0) yield stringify([], { header: true, columns });
  for (let i = 0; i < rows.length; i += size) yield stringify(rows.slice(i, i + size), { header: i === 0, columns });
}
