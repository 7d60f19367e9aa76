import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerEval } from './eval.js';
import { registerNer } from './ner.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-ner-'));

async function run(...args: string[]): Promise<string> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const program = new Command().exitOverride();
    registerNer(program);
    registerEval(program);
    await program.parseAsync(['node', 'marsad', ...args]);
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

afterEach(() => vi.restoreAllMocks());

describe('marsad ner --conll', () => {
  it('appends one tag per token line and keeps blank lines, CRLF and a missing final blank line', async () => {
    const file = join(dir, 'in.conll');
    writeFileSync(file, 'زار\tX\r\nالرئيس\tX\r\nبغداد\tX\r\n\r\nوصل\tX\r\nإلى\tX\r\nالقاهرة\tX');
    const out = await run('ner', '--conll', file);
    const lines = out.split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[3]).toBe('');
    for (const i of [0, 1, 2, 4, 5, 6]) expect(lines[i]).toMatch(/^\S+\tX\t(O|[BI]-(PER|ORG|LOC|MISC))$/);
    expect(lines[6]).toBe('القاهرة\tX\tB-LOC');
  });
});

describe('marsad eval ner', () => {
  it('scores a file whose last column is gold and prints JSON with --json', async () => {
    const file = join(dir, 'gold.conll');
    writeFileSync(file, 'وصل O\nإلى O\nالقاهرة B-LOC\n.\tO\n\nقال O\nمحمد B-PERS\n');
    const result = JSON.parse(await run('eval', 'ner', file, '--json')) as { micro: { gold: number }; types: Record<string, unknown> };
    expect(result.micro.gold).toBe(2);
    expect(Object.keys(result.types)).toContain('LOC');
    expect(await run('eval', 'ner', file)).toContain('precision');
  });
});
