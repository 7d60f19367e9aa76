// `marsad export FORMAT` in process (the lead wires registerExport into src/cli/main.ts): files
// are written whole, filters come from the options, and a failed export leaves no file behind.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerExport } from '../../src/cli/commands/export.js';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { documentA, documentB, documentD } from './graph-fixture.js';

let dir = '';
let db = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-export-'));
  db = join(dir, 'graph.db');
  const store = new SqliteKnowledgeStore(db);
  for (const doc of [documentA(), documentB(), documentA(true), documentD()]) await store.putDocument(doc);
  await store.close();
});

async function marsad(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerExport(program);
  await program.parseAsync(['export', ...args, '--db', db, '-q'], { from: 'user' });
}

describe('marsad export', () => {
  it('writes each format to a file', async () => {
    for (const format of ['stix', 'gexf', 'geojson', 'csv', 'jsonl']) {
      const out = join(dir, `all.${format}`);
      await marsad(format, '-o', out);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
      expect(existsSync(`${out}.partial`)).toBe(false);
    }
    expect((JSON.parse(readFileSync(join(dir, 'all.stix'), 'utf8')) as { type: string }).type).toBe('bundle');
  });

  it('applies repeated and comma-separated filters', async () => {
    const out = join(dir, 'filtered.csv');
    await marsad('csv', '-o', out, '--type', 'attack', '--type', 'move,cooperate', '--entity', 'كتيبة الفجر', '--min-sources', '2');
    const rows = parseCsv(readFileSync(out, 'utf8'), { columns: true }) as { claim_type: string }[];
    expect(rows.map((r) => r.claim_type)).toEqual(['COOPERATE', 'COOPERATE', 'COOPERATE']);
  });

  it('refuses an unknown claim type and leaves no file when the export fails', async () => {
    await expect(marsad('csv', '--type', 'BOMBING')).rejects.toThrow(/E-EXPORT-003/);
    const out = join(dir, 'none.json');
    await expect(marsad('stix', '-o', out, '--entity', 'جبهة لا وجود لها')).rejects.toThrow(/no entity matches/);
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
  });
});
