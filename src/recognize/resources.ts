/**
 * Loading the recognizer's resources (the only I/O of the recognizer, done once, outside any
 * stage): the model under resources/ner, the word statistics, the spelling model and the
 * gazetteers.
 *
 * The model file is gzip of: `MNER` magic, u32 version, u32 header length, JSON header,
 * padding to 4 bytes, then Int32 feature hashes, Float32 row scales and Int8 weights (one row
 * of `TAG_COUNT` per feature, each row quantized against its largest absolute weight).
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CharNameModel } from './char-name-model.js';
import { Gazetteer } from './gazetteer.js';
import { NerModel, type NerOptions, type NerResources } from './ner-model.js';
import { TAG_COUNT, TAGS } from './tags.js';
import { WeightTable } from './weight-table.js';
import { emptyWordStats, wordStatsFromTsv, type WordStats } from './word-stats.js';

/** Where the trained weights live. */
export const MODEL_PATH = new URL('../../resources/ner/model.bin.gz', import.meta.url);
/** Word counts and clusters of the news corpus. */
export const WORD_STATS_PATH = new URL('../../resources/ner/word-stats.tsv.gz', import.meta.url);
/** The spelling model (char-name-model.ts): n-gram counts per class. */
export const CHAR_NAMES_PATH = new URL('../../resources/ner/char-names.tsv.gz', import.meta.url);
/** The gazetteers, as built by scripts/build-gazetteers.ts. */
export const GAZETTEER_PATH = new URL('../../resources/gazetteers/gazetteer.tsv.gz', import.meta.url);
/**
 * Sports clubs found in the news corpus, one normalized name a line: kept apart from the
 * gazetteer because they derive from SaudiNewsNet (CC BY-NC-SA 4.0), the gazetteer from
 * CC BY-SA sources (resources/gazetteers/NOTES.md).
 */
export const NEWS_CLUBS_PATH = new URL('../../resources/gazetteers/news-clubs.txt', import.meta.url);

const MAGIC = 0x524e454d; // "MNER" little-endian
const VERSION = 1;

/** Serializes weights (see the module header), quantizing each row to 8 bits. */
export function modelToBytes(keys: Int32Array, weights: Float32Array, meta: Record<string, unknown>): Uint8Array {
  const rows = keys.length;
  const header = new TextEncoder().encode(JSON.stringify({ ...meta, tags: TAGS, rows }));
  const headerEnd = 12 + header.length;
  const pad = (4 - (headerEnd % 4)) % 4;
  const size = headerEnd + pad + rows * 8 + rows * TAG_COUNT;
  const buf = new ArrayBuffer(size);
  const view = new DataView(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, header.length, true);
  new Uint8Array(buf, 12, header.length).set(header);
  const base = headerEnd + pad;
  new Int32Array(buf, base, rows).set(keys);
  const scales = new Float32Array(buf, base + rows * 4, rows);
  const q = new Int8Array(buf, base + rows * 8, rows * TAG_COUNT);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(weights[r * TAG_COUNT + t]!));
    const scale = max / 127 || 1;
    scales[r] = scale;
    for (let t = 0; t < TAG_COUNT; t++) q[r * TAG_COUNT + t] = Math.round(weights[r * TAG_COUNT + t]! / scale);
  }
  return new Uint8Array(buf);
}

/**
 * Reads what `modelToBytes` wrote.
 *
 * @throws Error when the bytes are not a model of this version (a configuration error).
 */
export function modelFromBytes(bytes: Uint8Array): { keys: Int32Array; weights: Float32Array; meta: Record<string, unknown> } {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  const view = new DataView(copy.buffer);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error('not a marsad NER model (version 1)');
  const headerLength = view.getUint32(8, true);
  const meta = JSON.parse(new TextDecoder().decode(copy.subarray(12, 12 + headerLength))) as Record<string, unknown>;
  if (JSON.stringify(meta['tags']) !== JSON.stringify(TAGS)) throw new Error('NER model was trained with another tag set');
  const rows = Number(meta['rows']);
  const base = 12 + headerLength + ((4 - ((12 + headerLength) % 4)) % 4);
  const keys = new Int32Array(copy.buffer, base, rows);
  const scales = new Float32Array(copy.buffer, base + rows * 4, rows);
  const q = new Int8Array(copy.buffer, base + rows * 8, rows * TAG_COUNT);
  const weights = new Float32Array(rows * TAG_COUNT);
  for (let r = 0; r < rows; r++) {
    const s = scales[r]!;
    for (let t = 0; t < TAG_COUNT; t++) weights[r * TAG_COUNT + t] = q[r * TAG_COUNT + t]! * s;
  }
  return { keys, weights, meta };
}

