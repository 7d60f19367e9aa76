import { describe, expect, it } from 'vitest';
import { describeExportFilters, ExportFilterError, exportFiltersFromQuery, parseExportFilters } from './export-filters.js';

describe('export filters', () => {
  it('normalizes repeated and comma-separated types, modalities, entities and sources', () => {
    expect(parseExportFilters({ type: ['attack,Move', 'ATTACK'], modality: 'Suspected', entity: ['جماعة النور، فرع حلب', '42'], minSources: '2', from: '2015-07', to: '2015-07-31' })).toEqual({
      types: ['ATTACK', 'MOVE'],
      modality: ['suspected'],
      entities: ['جماعة النور، فرع حلب', 42],
      minSources: 2,
      from: '2015-07',
      to: '2015-07-31',
    });
    expect(parseExportFilters({ type: [], entity: [], minSources: '1' })).toEqual({});
  });

  it('refuses values that cannot be used, with a stable code', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof ExportFilterError ? e.code : 'other';
      }
      return undefined;
    };
    expect(code(() => parseExportFilters({ from: 'أمس' }))).toBe('E-EXPORT-001');
    expect(code(() => parseExportFilters({ from: '2015-08-01', to: '2015-07-01' }))).toBe('E-EXPORT-002');
    expect(code(() => parseExportFilters({ type: 'BOMBING' }))).toBe('E-EXPORT-003');
    expect(code(() => parseExportFilters({ modality: 'rumoured' }))).toBe('E-EXPORT-004');
    expect(code(() => parseExportFilters({ minSources: '1.5' }))).toBe('E-EXPORT-005');
    expect(code(() => parseExportFilters({ minSources: 0 }))).toBe('E-EXPORT-005');
  });

  it('reads the same filters from a URL query, for the API', () => {
    const q = new URLSearchParams('from=2015-07-01&type=ATTACK,MOVE&type=AID&entity=%D8%AF%D8%A7%D8%B9%D8%B4&min-sources=3');
    expect(exportFiltersFromQuery(q)).toEqual({ from: '2015-07-01', types: ['ATTACK', 'MOVE', 'AID'], entities: ['داعش'], minSources: 3 });
    expect(describeExportFilters(exportFiltersFromQuery(q))).toBe('dated 2015-07-01 to …; types ATTACK, MOVE, AID; entities داعش; at least 3 independent sources');
    expect(describeExportFilters({})).toBe('all claims');
  });
});
