import { describe, expect, it } from 'vitest';
import { propagateLabels } from './document-consistency.js';
import { applyOrgRules } from './org-rules.js';
import { applyPersonRules } from './person-rules.js';
import { Gazetteer } from './gazetteer.js';
import { applyPlaceRules } from './place-rules.js';
import { applyWorkTitleRules } from './work-title-rules.js';
import { TAGS, tagIndex } from './tags.js';
import { WordInfoCache } from './word-info.js';
import { emptyWordStats } from './word-stats.js';

const words = new WordInfoCache(emptyWordStats());
const infos = (s: string) => s.split(' ').map((w) => words.get(w));
const tags = (...t: string[]) => Int32Array.from(t, (x) => tagIndex(x));
const names = (t: Int32Array) => Array.from(t, (k) => TAGS[k]);

describe('person rules', () => {
  it('ends a name before the office after it and drops an honorific before it', () => {
    const i = infos('استقبل سمو الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد اليوم');
    const t = tags('O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'O');
    const src = new Int32Array(t.length);
    applyPersonRules(i, t, src);
    // الأمير stays where the tagger put it (ANERcorp leaves titles out; the tagger mostly does too).
    expect(names(t)).toEqual(['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'O', 'O', 'O']);
    expect(src[2]).toBe(1);
  });

  it('drops a chunk made of titles only, and leaves a plain name alone', () => {
    const t = tags('O', 'B-PER', 'I-PER', 'I-PER', 'O');
    applyPersonRules(infos('ورفع سمو ولي العهد برقية'), t, new Int32Array(5));
    expect(names(t)).toEqual(['O', 'O', 'O', 'O', 'O']);
    const plain = tags('O', 'B-PER', 'I-PER', 'O');
    applyPersonRules(infos('قال سالم الهادي إن'), plain, new Int32Array(4));
    expect(names(plain)).toEqual(['O', 'B-PER', 'I-PER', 'O']);
    // ولي inside a name (Ahmed Wali Karzai) is no office: nothing with the article follows it.
    const wali = tags('O', 'B-PER', 'I-PER', 'I-PER', 'O');
    applyPersonRules(infos('قال أحمد ولي كرزاي إن'), wali, new Int32Array(5));
    expect(names(wali)).toEqual(['O', 'B-PER', 'I-PER', 'I-PER', 'O']);
  });
});

describe('organization rules', () => {
  it('joins a head noun to a definite name after it, and over في + place', () => {
    const i = infos('قال تنظيم القاعدة في بلاد المغرب الإسلامي إن');
    const t = tags('O', 'O', 'B-ORG', 'O', 'O', 'B-LOC', 'O', 'O');
    const src = new Int32Array(t.length);
    applyOrgRules(i, t, src, null);
    expect(names(t)).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(src[1]).toBe(1);
  });

  it('leaves a name that stands on its own after the head (حركة حماس)', () => {
    const t2 = tags('O', 'O', 'B-ORG', 'O');
    applyOrgRules(infos('أعلنت حركة حماس أمس'), t2, new Int32Array(4), null);
    expect(names(t2)).toEqual(['O', 'O', 'B-ORG', 'O']);
  });

  it('reads a quoted name after a head as an organization', () => {
    const t = tags('O', 'O', 'O', 'O', 'O', 'O');
    applyOrgRules(infos('عن حركة « أنصار الشريعة »'), t.subarray(0, 6), new Int32Array(6), null);
    expect(names(t)).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('splits a person off the end of a head + definite name', () => {
    const t = tags('O', 'O', 'B-PER', 'I-PER', 'I-PER');
    applyOrgRules(infos('كتلة تيار المستقبل سعد الحريري'), t, new Int32Array(5), null);
    expect(names(t)).toEqual(['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER']);
  });
});

describe('place rules', () => {
  const gazetteer = new Gazetteer();
  gazetteer.add('جنوب أفريقيا', 'country');
  gazetteer.add('كوت ديفوار', 'country');
  gazetteer.add('الإمارات', 'country');
  gazetteer.add('الإمارات العربية المتحدة', 'country');
  const place = (sentence: string, ...t: string[]) => {
    const i = infos(sentence);
    const out = tags(...t);
    applyPlaceRules(i, out, new Int32Array(i.length), gazetteer.match(i.map((x) => x.key), i.map((x) => x.norm)));
    return names(out);
  };

  it('gives a country of several words its whole name when the tagger found a part', () => {
    expect(place('سافر إلى جنوب أفريقيا أمس', 'O', 'O', 'O', 'B-LOC', 'O')).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(place('منتخب كوت ديفوار', 'O', 'B-LOC', 'O')).toEqual(['O', 'B-LOC', 'I-LOC']);
    expect(place('وفد الإمارات العربية المتحدة', 'O', 'B-LOC', 'O', 'O')).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC']);
  });

  it('leaves a country name alone when a word of it was tagged otherwise, or when it was not tagged at all', () => {
    expect(place('فريق جنوب أفريقيا', 'O', 'B-ORG', 'B-LOC')).toEqual(['O', 'B-ORG', 'B-LOC']);
    expect(place('جنوب أفريقيا', 'O', 'O')).toEqual(['O', 'O']);
    expect(place('الإمارات', 'B-LOC')).toEqual(['B-LOC']);
  });

  it('reads a rare word after a settlement noun as a place, not a definite one', () => {
    const t = tags('O', 'O', 'O', 'O');
    applyPlaceRules(infos('إلى بلدة غت الصحراوية'), t, new Int32Array(4), null);
    expect(names(t)).toEqual(['O', 'O', 'B-LOC', 'O']);
    const t2 = tags('O', 'O', 'O');
    applyPlaceRules(infos('إلى المدينة القديمة'), t2, new Int32Array(3), null);
    expect(names(t2)).toEqual(['O', 'O', 'O']);
  });
});

describe('work title rules', () => {
  const title = (sentence: string, ...t: string[]) => {
    const out = tags(...t);
    const src = new Int32Array(out.length);
    applyWorkTitleRules(infos(sentence), out, src);
    return { names: names(out), sources: Array.from(src) };
  };

  it('reads a quoted title after a work noun as one MISC name without its quotes', () => {
    const r = title('وقدمت ببرنامج « ليالي الشرق » على القناة', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O');
    expect(r.names).toEqual(['O', 'O', 'O', 'B-MISC', 'I-MISC', 'O', 'O', 'O']);
    expect(r.sources).toEqual([0, 0, 0, 1, 0, 0, 0, 0]);
    expect(title('صدر كتابه بعنوان " سنوات الرمل " أمس', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O').names).toEqual(['O', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'O', 'O']);
  });

  it('leaves quotes after other words, long quotations, and titles a chunk runs into', () => {
    expect(title('وقال « نحن هنا » أمس', 'O', 'O', 'O', 'O', 'O', 'O').names).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(title('في كتابه « قلنا ، ولم نفعل »', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O').names.every((x) => x === 'O')).toBe(true);
    const long = title('فيلم « لا أحد يعرف ماذا جرى في تلك الليلة » أمس', 'O', ...Array<string>(10).fill('O'), 'O');
    expect(long.names.every((x) => x === 'O')).toBe(true);
    // A chunk that starts inside the quotes and runs past them, or the reverse.
    expect(title('فيلم « سالم الهادي » قصة', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O').names).toEqual(['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O']);
    expect(title('فيلم « سالم الهادي » قصة', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O').names).toEqual(['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O']);
    // The closing " of a quotation that ends with a work noun opens nothing.
    const quote = title('قالت " لن أعود إلى برنامجه " وأضافت " شكرا "', ...Array<string>(10).fill('O'));
    expect(quote.names.every((x) => x === 'O')).toBe(true);
  });
});

describe('document consistency', () => {
  it('gives a surname or a one-word name its type elsewhere in the block, not a word of a longer name', () => {
    const s1 = infos('قال عبد المالك درودكال إن جماعة أنصار بيت المقدس في سيناء');
    const s2 = infos('ويتبع درودكال عدد من أنصار التنظيم في سيناء');
    const t1 = tags('O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC');
    const t2 = tags('O', 'O', 'O', 'O', 'O', 'O', 'O', 'O');
    const src = [new Int32Array(11), new Int32Array(8)];
    propagateLabels([s1, s2], [t1, t2], src);
    expect(names(t2)).toEqual(['O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'B-LOC']);
    expect(src[1]![1]).toBe(2);
  });
});
