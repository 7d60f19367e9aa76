/** The export formats as one dispatch table, for the CLI and the web API: store + filters → text chunks. */

import type { ExportFilters, KnowledgeStore } from '../store/knowledge-store.js';
import { csvChunks } from './csv-exporter.js';
import { describeExportFilters } from './export-filters.js';
import { toGeoJson } from './geojson-exporter.js';
import { toGexf } from './gexf-exporter.js';
import { jsonlChunks } from './jsonl-exporter.js';
import { stixJsonChunks, toStixBundle } from './stix-exporter.js';

/** The formats. */
export type ExportFormat = 'stix' | 'gexf' | 'geojson' | 'csv' | 'jsonl';

/** Options of every format (each reads its own). */
export interface ExportOptions {
  /** STIX: `marsad` (default) or `opencti` relationship types. */
  style?: 'marsad' | 'opencti';
  /** CSV: start with a UTF-8 byte order mark for Excel (default false). */
  bom?: boolean;
  /** GEXF: the file's date (default today). */
  date?: string;
}

/** What a format writes, and a line about what it left out (printed on stderr by the CLI). */
export interface ExportRun {
  chunks: AsyncIterable<string>;
  /** Filled in once `chunks` is consumed. */
  notes: string[];
}

/** A format: its file extension, its media type, and its writer. */
export interface ExportFormatSpec {
  extension: string;
  contentType: string;
  run(store: KnowledgeStore, filters: ExportFilters, options: ExportOptions): ExportRun;
}

/** Turns a synchronous chunk source into an async one that reads the selection first. */
function fromSelection(store: KnowledgeStore, filters: ExportFilters, make: (notes: string[], selection: Awaited<ReturnType<KnowledgeStore['readExport']>>) => Iterable<string> | AsyncIterable<string>): ExportRun {
  const notes: string[] = [];
  async function* chunks(): AsyncGenerator<string> {
    const selection = await store.readExport(filters);
    notes.push(`${selection.documents.length} documents, ${selection.entities.length} entities, ${selection.claims.length} claims (${describeExportFilters(filters)})`);
    yield* make(notes, selection);
  }
  return { chunks: chunks(), notes };
}

const entries = (m: Record<string, number>): string =>
  Object.entries(m)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');

/** Every format. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatSpec>> = {
  stix: {
    extension: 'json',
    contentType: 'application/stix+json;version=2.1',
    run: (store, filters, options) =>
      fromSelection(store, filters, (notes, selection) => {
        const { bundle, summary } = toStixBundle(selection, { style: options.style ?? 'marsad' });
        notes.push(`STIX objects: ${entries(summary.objects)}`);
        if (Object.keys(summary.skippedEntities).length > 0) notes.push(`entities left out: ${entries(summary.skippedEntities)}`);
        if (Object.keys(summary.skippedClaims).length > 0) notes.push(`claims left out: ${entries(summary.skippedClaims)}`);
        if (summary.skippedReports > 0) notes.push(`reports left out (nothing to refer to): ${summary.skippedReports}`);
        return stixJsonChunks(bundle);
      }),
  },
  gexf: {
    extension: 'gexf',
    contentType: 'application/gexf+xml',
    run: (store, filters, options) =>
      fromSelection(store, filters, (_notes, selection) => [toGexf(selection, { description: describeExportFilters(filters), ...(options.date ? { date: options.date } : {}) })]),
  },
  geojson: {
    extension: 'geojson',
    contentType: 'application/geo+json',
    run: (store, filters) =>
      fromSelection(store, filters, (notes, selection) => {
        const collection = toGeoJson(selection);
        notes.push(`${collection.features.length} places with coordinates`);
        return (function* () {
          yield '{"type":"FeatureCollection","features":[\n';
          for (let i = 0; i < collection.features.length; i++) yield `${i > 0 ? ',\n' : ''}${JSON.stringify(collection.features[i])}`;
          yield '\n]}\n';
        })();
      }),
  },
  csv: {
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8',
    run: (store, filters, options) => fromSelection(store, filters, (_notes, selection) => csvChunks(selection, { bom: options.bom ?? false })),
  },
  jsonl: {
    extension: 'jsonl',
    contentType: 'application/jsonl; charset=utf-8',
    run: (store, filters) => fromSelection(store, filters, (_notes, selection) => jsonlChunks(store, selection)),
  },
};

/** The whole export as one string (tests, small exports, HTTP responses that are not streamed). */
export async function exportToString(store: KnowledgeStore, format: ExportFormat, filters: ExportFilters = {}, options: ExportOptions = {}): Promise<{ text: string; notes: string[] }> {
  const run = EXPORT_FORMATS[format].run(store, filters, options);
  let text = '';
  for await (const chunk of run.chunks) text += chunk;
  return { text, notes: run.notes };
}
