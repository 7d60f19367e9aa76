/**
 * The shared data folder beside the checkout (`../shared/data/`): the corpora, gazetteers and
 * name lists that scripts read to build resources, train, evaluate and benchmark. The product
 * never reads it, and a script stops with a message, not an error, where it is absent.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared data folder, `../shared/data/` beside the checkout. */
export const SHARED_DATA = new URL('../../shared/data/', import.meta.url);

/** The SaudiNewsNet corpus (30,990 articles, one JSON object a line, gzipped) that most scripts read. */
export const SHARED_NEWS = new URL('news/saudinewsnet.jsonl.gz', SHARED_DATA);

/** URL of `relPath` in the shared data folder: `sharedData('gazetteers/libgeonames-ar.tsv')`. */
export function sharedData(relPath: string): URL {
  return new URL(relPath, SHARED_DATA);
}

/**
 * True when one of `files` (URLs or paths) is absent, after printing on standard output
 * `<script>: the shared data file <path> is missing (<outcome>).` for the first one missing,
 * so that the script can stop cleanly. `outcome` says what the script does instead;
 * default `skipped`.
 */
export function sharedDataMissing(script: string, files: readonly (URL | string)[], outcome = 'skipped'): boolean {
  const missing = files.find((f) => !existsSync(f));
  if (missing === undefined) return false;
  const path = typeof missing === 'string' ? missing : fileURLToPath(missing);
  process.stdout.write(`${script}: the shared data file ${path} is missing (${outcome}).\n`);
  return true;
}
