/** The export formats as the web app's downloads (the shape `src/server/export-formats.ts` registers). */

import type { KnowledgeStore } from '../store/knowledge-store.js';
import { EXPORT_FORMATS, exportToString, type ExportFormat } from './export-formats.js';

/** What a download is asked for: the API's claim filters and an entity (already resolved to its id). */
export interface DownloadQuery {
  types?: readonly string[];
  modality?: readonly string[];
  from?: string;
  to?: string;
  entity?: number;
  minSources?: number;
}

/** One download: structurally the server's `ExportFormat`. */
export interface DownloadFormat {
  id: ExportFormat;
  label: { ar: string; en: string };
  mediaType: string;
  extension: string;
  render(source: { store: KnowledgeStore }, query: DownloadQuery): Promise<string>;
}

const LABELS: Readonly<Record<ExportFormat, { ar: string; en: string }>> = {
  stix: { ar: 'STIX 2.1 (OpenCTI، MISP)', en: 'STIX 2.1 (OpenCTI, MISP)' },
  gexf: { ar: 'GEXF (Gephi)', en: 'GEXF (Gephi)' },
  geojson: { ar: 'GeoJSON (خرائط، QGIS)', en: 'GeoJSON (maps, QGIS)' },
  csv: { ar: 'CSV (جداول البيانات)', en: 'CSV (spreadsheets, R)' },
  jsonl: { ar: 'JSON Lines (عقد التحليل)', en: 'JSON Lines (analysis contract)' },
};

/** Every export format as a download, for `startServer({ exports: downloadFormats() })`. */
export function downloadFormats(): DownloadFormat[] {
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((id) => ({
    id,
    label: LABELS[id],
    mediaType: EXPORT_FORMATS[id].contentType,
    extension: EXPORT_FORMATS[id].extension,
    async render({ store }, q) {
      const { text } = await exportToString(store, id, {
        ...(q.types?.length ? { types: q.types } : {}),
        ...(q.modality?.length ? { modality: q.modality } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.entity !== undefined ? { entities: [q.entity] } : {}),
        ...(q.minSources !== undefined && q.minSources > 1 ? { minSources: q.minSources } : {}),
      });
      return text;
    },
  }));
}
