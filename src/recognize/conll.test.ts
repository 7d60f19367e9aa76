import { describe, expect, it } from 'vitest';
import { conllDocuments, parseConll, writeConll } from './conll.js';
import { normalizeTag } from './tags.js';

describe('CoNLL reading and writing', () => {
  it('groups sentences, keeps comments and handles CRLF without a final blank line', () => {
    const text = '# doc a.txt\r\nزار B-PERS\r\nعمان B-LOC\r\n\r\n\r\nغدا O';
    const f = parseConll(text);
    expect(f.sentences.map((s) => s.tokens)).toEqual([['زار', 'عمان'], ['غدا']]);
    expect(f.sentences[0]!.lastColumn).toEqual(['B-PERS', 'B-LOC']);
    const out = writeConll(f, [['O', 'B-LOC'], ['O']]);
    expect(out.split('\r\n')).toEqual(['# doc a.txt', 'زار B-PERS O', 'عمان B-LOC B-LOC', '', '', 'غدا O O']);
  });

  it('writes as many lines as it reads, with tabs where the input has tabs', () => {
    const text = 'كلمة\tX\n\nأخرى\n';
    const out = writeConll(parseConll(text), [['B-PER'], ['O']]);
    expect(out).toBe('كلمة\tX\tB-PER\n\nأخرى O\n');
    expect(out.split('\n').length).toBe(text.split('\n').length);
  });

  it('groups sentences by document marks, or in runs of a window without them', () => {
    expect(conllDocuments(parseConll('# doc a\nأ O\n\nب O\n# doc b\nج O\n'))).toEqual([[0, 1], [2]]);
    expect(conllDocuments(parseConll('أ O\n\nب O\n\nج O\n\nد O\n\nه O\n'), 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(conllDocuments(parseConll(''))).toEqual([]);
  });

  it('reads a lone # as a token and an empty input as nothing', () => {
    expect(parseConll('# O\n').sentences[0]!.tokens).toEqual(['#']);
    expect(parseConll('').lines).toEqual([]);
    expect(writeConll(parseConll(''), [])).toBe('');
  });
});

describe('tag names', () => {
  it('normalizes the corpora tag names in one place', () => {
    expect(['B-PERS', 'I-MIS', 'S-ORG', 'E-LOC', 'O', '-', 'B-GPE', 'B-DATE', 'PERS'].map(normalizeTag)).toEqual([
      'B-PER', 'I-MISC', 'B-ORG', 'I-LOC', 'O', 'O', 'B-LOC', 'B-DATE', 'I-PER',
    ]);
  });
});
