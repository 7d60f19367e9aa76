import { describe, expect, it } from 'vitest';
import { WordList } from '../../lang/ar/word-list.js';
import { applyEdits } from './repair-edit.js';
import { createRunTogetherRule, findSplit, loadLexicon, runTogetherRule, type Lexicon } from './run-together.js';

/** A tiny lexicon, so the shapes of a split are tested apart from the committed list. */
const tiny: Lexicon = {
  words: new WordList(['التحقيق', 'للتحقيق', 'أكدت', 'وأكدت', 'المدينة', 'المنورة', 'الفكر', 'القديم', 'يزال', 'كتاب', 'عبدا', 'لعزيز', 'قالت']),
  names: new WordList(['عبدالعزيز']),
  shortWords: new Set(['حول', 'أن', 'على', 'من']),
  verbParticles: new Set(['لا', 'ولا']),
};

describe('findSplit with a tiny lexicon', () => {
  it('splits before a short function word, after a final-only letter, before the article, after a particle', () => {
    expect(findSplit('للتحقيقحول', tiny)).toEqual({ at: 7, kind: 'function-word' });
    expect(findSplit('وأكدتأن', tiny)).toEqual({ at: 5, kind: 'function-word' });
    expect(findSplit('المدينةالمنورة', tiny)).toEqual({ at: 7, kind: 'final-letter' });
    expect(findSplit('الفكرالقديم', tiny)).toEqual({ at: 5, kind: 'article' });
    expect(findSplit('لايزال', tiny)).toEqual({ at: 2, kind: 'particle-verb' });
  });

  it('does not split known wholes, names, a written hamza into a dual, or name openers', () => {
    expect(findSplit('للتحقيق', tiny)).toBeNull();
    expect(findSplit('عبدالعزيز', tiny)).toBeNull();
    expect(findSplit('عبدلعزيز', tiny)).toBeNull();
    expect(findSplit('كتابان', tiny)).toBeNull(); // dual: no hamza, so not كتاب + أن
  });

  it('does not split two long words with no other cue', () => {
    expect(findSplit('قالتكتاب', tiny)).toBeNull();
  });
});

describe('run-together repair with the committed word list', () => {
  const lexicon = loadLexicon();
  const repair = (text: string): string => applyEdits(text, runTogetherRule.find(text, { language: 'ar' })).text;

  it('splits the seed words, keeping the diacritics on the first part', () => {
    expect(repair('في إطار مهمة للتحقيقحول شبهات')).toBe('في إطار مهمة للتحقيق حول شبهات');
    expect(repair('وأكّدتأن قادة التنظيم')).toBe('وأكّدت أن قادة التنظيم');
    expect(repair('زار المدينةالمنورة أمس')).toBe('زار المدينة المنورة أمس');
  });

  it('leaves real words and names alone', () => {
    const text =
      'قال عبدالعزيز التويجري إن انتمائهما واستخدمتما المستعربين السويلم لايبزيغ كريستوفر ستيفنز ' +
      'والمجتمعات الإرهابية بالاستخبارات موتورولا المعلا العبدالله جارالله';
    expect(repair(text)).toBe(text);
  });

  it('uses the lexicon it is given', () => {
    const rule = createRunTogetherRule(() => tiny);
    expect(rule.find('قالتكتاب للتحقيقحول', { language: 'ar' }).map((e) => e.start)).toEqual([16]);
    expect(lexicon.words.size).toBeGreaterThan(100_000);
  });
});
