// Lists and loads the golden fixture folders under test/fixtures/analyze (Readability's layout).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../src/record/document.js';

/** What a fixture's expected.json may say; every field is optional. */
export interface Expected {
  description?: string;
  input?: { contentType?: string; url?: string; hints?: RawDocument['hints'] };
  charset?: string;
  article?: Record<string, unknown>;
  text?: {
    equals?: string;
    equalsFile?: string;
    startsWith?: string;
    endsWith?: string;
    contains?: string[];
    notContains?: string[];
  };
  messages?: { rules?: string[]; absentRules?: string[] };
  exitError?: boolean;
}

export const FIXTURE_ROOT = fileURLToPath(new URL('./fixtures/analyze/', import.meta.url));

/** Slugs of the fixture folders that have an expected.json, sorted. */
export function listFixtures(root = FIXTURE_ROOT): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${root}/${d.name}/expected.json`))
    .map((d) => d.name)
    .sort();
}

/** Reads a fixture: its source bytes as a RawDocument and its expectations. */
export function loadFixture(slug: string, root = FIXTURE_ROOT): { raw: RawDocument; expected: Expected; dir: string } {
  const dir = `${root}/${slug}`;
  const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Expected;
  const name = readdirSync(dir).find((f) => f.startsWith('source.'));
  if (!name) throw new Error(`fixture ${slug} has no source.* file`);
  const bytes = new Uint8Array(readFileSync(`${dir}/${name}`));
  const guessed = name.endsWith('.html') || name.endsWith('.htm') ? 'text/html' : name.endsWith('.txt') ? 'text/plain' : null;
  const raw: RawDocument = {
    bytes,
    url: expected.input?.url ?? null,
    path: `${dir}/${name}`,
    contentType: expected.input?.contentType ?? guessed,
    fetchedAt: '2026-01-01T00:00:00Z',
  };
  if (expected.input?.hints) raw.hints = expected.input.hints;
  return { raw, expected, dir };
}

/** Collapses white space so texts compare "up to white space". */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
