/**
 * The place for downloads: export formats (STIX 2.1, GEXF, GeoJSON, CSV …) registered when the
 * app is built. The server lists them at /api/exports and serves each at /api/exports/{id};
 * the web app shows a download link per format. None is built in: src/export provides them.
 */

import type { GraphViews, ClaimFilters } from '../store/graph-views.js';
import type { KnowledgeStore } from '../store/knowledge-store.js';

/** What an export is asked for: the whole graph, or around one entity, under claim filters. */
export interface ExportQuery extends ClaimFilters {
  entity?: number;
}

/** One export format. */
export interface ExportFormat {
  /** URL-safe id, e.g. `stix`, `gexf`, `geojson`, `csv`. */
  id: string;
  /** Labels of the download link in the two interface languages. */
  label: { ar: string; en: string };
  /** Media type of the file, e.g. `application/stix+json`. */
  mediaType: string;
  /** File name extension without the dot, e.g. `json`. */
  extension: string;
  /** Writes the export. */
  render(source: { store: KnowledgeStore; views: GraphViews }, query: ExportQuery): Promise<string | Uint8Array>;
}
