// The exports as the web app's downloads: the shape the server registers, with its query.
import { describe, expect, it } from 'vitest';
import { downloadFormats } from '../../src/export/download-formats.js';
import type { ExportFormat as ServerExportFormat } from '../../src/server/export-formats.js';
import type { GraphViews } from '../../src/store/graph-views.js';
import { fixtureStore } from './graph-fixture.js';

describe('download formats', () => {
  it('fit the server registry and render under the API query', async () => {
    const formats: ServerExportFormat[] = downloadFormats();
    expect(formats.map((f) => f.id)).toEqual(['stix', 'gexf', 'geojson', 'csv', 'jsonl']);
    const store = await fixtureStore();
    try {
      const csv = formats.find((f) => f.id === 'csv')!;
      const body = await csv.render({ store, views: {} as GraphViews }, { types: ['ATTACK'], from: '2024-03-01' });
      expect(String(body).trimEnd().split('\n')).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
