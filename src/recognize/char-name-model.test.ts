import { describe, expect, it } from 'vitest';
import { CHAR_NAME_CLASSES, CharNameModel, charGrams } from './char-name-model.js';
import { charNameExamples } from './training/char-name-data.js';
import { WordInfoCache } from './word-info.js';
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
  it('add what the model reads in an Arabic word, and nothing to a Latin one', () => {
    const stats = emptyWordStats();
    const plain = new WordInfoCache(stats);
    const spelled = new WordInfoCache({ ...stats, charModel: CharNameModel.train(EXAMPLES, 1) });
    expect(spelled.get('ياروسلافسكي').self.length).toBe(plain.get('ياروسلافسكي').self.length + 1);
    expect(Array.from(spelled.get('Jaroslavsky').self)).toEqual(Array.from(plain.get('Jaroslavsky').self));
  });
});
