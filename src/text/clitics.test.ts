import { describe, expect, it } from 'vitest';
import { procliticReadings, stripProclitics } from './clitics.js';

/** Words with and without glued clitics, and the edge cases: empty, a lone clitic, clitics only. */
const WORDS = ['', 'و', 'ب', 'وب', 'فل', 'بب', 'وو', 'وبمدينه', 'فبالعاصمه', 'لمدينه', 'ولبنان', 'بلده', 'كتاب', 'فرع', 'مدينه', 'وكتابه'];

describe('stripProclitics', () => {
  it('sets aside a conjunction and then a preposition, each optional', () => {
    expect(stripProclitics('وبمدينه', { conjunctions: 'وف', prepositions: 'ب' })).toBe('مدينه');
    expect(stripProclitics('فلمدينه', { conjunctions: 'وف', prepositions: 'بل' })).toBe('مدينه');
    expect(stripProclitics('لمدينه', { conjunctions: 'وف', prepositions: 'بل' })).toBe('مدينه');
    expect(stripProclitics('وقالت', { conjunctions: 'وف', prepositions: 'بل' })).toBe('قالت');
    expect(stripProclitics('مدينه', { conjunctions: 'وف', prepositions: 'بل' })).toBe('مدينه');
  });

  it('takes only the letters it is given', () => {
    expect(stripProclitics('فقالت', { conjunctions: 'و' })).toBe('فقالت');
    expect(stripProclitics('ولمدينه', { conjunctions: 'وف', prepositions: 'ب' })).toBe('لمدينه');
    expect(stripProclitics('بمدينه', { conjunctions: 'وف' })).toBe('بمدينه');
    expect(stripProclitics('بمدينه', { prepositions: 'ب' })).toBe('مدينه');
    expect(stripProclitics('وبمدينه', { prepositions: 'ب' })).toBe('وبمدينه');
  });

  it('takes one letter of each set at most, in order', () => {
    expect(stripProclitics('ووزير', { conjunctions: 'وف' })).toBe('وزير');
    expect(stripProclitics('بلده', { conjunctions: 'وف', prepositions: 'بل' })).toBe('لده');
    expect(stripProclitics('بوزير', { conjunctions: 'وف', prepositions: 'بل' })).toBe('وزير');
  });

  it('does what the regex of each letter set does', () => {
    const sets = [
      { conjunctions: 'وف' },
      { conjunctions: 'و' },
      { prepositions: 'ب' },
      { conjunctions: 'وف', prepositions: 'بل' },
      { conjunctions: 'وف', prepositions: 'بلك' },
    ];
    for (const letters of sets) {
      const re = new RegExp(`^${letters.conjunctions ? `[${letters.conjunctions}]?` : ''}${letters.prepositions ? `[${letters.prepositions}]?` : ''}`);
      for (const w of WORDS) expect(stripProclitics(w, letters), `${w} ${JSON.stringify(letters)}`).toBe(w.replace(re, ''));
    }
  });
});

describe('procliticReadings', () => {
  it('reads the word as written, without its conjunction, then without its preposition too', () => {
    expect(procliticReadings('وبمدينه', { conjunctions: 'وف', prepositions: 'ب' })).toEqual(['وبمدينه', 'بمدينه', 'مدينه']);
    expect(procliticReadings('لمدينه', { conjunctions: 'وف', prepositions: 'بل' })).toEqual(['لمدينه', 'لمدينه', 'مدينه']);
    expect(procliticReadings('وقالت', { conjunctions: 'وف', prepositions: 'بل' })).toEqual(['وقالت', 'قالت', 'قالت']);
    expect(procliticReadings('مدينه', { conjunctions: 'وف', prepositions: 'بل' })).toEqual(['مدينه', 'مدينه', 'مدينه']);
  });

  it('finds in a lexicon what the three regex readings found, first match first', () => {
    const letters = { conjunctions: 'وف', prepositions: 'بل' };
    const regexReadings = (w: string): string[] => [w, w.replace(/^[وف]/, ''), w.replace(/^[وف]?[بل]/, '')];
    for (const lexicon of [new Set(['مدينه']), new Set(['لمدينه', 'مدينه']), new Set(['بلده']), new Set(['لده', 'وو']), new Set(['و', ''])]) {
      for (const w of WORDS) {
        const found = (readings: readonly string[]): string | undefined => readings.find((r) => lexicon.has(r));
        expect(found(procliticReadings(w, letters)), w).toBe(found(regexReadings(w)));
      }
    }
  });
});
