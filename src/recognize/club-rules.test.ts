import { describe, expect, it } from 'vitest';
import { ClubRules, isSportsBlock, type ClubSentence } from './club-rules.js';
import { Gazetteer } from './gazetteer.js';
import { TAGS, tagIndex } from './tags.js';
import { WordInfoCache } from './word-info.js';
import { emptyWordStats } from './word-stats.js';

const words = new WordInfoCache(emptyWordStats());
const gazetteer = new Gazetteer();
for (const place of ['طنجة', 'فاس', 'البيضاء', 'الجوف', 'ميلانو']) gazetteer.add(place, 'place-major');
gazetteer.add('ميلان', 'place-minor');
gazetteer.add('مصر', 'country');
gazetteer.add('ميلان', 'club');
gazetteer.add('مصر', 'club');
for (const club of ['بايرن', 'مانشستر']) gazetteer.add(club, 'club');
for (const city of ['ميونيخ', 'مانشستر']) gazetteer.add(city, 'place-major');
const rules = new ClubRules(gazetteer);

/** A sentence with the tagger's tags, one per word. */
function sentence(text: string, ...t: string[]): ClubSentence {
  const infos = text.split(' ').map((w) => words.get(w));
  expect(t).toHaveLength(infos.length);
  return { infos, tags: Int32Array.from(t, (x) => tagIndex(x)), sources: new Int32Array(infos.length) };
}
const names = (s: ClubSentence) => Array.from(s.tags, (k) => TAGS[k]);

/** Sentences of a match report around the one under test, enough to read as sports. */
function report(s: ClubSentence): ClubSentence[] {
  return [sentence('وسجل المهاجم هدفا في الشوط الثاني من المباراة', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'), s];
}

describe('club rules', () => {
  it('reads a club opener before a city, and a name before a city adjective, as one club', () => {
    const s = sentence('فاز اتحاد طنجة على المغرب الفاسي', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O');
    rules.apply(report(s));
    expect(names(s)).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG']);
    expect(Array.from(s.sources)).toEqual([0, 1, 0, 0, 1, 0]);
    const t = sentence('وتعادل الوداد البيضاوي مع الجمعية الفاسية', 'O', 'O', 'O', 'O', 'O', 'O');
    rules.apply(report(t));
    expect(names(t)).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG']);
  });

  it('reads a known club the tagger took for a place, but not where the city is meant', () => {
    // The club closes the sentence: the last token is read too.
    const s = sentence('وعاد الفريق إلى مدينة ميلان ثم لعب في ميلان وهزمه ميلان', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'B-LOC', 'O', 'B-LOC');
    rules.apply(report(s));
    expect(names(s)).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'B-LOC', 'O', 'B-ORG']);
  });

  it('runs a club name on over its ending, and over the city after a club that is no city', () => {
    const s = sentence('وفاز مانشستر سيتي على بايرن ميونيخ وتعادل بايرن وطنجة', 'O', 'B-LOC', 'O', 'O', 'B-PER', 'B-LOC', 'O', 'B-PER', 'B-LOC');
    rules.apply(report(s));
    expect(names(s)).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'B-LOC']);
    // The tagger found the club but not the end of its name; a city that is a club takes no city after it.
    const t = sentence('وهزم بايرن ميونيخ مانشستر ميونيخ', 'O', 'B-ORG', 'B-LOC', 'B-LOC', 'B-LOC');
    rules.apply(report(t));
    expect(names(t)).toEqual(['O', 'B-ORG', 'I-ORG', 'B-ORG', 'B-LOC']);
    // A chunk that runs past the longer name keeps its words; the club is still the club.
    const u = sentence('فاز بايرن ميونيخ الألماني', 'O', 'B-PER', 'B-LOC', 'I-LOC');
    rules.apply(report(u));
    expect(names(u)).toEqual(['O', 'B-ORG', 'B-LOC', 'I-LOC']);
  });

  it('reads الفريق before a city adjective as a team described, not a general and his name', () => {
    const s = sentence('وسيلعب الفريق الطنجي غدا مع الفريق سالم', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'B-PER');
    rules.apply(report(s));
    expect(names(s)).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'B-PER']);
  });

  it('leaves countries, descriptions and common adjectives alone', () => {
    // A country's team is the country (ANERcorp tags it LOC); الفريق البيضاوي is no name; a
    // feminine adjective after a plural (المياه الجوفية) is no club.
    const s = sentence('وفازت مصر وخسر الفريق البيضاوي وشرب المياه الجوفية', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'O');
    rules.apply(report(s));
    expect(names(s)).toEqual(['O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'O']);
  });

  it('does nothing outside sports reports', () => {
    const s = sentence('زار وفد من شباب طنجة مدينة فاس', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-LOC');
    expect(isSportsBlock([s])).toBe(false);
    rules.apply([s]);
    expect(names(s)).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-LOC']);
    expect(isSportsBlock(report(s))).toBe(true);
    // Political news shares some words with sports (إصابة، الجولة، الاتحاد، الهدف): no core word, no report.
    const news = [
      sentence('أسفر القصف عن إصابة عشرة أشخاص في الجولة الأخيرة من المعارك', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'),
      sentence('وقال الاتحاد الأوروبي إن الهدف هو وقف القتال', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O'),
      sentence('وأعرب شباب طنجة عن غضبهم', 'O', 'O', 'B-LOC', 'O', 'O'),
    ];
    expect(isSportsBlock(news)).toBe(false);
    rules.apply(news);
    expect(names(news[2]!)).toEqual(['O', 'O', 'B-LOC', 'O', 'O']);
  });

  it('keeps the city after في or إلى with a conjunction, an arrival verb, a quoted place noun, and before a feminine adjective', () => {
    const s = sentence('ولعب وفي ميلان ثم وصلت ميلان', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC');
    rules.apply(report(s));
    expect(names(s)).toEqual(['O', 'O', 'B-LOC', 'O', 'O', 'B-LOC']);
    // Over quotes after a place noun, and before a feminine adjective (a city; a club is masculine).
    const t = sentence('أقام معسكره قرب مدينة « ميلان » ثم ميلان الإيطالية وهزم ميلان الإيطالي', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O');
    rules.apply(report(t));
    expect(names(t)).toEqual(['O', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'O']);
  });
});
