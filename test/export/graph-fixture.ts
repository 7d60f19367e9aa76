// A small knowledge store for the export tests, from short Arabic stories written for them: two
// outlets tell the same alliance, a third copies the first, a denial, an attack with a stated
// week, a place without coordinates and a described actor.
import type { ContractClaim, ContractEntity } from '../../src/pipeline/contract.js';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { makeDocument } from '../store/make-document.js';

export const STORY_A =
  'أكدت مصادر محلية أن جماعة النور المسلحة تعاونت مع كتيبة الفجر في مدينة حلب خلال الأشهر الأخيرة. ' +
  'وقالت المصادر إن جماعة النور هاجمت مواقع الجيش السوري قرب حلب الأسبوع الماضي، وإن الهجوم أسفر عن خسائر كبيرة في صفوف الجنود.';

export const STORY_B =
  'ذكرت تقارير صحفية أن كتيبة الفجر وجماعة النور نسقتا عملياتهما في ريف حلب الشمالي منذ بداية العام. ' +
  'ونفى متحدث باسم الجيش السوري أن يكون قادته قد التقوا بممثلين عن جماعة النور، مؤكدا أن «لا تفاوض مع المسلحين».';

export const STORY_D =
  'انتقلت مجموعة من عناصر كتيبة الفجر إلى قرية الوادي الأخضر بعد اشتباكات عنيفة، ' +
  'فيما هاجم مسلحون مجهولون نقطة تفتيش على الطريق المؤدي إلى القرية، بحسب شهود عيان.';

/** An entity mentioned at the first occurrence of `name` in `text`. */
function ent(id: string, type: string, subtype: string | null, name: string, text: string, more: Partial<ContractEntity> = {}): ContractEntity {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`'${name}' is not in the text`);
  return { id, type, subtype, name, aliases: [], mentions: [{ start, end: start + name.length, text: name }], geo: null, wikidata: null, ...more };
}

/** A claim whose evidence is the first occurrence of `phrase` in `text`. */
function clm(id: string, type: string, roles: [string | null, string | null, string | null], phrase: string, text: string, more: Partial<ContractClaim> = {}): ContractClaim {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`'${phrase}' is not in the text`);
  return {
    id,
    type,
    subject: roles[0],
    object: roles[1],
    location: roles[2],
    modality: 'asserted',
    polarity: 'positive',
    attribution: { kind: 'anonymous', entity: null, text: 'مصادر محلية' },
    time: null,
    evidence: { start, end: start + phrase.length, text: phrase },
    confidence: 0.8,
    ...more,
  };
}

const ALEPPO = { geo: { lat: 36.20124, lon: 37.16117, geonamesId: 170063 } };

/** Story A as told by one outlet (or, with `copy`, as copied by another). */
export function documentA(copy = false) {
  const text = copy ? `حلب - خاص: ${STORY_A}` : STORY_A;
  return makeDocument(text, {
    url: copy ? 'https://third.example/news/copy-7' : 'https://first.example/أخبار/حلب-1',
    site: copy ? 'الثالثة' : 'الأولى',
    title: 'تعاون بين جماعة النور وكتيبة الفجر',
    published: copy ? '2024-03-03' : '2024-03-02',
    entities: [
      ent('e1', 'ORG', 'armed_group', 'جماعة النور', text, { aliases: ['النور'] }),
      ent('e2', 'ORG', 'armed_group', 'كتيبة الفجر', text),
      ent('e3', 'LOC', null, 'حلب', text, ALEPPO),
      ent('e4', 'ORG', 'state_security', 'الجيش السوري', text),
    ],
    claims: [
      clm('c1', 'COOPERATE', ['e1', 'e2', 'e3'], 'جماعة النور المسلحة تعاونت مع كتيبة الفجر في مدينة حلب', text, { confidence: 0.9 }),
      clm('c2', 'ATTACK', ['e1', 'e4', 'e3'], 'جماعة النور هاجمت مواقع الجيش السوري قرب حلب', text, {
        time: { text: 'الأسبوع الماضي', start: '2024-02-19', end: '2024-02-25' },
        modality: 'suspected',
      }),
    ],
  });
}

/** Story B: the same alliance told by a second outlet, and a denied contact. */
export function documentB() {
  return makeDocument(STORY_B, {
    url: 'https://second.example/a/2',
    site: 'الثانية',
    title: 'تنسيق في ريف حلب',
    published: '2024-03-05',
    entities: [
      ent('e1', 'ORG', 'armed_group', 'كتيبة الفجر', STORY_B),
      ent('e2', 'ORG', 'armed_group', 'جماعة النور', STORY_B),
      ent('e3', 'LOC', null, 'حلب', STORY_B, ALEPPO),
      ent('e4', 'ORG', 'state_security', 'الجيش السوري', STORY_B),
    ],
    claims: [
      clm('c1', 'COOPERATE', ['e1', 'e2', 'e3'], 'كتيبة الفجر وجماعة النور نسقتا عملياتهما في ريف حلب', STORY_B, {
        attribution: { kind: 'report', entity: null, text: 'تقارير صحفية' },
        time: { text: 'منذ بداية العام', start: '2024-01-01', end: '2024-03-05' },
      }),
      clm('c2', 'CONTACT', ['e4', 'e2', null], 'أن يكون قادته قد التقوا بممثلين عن جماعة النور', STORY_B, {
        polarity: 'negative',
        attribution: { kind: 'official', entity: 'e4', text: 'متحدث باسم الجيش السوري' },
      }),
    ],
  });
}

/** Story D: a move to a place without coordinates, and an attack by a described actor. */
export function documentD() {
  return makeDocument(STORY_D, {
    url: 'https://first.example/أخبار/الوادي-4',
    site: 'الأولى',
    title: 'اشتباكات قرب الوادي الأخضر',
    published: '2024-04-10',
    entities: [
      ent('e1', 'ORG', 'armed_group', 'كتيبة الفجر', STORY_D),
      ent('e2', 'LOC', null, 'قرية الوادي الأخضر', STORY_D),
      { ...ent('d1', 'ORG', 'armed_group', 'مسلحون مجهولون', STORY_D), described: true } as ContractEntity,
    ],
    claims: [
      clm('c1', 'MOVE', ['e1', 'e2', null], 'انتقلت مجموعة من عناصر كتيبة الفجر إلى قرية الوادي الأخضر', STORY_D, {
        attribution: { kind: 'outlet', entity: null, text: null },
      }),
      clm('c2', 'ATTACK', ['d1', null, 'e2'], 'هاجم مسلحون مجهولون نقطة تفتيش', STORY_D, {
        attribution: { kind: 'named_person', entity: null, text: 'شهود عيان' },
        confidence: 0.55,
      }),
    ],
  });
}

/** A store holding A, B, the copy of A, and D (in that order). */
export async function fixtureStore(): Promise<SqliteKnowledgeStore> {
  const store = new SqliteKnowledgeStore(':memory:');
  for (const doc of [documentA(), documentB(), documentA(true), documentD()]) await store.putDocument(doc);
  return store;
}
