import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toContractEntities } from './contract-entities.js';
import { createResolveStage } from './resolve-stage.js';
import { matchActors } from './actor-matcher.js';
import { loadKnowledgeBase, loadResolveResources } from './resources.js';
import { recordWithMentions, type MentionSpec } from './test-record.js';

const res = loadResolveResources();
const stage = createResolveStage(res);

// The seed, with its broken quotes repaired as the repair stage does.
const seed = readFileSync(new URL('../../test/fixtures/analyze/seed/source.txt', import.meta.url), 'utf8')
  .replace(/Œ/g, '«')
  .replace(/˜/g, '»');

// What a recognizer marks in the seed (the resolver must add the rest itself).
const SEED_MENTIONS: MentionSpec[] = [
  ['القاهرة', 'LOC'], ['الجزائر', 'LOC'], ['الجزائر', 'LOC', 1], ['درودكال', 'PER'], ['أنصار بيت المقدس', 'ORG'],
  ['جهاز المخابرات العامة المصري', 'ORG'], ['تنظيم القاعدة في بلاد المغرب', 'ORG'],
  ['تنظيم القاعدة في بلاد المغرب الإسلامي', 'ORG', 1], ['عبد المالك درودكال', 'PER'], ['القاعدة في بلاد المغرب الإسلامي', 'ORG', 2],
  ['وكالة الاستخبارات المركزية الأمريكية', 'ORG'], ['بنغازي', 'LOC'], ['غت', 'LOC'], ['درنة', 'LOC'], ['ليبيا', 'LOC'],
];

const entities = stage.run(recordWithMentions(seed, SEED_MENTIONS), () => undefined).entities!;
const byText = (text: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = seed.indexOf(text, at + 1);
  return entities.find((e) => e.mentions.some((m) => m.start === at || (m.start <= at && at < m.end)))!;
};

