// Golden fixtures: every folder in test/fixtures/analyze runs through the whole pipeline and is
// checked against the fields its expected.json names (see test/fixtures/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRecord } from '../src/pipeline/analyzer.js';
import { toAnalysis } from '../src/pipeline/contract.js';
import { toSourceSpan } from '../src/record/offset-map.js';
import { listFixtures, loadFixture, squash } from './fixture-loader.js';

const fixtures = listFixtures();

describe('analyze fixtures', () => {
  it('has at least 25 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  for (const slug of fixtures) {
    it(slug, () => {
      const { raw, expected, dir } = loadFixture(slug);
      const record = analyzeRecord(raw);
      const analysis = toAnalysis(record);
      const ctx = `${slug}: ${expected.description ?? ''}`;

      if (expected.charset) expect(record.input?.charset, ctx).toBe(expected.charset);
      for (const [field, want] of Object.entries(expected.article ?? {})) {
        expect((analysis.article as unknown as Record<string, unknown>)[field], `${ctx} (article.${field})`).toEqual(want);
      }
      const text = analysis.article.text;
      const t = expected.text ?? {};
      if (t.equals !== undefined) expect(squash(text), ctx).toBe(squash(t.equals));
      if (t.equalsFile !== undefined) expect(squash(text), ctx).toBe(squash(readFileSync(`${dir}/${t.equalsFile}`, 'utf8')));
      if (t.startsWith !== undefined) expect(squash(text).startsWith(squash(t.startsWith)), `${ctx} starts with «${t.startsWith}»: «${text.slice(0, 80)}»`).toBe(true);
      if (t.endsWith !== undefined) expect(squash(text).endsWith(squash(t.endsWith)), `${ctx} ends with «${t.endsWith}»: «${text.slice(-80)}»`).toBe(true);
      for (const s of t.contains ?? []) expect(squash(text), `${ctx} contains`).toContain(squash(s));
      for (const s of t.notContains ?? []) expect(squash(text), `${ctx} does not contain`).not.toContain(squash(s));

      const rules = new Set(analysis.messages.map((m) => m.rule));
      for (const r of expected.messages?.rules ?? []) expect([...rules], `${ctx} has message ${r}`).toContain(r);
      for (const r of expected.messages?.absentRules ?? []) expect([...rules], `${ctx} lacks message ${r}`).not.toContain(r);
      if (expected.exitError !== undefined) {
        expect(analysis.messages.some((m) => m.severity === 'error'), `${ctx} exitError`).toBe(expected.exitError);
      }

      // Every character of the repaired text traces back into the input: spans of the repairs
      // hold what they say was there, and each block maps to a non-empty input span.
      const input = record.input?.text ?? '';
      for (const m of analysis.messages) {
        if (m.inputStart !== undefined && m.before !== undefined) {
          expect(input.slice(m.inputStart, m.inputEnd), `${ctx} ${m.rule} input span`).toBe(m.before);
        }
        if (m.start !== undefined && m.after !== undefined) {
          expect(text.slice(m.start, m.end), `${ctx} ${m.rule} text span`).toBe(m.after);
        }
      }
      if (record.text) {
        for (const block of record.text.blocks) {
          const src = toSourceSpan(record.text.map, block);
          expect(src.end, `${ctx} block maps into the input`).toBeGreaterThan(src.start);
          expect(src.end).toBeLessThanOrEqual(input.length);
        }
      }
    });
  }
});