/** Word statistics from resources/ner, or empty ones when the file is absent. */
export function loadWordStats(path: URL = WORD_STATS_PATH): WordStats {
  if (!existsSync(path)) return emptyWordStats();
  return wordStatsFromTsv(gunzipSync(readFileSync(path)).toString('utf8'));
}

/** SHA-256 of a spelling model's TSV, which the NER model's header keeps to tell its own file. */
export function charNamesDigest(tsv: string): string {
  return createHash('sha256').update(tsv).digest('hex');
}

/**
 * The spelling model from resources/ner, or undefined when the file is absent. With `sha256`,
 * the file must be the one the NER model was trained with.
 *
 * @throws Error naming the file when it is unreadable, not a spelling model, or another one
 * than `sha256` says (configuration errors).
 */
export function loadCharNameModel(path: URL = CHAR_NAMES_PATH, sha256?: string): CharNameModel | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const tsv = gunzipSync(readFileSync(path)).toString('utf8');
    if (sha256 && charNamesDigest(tsv) !== sha256) throw new Error('it is not the one the NER model was trained with; run npm run train:ner');
    return CharNameModel.fromTsv(tsv);
  } catch (e) {
    throw new Error(`spelling model ${path.pathname}: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * Gazetteers from resources/gazetteers, or null when `path` is absent; the news corpus's clubs
 * (`clubs`, one name a line) are added as `club` entries when that file is there.
 */
export function loadGazetteer(path: URL = GAZETTEER_PATH, clubs: URL = NEWS_CLUBS_PATH): Gazetteer | null {
  if (!existsSync(path)) return null;
  const g = Gazetteer.fromLines(gunzipSync(readFileSync(path)).toString('utf8'));
  if (existsSync(clubs)) for (const line of readFileSync(clubs, 'utf8').split('\n')) if (line.trim()) g.addWords(line.trim().split(' '), 'club');
  return g;
}

/** Where to load a model from; defaults are the committed resources. */
export interface NerModelPaths {
  model?: URL;
  wordStats?: URL;
  charNames?: URL;
  gazetteer?: URL;
}

/**
 * Loads the committed NER model with its word statistics, spelling model and gazetteers.
 *
 * @throws Error when the model file is missing or unreadable, or when the model was trained
 * with the spelling model and its file is missing (configuration errors).
 */
export function loadNerResources(paths: NerModelPaths = {}): NerResources {
  const modelPath = paths.model ?? MODEL_PATH;
  if (!existsSync(modelPath)) throw new Error(`NER model not found at ${modelPath.pathname}; run npm run train:ner`);
  const { keys, weights, meta } = modelFromBytes(gunzipSync(readFileSync(modelPath)));
  const stats = loadWordStats(paths.wordStats);
  if (meta['charNames']) {
    const charPath = paths.charNames ?? CHAR_NAMES_PATH;
    stats.charModel = loadCharNameModel(charPath, typeof meta['charNamesSha256'] === 'string' ? meta['charNamesSha256'] : undefined);
    if (!stats.charModel) throw new Error(`the NER model needs its spelling model at ${charPath.pathname}; run npm run train:ner`);
  }
  return {
    weights: new WeightTable(keys, weights),
    stats,
    gazetteer: loadGazetteer(paths.gazetteer),
    meta,
  };
}

/** Loads the committed model, ready to tag (see `loadNerResources`). */
export function loadNerModel(paths: NerModelPaths = {}, options: NerOptions = {}): NerModel {
  return new NerModel(loadNerResources(paths), options);
}
