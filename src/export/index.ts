/** Exports that other tools read: STIX 2.1, GEXF, GeoJSON, CSV and the analysis contract as JSON lines. */

// Formats and filters, for the CLI and the API
export { EXPORT_FORMATS, exportToString, type ExportFormat, type ExportFormatSpec, type ExportOptions, type ExportRun } from './export-formats.js';
export { describeExportFilters, ExportFilterError, exportFiltersFromQuery, parseExportFilters, type ExportFilters, type RawExportFilters } from './export-filters.js';
export { downloadFormats, type DownloadFormat, type DownloadQuery } from './download-formats.js';

// One writer per format
export { stixJsonChunks, toStixBundle, type StixBundle, type StixOptions, type StixSummary } from './stix-exporter.js';
export { toGexf, type GexfOptions } from './gexf-exporter.js';
export { toGeoJson, type PlaceCollection, type PlaceFeature } from './geojson-exporter.js';
export { CSV_COLUMNS, csvChunks, csvRows, type CsvOptions, type CsvRow } from './csv-exporter.js';
export { jsonlChunks, type JsonlDocument } from './jsonl-exporter.js';

// STIX building blocks
export { claimKey, documentKey, entityKey, MARSAD_STIX_NAMESPACE, stableUuid, stixId } from './stix-ids.js';
export { MARSAD_EXTENSION_ID, MARSAD_IDENTITY_ID } from './stix-common.js';
export { STIX_RELATIONSHIPS, type StixRelationshipMapping } from './stix-relationship-types.js';
