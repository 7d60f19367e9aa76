import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHAR_NAME_CLASSES, CharNameModel, charGrams } from './char-name-model.js';
import { charNameExamples } from './training/char-name-data.js';
import { feature } from './feature-hash.js';
import { charNamesDigest, loadCharNameModel, loadNerResources, modelToBytes } from './resources.js';
import { TAG_COUNT } from './tags.js';
import { spellingFeatures, WordInfoCache } from './word-info.js';
import { emptyWordStats } from './word-stats.js';

const OTHER = CHAR_NAME_CLASSES.indexOf('other');
const PERSON = CHAR_NAME_CLASSES.indexOf('person');
const PLACE = CHAR_NAME_CLASSES.indexOf('place');

/** Invented words: surnames ending in -سكي and -وف, places ending in -ستان, ordinary words of a common pattern. */
const EXAMPLES: Array<[string, number]> = [
  ...['كوفالسكي', 'زاريتسكي', 'بولانسكي', 'مالينوف', 'سيدوروف', 'بتروف'].map((w): [string, number] => [w, PERSON]),
  ...['قرغيزستان', 'طاجيكستان', 'داغستان', 'كردستان', 'تترستان'].map((w): [string, number] => [w, PLACE]),
  ...['المحادثات', 'المفاوضات', 'المباحثات', 'الاجتماعات', 'المشاورات', 'التصريحات'].map((w): [string, number] => [w, OTHER]),
];

describe('CharNameModel', () => {
  it('reads the n-grams of a word with marks at both ends', () => {
    expect(charGrams('باب')).toEqual(['^ب', 'با', 'اب', 'ب$', '^با', 'باب', 'اب$', '^باب', 'باب$']);
  });

  it('tells an unseen name by its spelling and gives a posterior that sums to one', () => {
    const model = CharNameModel.train(EXAMPLES, 1);
    const surname = model.posterior('ياروسلافسكي');
    expect(surname.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(surname[PERSON]).toBeGreaterThan(0.5);
    expect(model.posterior('أوزبكستان')[PLACE]).toBeGreaterThan(0.5);
    expect(model.posterior('المناقشات')[OTHER]).toBeGreaterThan(0.5);
  });

  it('gives the uniform prior to a word none of whose n-grams it knows', () => {
    const model = CharNameModel.train(EXAMPLES, 1);
    expect(Array.from(model.posterior('xyz'))).toEqual(CHAR_NAME_CLASSES.map(() => 1 / CHAR_NAME_CLASSES.length));
  });

  it('keeps only n-grams seen often enough, and reads back what it writes', () => {
    const model = CharNameModel.train(EXAMPLES, 3);
    expect(model.counts.has('سكي$')).toBe(true);
    expect(model.counts.has('^قرغ')).toBe(false);
    const back = CharNameModel.fromTsv(model.toTsv());
    expect(back.toTsv()).toBe(model.toTsv());
    expect(Array.from(back.posterior('ياروسلافسكي'))).toEqual(Array.from(model.posterior('ياروسلافسكي')));
  });
});

describe('charNameExamples', () => {
  it('labels gazetteer words by their first entry and frequent unprofiled news words as ordinary', () => {
    const stats = emptyWordStats();
    stats.counts = new Map([['المحادثات', 50], ['سيدوروف', 40], ['نادرة', 5], ['الرياضي', 30], ['abc', 90]]);
    stats.profiles = new Map([['الرياضي', 0x11]]);
    // Kinds by index: 3 first-name, 1 place-major, 7 other (no class), 0 country.
    const gaz = ['3\tسيدوروف', '1\tسيدوروف', '7\tالجبهة', '0\tقرغيزستان', '1\tبو ظبي'].join('\n');
    const examples = new Map(charNameExamples(gaz, stats));
    expect(examples).toEqual(new Map([
      ['سيدوروف', PERSON],
      ['قرغيزستان', PLACE],
      ['ظبي', PLACE],
      ['المحادثات', OTHER],
    ]));
  });
});

describe('the spelling features of a word', () => {
  it('name the class and confidence bucket the model reads in an Arabic word, and nothing in a Latin one', () => {
    const model = CharNameModel.train(EXAMPLES, 1);
    const word = 'ياروسلافسكي';
    const plain = new WordInfoCache(emptyWordStats());
    const spelled = new WordInfoCache({ ...emptyWordStats(), charModel: model });
    const key = plain.get(word).key;
    const p = model.posterior(key)[PERSON]!;
    expect(p).toBeGreaterThan(0.5);
    const bucket = p >= 0.99 ? 3 : p >= 0.9 ? 2 : 1;
    // Template 27 is the spelling feature of word-info.ts.
    expect(spellingFeatures(model, key)).toEqual([feature(27, PERSON * 4 + bucket)]);
    // Own features are kept as Int32, hashes as unsigned numbers.
    expect(Array.from(spelled.get(word).self)).toEqual([...Array.from(plain.get(word).self), feature(27, PERSON * 4 + bucket) | 0]);
    expect(Array.from(spelled.get('Jaroslavsky').self)).toEqual(Array.from(plain.get('Jaroslavsky').self));
  });
});

describe('loading a spelling model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-spelling-'));
  const write = (name: string, text: string): URL => {
    const path = join(dir, name);
    writeFileSync(path, gzipSync(text));
    return pathToFileURL(path);
  };
  const good = CharNameModel.train(EXAMPLES, 1).toTsv();

  it('reads the file it was trained with, and refuses another one', () => {
    const url = write('good.tsv.gz', good);
    expect(loadCharNameModel(url, charNamesDigest(good))?.toTsv()).toBe(good);
    expect(() => loadCharNameModel(url, charNamesDigest(good + 'x'))).toThrow(/not the one the NER model was trained with/);
  });

  it('names the file and the line of a damaged table', () => {
    expect(() => loadCharNameModel(write('short.tsv.gz', good + 'سكي$\t1\t2\n'))).toThrow(/short\.tsv\.gz: spelling model, line \d+/);
    expect(() => loadCharNameModel(write('neg.tsv.gz', good + 'سكي$\t1\t-2\t0\t0\n'))).toThrow(/line \d+/);
    expect(() => loadCharNameModel(write('nototals.tsv.gz', 'سكي$\t1\t2\t0\t0\n'))).toThrow(/no #totals line/);
    const raw = join(dir, 'raw.tsv.gz');
    writeFileSync(raw, 'not gzip');
    expect(() => loadCharNameModel(pathToFileURL(raw))).toThrow(/raw\.tsv\.gz/);
  });

  it('is required by a model trained with it, and ignored by one trained without', () => {
    const model = join(dir, 'model.bin.gz');
    const keys = Int32Array.of(12345);
    const weights = new Float32Array(TAG_COUNT).fill(1);
    writeFileSync(model, gzipSync(modelToBytes(keys, weights, { charNames: true })));
    const missing = pathToFileURL(join(dir, 'absent.tsv.gz'));
    expect(() => loadNerResources({ model: pathToFileURL(model), charNames: missing })).toThrow(/needs its spelling model/);
    writeFileSync(model, gzipSync(modelToBytes(keys, weights, {})));
    expect(loadNerResources({ model: pathToFileURL(model), charNames: missing }).stats.charModel).toBeUndefined();
  });
});
