import { describe, expect, it } from 'vitest';
import { chunksOf, evaluate, formatEval } from './conlleval.js';

describe('chunks as conlleval counts them', () => {
  it('reads B-/I- runs, breaks on type changes and on B-', () => {
    expect(chunksOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('starts a chunk at an I- without a B- (after O and at the sentence start)', () => {
    expect(chunksOf(['I-PER', 'I-PER', 'O', 'I-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });
});

describe('evaluate', () => {
  it('matches hand-computed precision, recall and F1', () => {
    // gold: PER[0,2) LOC[3,4) | ORG[0,3)     guess: PER[0,2) LOC[3,4)→wrong type ORG | ORG[0,2) MISC[4,5)
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']];
    const guess = [['B-PER', 'I-PER', 'O', 'B-ORG'], ['B-ORG', 'I-ORG', 'O', 'O', 'B-MISC']];
    const r = evaluate(gold, guess);
    expect(r.micro).toMatchObject({ gold: 3, guessed: 4, correct: 1 });
    expect(r.micro.precision).toBeCloseTo(0.25);
    expect(r.micro.recall).toBeCloseTo(1 / 3);
    expect(r.micro.f1).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
    expect(r.types['PER']).toMatchObject({ gold: 1, guessed: 1, correct: 1, f1: 1 });
    expect(r.types['ORG']).toMatchObject({ gold: 1, guessed: 2, correct: 0, f1: 0 });
    expect(r.types['MISC']).toMatchObject({ gold: 0, guessed: 1, precision: 0, recall: 0 });
    expect(r.tokenAccuracy).toBeCloseTo(6 / 9);
  });

  it('counts an I- chunk right when gold has the same span as B-', () => {
    const r = evaluate([['B-LOC', 'I-LOC']], [['I-LOC', 'I-LOC']]);
    expect(r.micro.correct).toBe(1);
    expect(r.tokenAccuracy).toBeCloseTo(0.5);
  });

  it('does not let a chunk cross a sentence boundary', () => {
    const r = evaluate([['B-PER'], ['I-PER']], [['B-PER'], ['I-PER']]);
    expect(r.micro).toMatchObject({ gold: 2, guessed: 2, correct: 2 });
  });

  it('reports zeros without dividing by zero, and prints like conlleval', () => {
    const r = evaluate([['O']], [['O']]);
    expect(r.micro.f1).toBe(0);
    expect(formatEval(r)).toContain('processed 1 tokens with 0 phrases');
  });

  it('throws on mismatched lengths', () => {
    expect(() => evaluate([['O']], [['O', 'O']])).toThrow();
  });
});