describe('resolve stage on the seed (issue acceptance)', () => {
  it('makes the four name forms of AQIM one entity', () => {
    const aqim = byText('تنظيم القاعدة في بلاد المغرب');
    expect(aqim.kbId).toBe('aqim');
    expect(aqim.parent).toBe('al-qaeda');
    expect(aqim.wikidata).toBe('Q2635966');
    expect(byText('تنظيم القاعدة في بلاد المغرب الإسلامي', 1)).toBe(aqim);
    expect(byText('القاعدة في بلاد المغرب الإسلامي', 2)).toBe(aqim);
    const branch = aqim.mentions.find((m) => m.source === 'branch');
    expect(branch?.text).toBe('فرع شمال إفريقيا من التنظيم');
  });

  it('joins سي آي إيه to the CIA, found by the alias scanner with its exact span', () => {
    const cia = byText('وكالة الاستخبارات المركزية الأمريكية');
    expect(cia.kbId).toBe('cia');
    const alias = cia.mentions.find((m) => m.text === 'سي آي إيه');
    expect(alias?.source).toBe('alias');
    expect(seed.slice(alias!.start, alias!.end)).toBe('سي آي إيه');
  });

  it('makes درودكال and عبد المالك درودكال one person', () => {
    expect(byText('عبد المالك درودكال')).toBe(byText('درودكال'));
    expect(byText('درودكال').type).toBe('PER');
  });

  it('geocodes غت as Ghat in Libya, and درنة and بنغازي', () => {
    const ghat = byText('غت')!;
    expect(ghat.geo).toMatchObject({ geonamesId: 2217351, countryCode: 'LY' });
    expect(ghat.geo!.lat).toBeCloseTo(24.96, 1);
    expect(ghat.geo!.lon).toBeCloseTo(10.18, 1);
    expect(byText('درنة').geo?.geonamesId).toBe(87205);
    expect(byText('بنغازي').geo?.geonamesId).toBe(88319);
  });

  it('reads القاهرة and الجزائر in the title as the two governments, and الجزائر later as the place', () => {
    expect(byText('القاهرة')).toMatchObject({ kbId: 'gov:EG', type: 'ORG', subtype: 'government' });
    expect(byText('الجزائر')).toMatchObject({ kbId: 'gov:DZ', type: 'ORG', subtype: 'government' });
    expect(byText('الجزائر', 1)).toMatchObject({ type: 'LOC', subtype: null });
  });

  it('types Ansar Bait al-Maqdis and Egyptian General Intelligence', () => {
    expect(byText('أنصار بيت المقدس')).toMatchObject({ kbId: 'ansar-bait-al-maqdis', subtype: 'armed_group' });
    expect(byText('جهاز المخابرات العامة المصري')).toMatchObject({ kbId: 'egypt-gis', subtype: 'state_security' });
  });

  it('prints entities as the analysis contract wants them', () => {
    const doc = stage.run(recordWithMentions(seed, SEED_MENTIONS), () => undefined);
    const out = toContractEntities(doc);
    const ghat = out.find((e) => e.name === 'غات')!;
    // DESIGN.md's fields, all of them; the contract may grow by added fields.
    expect(Object.keys(ghat)).toEqual(expect.arrayContaining(['aliases', 'geo', 'id', 'mentions', 'name', 'subtype', 'type', 'wikidata']));
    expect(ghat.geo).toEqual({ lat: 24.96334, lon: 10.18003, geonamesId: 2217351 });
    for (const e of out) for (const m of e.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('country as actor', () => {
  const run = (text: string, specs: MentionSpec[]) => stage.run(recordWithMentions(text, specs), () => undefined).entities!;
  it('makes a country after a speech verb its government, and after a preposition the place', () => {
    const [actor] = run('وقالت واشنطن إنها ستدرس الطلب.', [['واشنطن', 'LOC']]);
    expect(actor).toMatchObject({ kbId: 'gov:US', subtype: 'government' });
    const [place] = run('وصل الوفد إلى ليبيا أمس.', [['ليبيا', 'LOC']]);
    expect(place).toMatchObject({ type: 'LOC', kbId: 'geo:2215636' });
  });

  it('keeps countries between which a border runs as places', () => {
    const out = run('أغلقت السلطات الحدود بين مالي والنيجر.', [['مالي', 'LOC'], ['النيجر', 'LOC']]);
    expect(out.every((e) => e.type === 'LOC')).toBe(true);
  });

  it('reads the subject of a reported clause, a verb with an object pronoun and ضد as actors', () => {
    const [said] = run('وقال المتحدث إن الجزائر «جددت دعمها» للاتفاق.', [['الجزائر', 'LOC']]);
    expect(said).toMatchObject({ kbId: 'gov:DZ', subtype: 'government' });
    const [led] = run('وتواصل الغارات التي تشنها الولايات المتحدة منذ سنوات.', [['الولايات المتحدة', 'LOC']]);
    expect(led?.kbId).toBe('gov:US');
    const [against] = run('خطط التنظيم لشن هجمات ضد فرنسا.', [['فرنسا', 'LOC']]);
    expect(against?.kbId).toBe('gov:FR');
    const [supported] = run('قدمت المنظمة دعمها لمالي الشقيقة.', [['مالي', 'LOC']]);
    expect(supported?.type).toBe('LOC');
  });

  it('lets the countries of one list act together, but not those a preposition places', () => {
    const out = run('وجاء في البيان أن تشاد والنيجر ونيجيريا تبذل جهودها.', [['تشاد', 'LOC'], ['النيجر', 'LOC'], ['نيجيريا', 'LOC']]);
    expect(out.map((e) => e.kbId)).toEqual(['gov:TD', 'gov:NE', 'gov:NG']);
    const joined = run('وانضمت تشاد مع النيجر إلى نيجيريا في الحملة.', [['تشاد', 'LOC'], ['النيجر', 'LOC'], ['نيجيريا', 'LOC']]);
    expect(joined.map((e) => e.type)).toEqual(['ORG', 'ORG', 'LOC']);
  });

  it("makes a state's facility named with its country one government entity, both spellings", () => {
    const text = 'هاجم مسلحون قنصلية فرنسا في المدينة، ثم عادوا إلى محيط القنصلية الفرنسية مساء.';
    const out = run(text, [['فرنسا', 'LOC']]);
    const consulate = out.find((e) => e.mentions.some((m) => m.text === 'قنصلية فرنسا'));
    expect(consulate).toMatchObject({ type: 'ORG', subtype: 'government', kbId: null, country: 'FR', parent: 'gov:FR' });
    expect(consulate?.mentions.map((m) => m.text)).toEqual(['قنصلية فرنسا', 'القنصلية الفرنسية']);
    expect(out.some((e) => e.type === 'LOC' && e.name === 'فرنسا')).toBe(false);
  });
});

describe('names the recognizer cut short or missed', () => {
  const run = (text: string, specs: MentionSpec[]) => stage.run(recordWithMentions(text, specs), () => undefined).entities!;

  it('takes a whole knowledge-base name over the place the recognizer found inside it', () => {
    const out = run('تنشط حركة أنصار الشريعة في ليبيا منذ سنوات.', [['ليبيا', 'LOC']]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kbId: 'ansar-al-sharia-ly', name: 'أنصار الشريعة في ليبيا' });
    expect(out[0]!.mentions[0]!.text).toBe('حركة أنصار الشريعة في ليبيا');
  });

  it("never takes in a head noun the recognizer left out of an organization's name", () => {
    const out = run('قتل عناصر من تنظيم داعش أمس.', [['داعش', 'ORG']]);
    expect(out[0]?.mentions.map((m) => m.text)).toEqual(['داعش']);
  });

  it('finds a weak name only for an actor the article names, with its article', () => {
    const text = 'أعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته. وقال إن القاعدة ستواصل، وأقام قاعدة جديدة.';
    const out = run(text, [['تنظيم القاعدة في بلاد المغرب الإسلامي', 'ORG']]);
    const aqim = out.find((e) => e.kbId === 'aqim');
    // `القاعدة` joins the branch the article is about; `قاعدة جديدة` is a base, no name.
    expect(aqim?.mentions.map((m) => m.text)).toEqual(['تنظيم القاعدة في بلاد المغرب الإسلامي', 'القاعدة']);
    expect(out).toHaveLength(1);
    expect(run('وقال إن القاعدة ستواصل.', [])).toEqual([]);
  });

  it('finds knowledge-base names with عبد ال… or a later word in لل, token by token', () => {
    const text = 'أعلنت الجبهة الإسلامية للإنقاذ موقفها، واستقبل الملك عبد الله الثاني الوفد، وقالت منظمة الأمم المتحدة للطفولة إن الوضع صعب.';
    const ids = run(text, []).map((e) => e.kbId);
    expect(ids).toEqual(expect.arrayContaining(['fis', 'king-abdullah-ii', 'unicef']));
    expect(ids).not.toContain('un');
  });

  it("joins an organization's short form to its full name, and finds a name written with لل", () => {
    const text = 'هاجم مسلحون دورية للجيش الوطني الشعبي. وقال الدرك الوطني الجزائري إن الدرك يلاحقهم.';
    const out = run(text, [['الدرك الوطني الجزائري', 'ORG'], ['الدرك', 'MISC', 1]]);
    const army = out.find((e) => e.kbId === 'anp-dz');
    // ل with the article elided (للجيش = ل + الجيش): the span keeps the whole word, as the recognizer's does.
    expect(army?.mentions[0]?.text).toBe('للجيش الوطني الشعبي');
    const gendarmerie = out.find((e) => e.mentions.some((m) => m.text === 'الدرك الوطني الجزائري'));
    expect(gendarmerie?.mentions.map((m) => m.text)).toEqual(['الدرك الوطني الجزائري', 'الدرك']);
  });

  it('finds a town the gazetteer knows after a town noun, where the recognizer saw none', () => {
    const out = run('ويسافر قادة التنظيم إلى بلدة غت في جنوب غرب ليبيا.', [['ليبيا', 'LOC']]);
    expect(out.find((e) => e.mentions.some((m) => m.text === 'غت'))?.geo?.geonamesId).toBe(2217351);
    // `المدينة` is no town noun in construct: what follows it is no name.
    expect(run('وإذا سيطروا على المدينة فإن ذلك يعجل تقدمهم.', [])).toEqual([]);
    // Two words before one, over a person the recognizer saw in the second.
    const [town] = run('وتسيطر الوحدات على بلدة عين عيسى شمال الرقة.', [['عيسى', 'PER']]);
    expect(town).toMatchObject({ type: 'LOC', mentions: [expect.objectContaining({ text: 'عين عيسى' })] });
  });

  it("reads a weak name after a force head as the person whose forces they are (قوات الأسد)", () => {
    const out = run('وقصفت قوات الأسد البلدة أمس.', []);
    expect(out.map((e) => e.kbId)).toEqual(['assad']);
    expect(run('ورفع الأسد رأسه.', [])).toEqual([]);
  });

  it("reads a parent's short name after its branch's full name as the branch", () => {
    const text = 'نفذ تنظيم القاعدة في جزيرة العرب هجوما. ويعتبر تنظيم القاعدة أن الحرب مستمرة.';
    const out = run(text, [['تنظيم القاعدة في جزيرة العرب', 'ORG'], ['تنظيم القاعدة', 'ORG', 1]]);
    expect(out.map((e) => e.kbId)).toEqual(['aqap']);
    // Before the branch is named, the short name is the parent.
    const before = run('ويعتبر تنظيم القاعدة أن الحرب مستمرة. نفذ تنظيم القاعدة في جزيرة العرب هجوما.', [['تنظيم القاعدة', 'ORG'], ['تنظيم القاعدة في جزيرة العرب', 'ORG']]);
    expect(before.map((e) => e.kbId)).toEqual(['al-qaeda', 'aqap']);
  });
});

describe('knowledge base', () => {
  it('holds at least 300 actors with Arabic and English names', () => {
    const own = [...res.kb.actors.values()].filter((a) => !a.id.startsWith('gov:'));
    expect(own.length).toBeGreaterThanOrEqual(300);
    expect(own.filter((a) => a.en.length === 0)).toEqual([]);
    expect(res.kb.get('ansar-bait-al-maqdis')?.successor).toBe('is-sinai');
  });

  it('finds a person named with a longer chain of descent than it lists', () => {
    expect(matchActors('محمد بن سلمان بن عبدالعزيز آل سعود', res.kb, 'PER')[0]).toMatchObject({ id: 'mohammed-bin-salman', kind: 'trimmed' });
    expect(matchActors('محمد بن سلمان بن عبدالعزيز', res.kb, 'PER')[0]?.id).toBe('mohammed-bin-salman');
    expect(matchActors('محمد بن', res.kb, 'PER')).toEqual([]);
    expect(matchActors('سلمان بن عبدالعزيز آل سعود برقية', res.kb, 'PER').map((m) => m.kind)).not.toContain('trimmed');
  });

  it('never gives one Wikidata id to two actors, and marks ids from a single source', () => {
    const byQid = new Map<string, string[]>();
    for (const a of res.kb.actors.values()) if (a.wikidata) byQid.set(a.wikidata, [...(byQid.get(a.wikidata) ?? []), a.id]);
    expect([...byQid.values()].filter((ids) => ids.length > 1)).toEqual([]);
    expect(byQid.size).toBeGreaterThanOrEqual(90);
    expect(res.kb.get('aqim')).toMatchObject({ wikidata: 'Q2635966', wikidataCheck: 'one source' });
    expect(res.kb.get('obama')?.wikidataCheck).toBeUndefined();
  });

  it("loads a user's own directory without code changes", () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-kb-'));
    const actors = [{ id: 'my-group', type: 'ORG', subtype: 'armed_group', ar: ['كتيبة النسور السود'], en: ['Black Eagles Battalion'], country: 'LY', wikidata: null }];
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ actors }));
    const kb = loadKnowledgeBase({ extraDirs: [dir] });
    expect(kb.exact('كتيبه نسور سود')).toEqual(['my-group']);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ actors: [{ id: 'x', type: 'ORG', ar: [], en: [] }] }));
    expect(() => loadKnowledgeBase({ extraDirs: [dir] })).toThrow(/E-KB-005/);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ actors: [{ ...actors[0], id: 'y', ar: ['س'], wikidataCheck: 'one source' }] }));
    expect(() => loadKnowledgeBase({ extraDirs: [dir] })).toThrow(/E-KB-008/);
    writeFileSync(join(dir, 'bad.json'), '{"actors": [{"id": "z",');
    expect(() => loadKnowledgeBase({ extraDirs: [dir] })).toThrow(/E-KB-010: .*bad\.json is not valid JSON/);
  });
});
