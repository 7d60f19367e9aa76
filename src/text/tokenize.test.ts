import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { tokenizeAnalyzed } from './tokenize-analyze.js';
import { splitSentences } from './sentence-split.js';
import { analyzeClitics } from './clitics.js';

const words = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('keeps Arabic words whole with marks and tatweel, and splits punctuation', () => {
    expect(words('قالَ «المصدر»، لـعملياته؛ هل؟')).toEqual(['قالَ', '«', 'المصدر', '»', '،', 'لـعملياته', '؛', 'هل', '؟']);
  });

  it('reads both digit sets with inner separators and keeps Latin words', () => {
    expect(words('بلغ 3.5 و ٣٫٥ و1,700 طائرة F16 من CNN.')).toEqual(['بلغ', '3.5', 'و', '٣٫٥', 'و', '1,700', 'طائرة', 'F16', 'من', 'CNN', '.']);
  });

  it('keeps the period of abbreviations and initials inside the token', () => {
    expect(words('قال د. أحمد عام 300 ق.م ولقي J. Smith.')).toEqual(['قال', 'د.', 'أحمد', 'عام', '300', 'ق.م', 'ولقي', 'J.', 'Smith', '.']);
  });

  it('covers every non-space character exactly once on odd input', () => {
    const text = ' \u200f😀—«»…!!? https://a.b/c?d=1 ؟؟ ';
    const toks = tokenize(text);
    const covered = toks.map((t) => text.slice(t.start, t.end)).join('');
    expect(covered).toBe(text.replace(/[\s\u200f]/g, ''));
    expect(words(text)).toContain('https://a.b/c?d=1');
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('clitic analysis', () => {
  const counts = new Map<string, number>([
    ['جماعه', 500], ['وجماعه', 40], ['ليبيا', 900], ['بليبيا', 30], ['وزير', 800], ['زير', 4],
    ['بنغازي', 100], ['عمليات', 300], ['عملياته', 20], ['في', 10000], ['وفي', 3000], ['كوفي', 20],
  ]);

  it('splits the article with its conjunction and preposition by spelling alone', () => {
    expect(analyzeClitics('والقاهره')).toMatchObject({ prefixes: ['و', 'ال'], procliticLength: 1, stem: 'قاهره' });
    expect(analyzeClitics('بالجزاير')).toMatchObject({ prefixes: ['ب', 'ال'], procliticLength: 1 });
    expect(analyzeClitics('للتحقيق')).toMatchObject({ prefixes: ['ل', 'ال'], procliticLength: 1, articleWritten: false, stem: 'تحقيق' });
  });

  it('splits a bare conjunction or preposition only when the counts know the stem', () => {
    expect(analyzeClitics('وجماعه').prefixes).toEqual([]);
    expect(analyzeClitics('وجماعه', counts)).toMatchObject({ prefixes: ['و'], stem: 'جماعه' });
    expect(analyzeClitics('بليبيا', counts)).toMatchObject({ prefixes: ['ب'], stem: 'ليبيا' });
    expect(analyzeClitics('وزير', counts).prefixes).toEqual([]);
    expect(analyzeClitics('بنغازي', counts).prefixes).toEqual([]);
    expect(analyzeClitics('كوفي', counts).prefixes).toEqual([]);
  });

  it('reads ل + a word in ل when the counts prefer it to the elided article', () => {
    expect(analyzeClitics('لليبيا', counts)).toMatchObject({ prefixes: ['ل'], procliticLength: 1, stem: 'ليبيا' });
  });

  it('takes a pronoun suffix off a known stem, writing ت back as ة', () => {
    expect(analyzeClitics('عملياته', counts)).toMatchObject({ suffix: 'ه', stem: 'عمليات' });
    expect(analyzeClitics('جماعه', counts, -1, true).suffix).toBe('');
  });
});

describe('analyzed tokens', () => {
  it('gives the stem span without the proclitic, tatweel included', () => {
    const text = 'وجماعة لـعملياته بليبيا والقاهرة';
    const counts = new Map([['جماعه', 50], ['ليبيا', 50]]);
    const stems = tokenizeAnalyzed(text, counts).map((t) => text.slice(t.stemStart, t.stemEnd));
    expect(stems).toEqual(['جماعة', 'عملياته', 'ليبيا', 'القاهرة']);
  });

  it('normalizes with diacritics and both digit sets folded', () => {
    const toks = tokenizeAnalyzed('معمّر ٢٠١٢ CNN');
    expect(toks.map((t) => t.norm)).toEqual(['معمر', '2012', 'cnn']);
  });
});

describe('sentences', () => {
  const sentences = (text: string): string[] => {
    const toks = tokenizeAnalyzed(text);
    return splitSentences(text, toks).map((s) => text.slice(s.start, s.end));
  };

  it('splits on . ؟ ! and line breaks, keeping closing quotes', () => {
    expect(sentences('قال «انتهى.» ثم ذهب؟ نعم!\nسطر آخر')).toEqual(['قال «انتهى.»', 'ثم ذهب؟', 'نعم!', 'سطر آخر']);
  });

  it('does not split on abbreviations, decimals or initials', () => {
    expect(sentences('التقى د. خالد عام 300 ق.م بنسبة 3.5 مع J. Smith في القاهرة.')).toHaveLength(1);
  });

  it('handles no tokens', () => {
    expect(splitSentences('', [])).toEqual([]);
  });
});
