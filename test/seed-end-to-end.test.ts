// The founding document through the whole default pipeline: the acceptance lists of the NER,
// resolution and claims issues, checked on what `marsad analyze` prints, not on hand-made layers.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeArabic } from '../src/lang/ar/normalize.js';
import { analyze } from '../src/pipeline/analyzer.js';
import type { Analysis, ContractClaim, ContractEntity } from '../src/pipeline/contract.js';

let result: Analysis;
const norm = (s: string): string => normalizeArabic(s);

beforeAll(() => {
  const bytes = new Uint8Array(readFileSync(new URL('./fixtures/analyze/seed/source.txt', import.meta.url)));
  result = analyze({ bytes, url: null, path: 'seed/source.txt', contentType: 'text/plain', fetchedAt: '2026-01-01T00:00:00Z' });
}, 60_000);

/** The entity one of whose mentions reads `name` (normalized), or undefined. */
function entityNamed(name: string): ContractEntity | undefined {
  const key = norm(name);
  return result.entities.find((e) => e.mentions.some((m) => norm(m.text) === key) || norm(e.name) === key);
}

function claimsBetween(type: string, subject: string, object: string | null): ContractClaim[] {
  const s = entityNamed(subject);
  const o = object === null ? null : entityNamed(object);
  return result.claims.filter((c) => c.type === type && c.subject === s?.id && (o === null || c.object === o?.id || c.location === o?.id));
}

describe('the seed, end to end', () => {
  it('finds the persons, organizations and places the NER issue lists', () => {
    const want: [string, string][] = [
      ['درودكال', 'PER'], ['مختار بلمختار', 'PER'], ['كريستوفر ستيفنز', 'PER'], ['معمر القذافي', 'PER'],
      ['تنظيم القاعدة في بلاد المغرب الإسلامي', 'ORG'], ['جماعة أنصار بيت المقدس', 'ORG'], ['أنصار الشريعة', 'ORG'],
      ['لواء الشهيد أبو سليم', 'ORG'], ['وكالة الاستخبارات المركزية الأمريكية', 'ORG'], ['جهاز المخابرات العامة المصري', 'ORG'],
      ['الجزائر', 'LOC'], ['ليبيا', 'LOC'], ['مصر', 'LOC'], ['سيناء', 'LOC'], ['سوريا', 'LOC'], ['مالي', 'LOC'],
      ['بنغازي', 'LOC'], ['غت', 'LOC'], ['النيجر', 'LOC'], ['درنة', 'LOC'],
    ];
    const missing = want.filter(([name, type]) => entityNamed(name)?.type !== type).map(([n, t]) => `${n}/${t}`);
    expect(missing).toEqual([]);
  });

  it('resolves the spellings of one actor to one entity, places to GeoNames', () => {
    const aqim = entityNamed('تنظيم القاعدة في بلاد المغرب الإسلامي');
    expect(entityNamed('القاعدة في بلاد المغرب الإسلامي')?.id).toBe(aqim?.id);
    expect(entityNamed('فرع شمال إفريقيا من التنظيم')?.id).toBe(aqim?.id);
    expect(entityNamed('سي آي إيه')?.id).toBe(entityNamed('وكالة الاستخبارات المركزية الأمريكية')?.id);
    expect(entityNamed('درودكال')?.id).toBe(entityNamed('عبد المالك درودكال')?.id);
    expect(entityNamed('جماعة أنصار بيت المقدس')?.subtype).toBe('armed_group');
    expect(entityNamed('جهاز المخابرات العامة المصري')?.subtype).toBe('state_security');
    const ghat = entityNamed('غت');
    expect(ghat?.geo?.lat).toBeCloseTo(24.96, 1);
    expect(ghat?.geo?.lon).toBeCloseTo(10.18, 1);
    expect(entityNamed('درنة')?.geo?.geonamesId).toBeTruthy();
    expect(entityNamed('بنغازي')?.geo?.geonamesId).toBeTruthy();
  });

  it('extracts the claims the claims issue lists, with modality and attribution', () => {
    const gis = 'جهاز المخابرات العامة المصري';
    const aqim = 'تنظيم القاعدة في بلاد المغرب الإسلامي';
    const investigate = claimsBetween('INVESTIGATE', gis, aqim);
    expect(investigate.length).toBeGreaterThan(0);
    expect(investigate[0]!.attribution.kind).toBe('anonymous');
    expect(claimsBetween('COOPERATE', aqim, 'جماعة أنصار بيت المقدس').map((c) => c.modality)).toContain('suspected');
    expect(result.claims.some((c) => c.subject === entityNamed('درودكال')?.id && c.modality === 'intended')).toBe(true);
    expect(claimsBetween('MOVE', aqim, 'غت').length).toBeGreaterThan(0);
    const attack = claimsBetween('ATTACK', 'أنصار الشريعة', null);
    expect(attack.map((c) => c.modality)).toContain('believed');
    expect(claimsBetween('AID', aqim, null).length).toBeGreaterThan(0);
    expect(claimsBetween('CONTROL', 'لواء الشهيد أبو سليم', 'درنة').length).toBeGreaterThan(0);
    expect(result.claims.some((c) => c.type === 'LOCATED' && c.object === entityNamed('ليبيا')?.id && /100/.test(result.entities.find((e) => e.id === c.subject)?.name ?? ''))).toBe(true);
  });

  it("reads the attack on the consulate as Ansar al-Sharia's, believed by the CIA, not as the CIA's", () => {
    const cia = entityNamed('وكالة الاستخبارات المركزية الأمريكية');
    expect(result.claims.filter((c) => c.type === 'ATTACK' && c.subject === cia?.id)).toEqual([]);
    const [attack] = claimsBetween('ATTACK', 'أنصار الشريعة', null).filter((c) => c.modality === 'believed');
    expect(attack).toBeDefined();
    expect(attack!.attribution).toMatchObject({ kind: 'named_org', entity: cia?.id });
    // The target: the US consulate (a government facility), or the US government itself.
    const target = result.entities.find((e) => e.id === attack!.object);
    expect(target?.type).toBe('ORG');
    expect([norm('قنصلية الولايات المتحدة'), norm('الحكومة الأمريكية')]).toContain(norm(target!.name));
    expect(attack!.location).toBe(entityNamed('بنغازي')?.id);
    const quantities = (attack as ContractClaim & { quantities?: { value: number; unit: string }[] }).quantities ?? [];
    expect(quantities).toContainEqual(expect.objectContaining({ value: 4, unit: 'killed' }));
  });

  it('reads the title: Cairo and Algiers as governments that cooperate, Droukdel in contact with Ansar Bait al-Maqdis', () => {
    const title = result.article.title!;
    const inTitle = (e: ContractEntity | undefined, text: string): boolean => !!e?.mentions.some((m) => m.field === 'title' && m.text === text && title.slice(m.start, m.end) === text);
    const titleEntity = (text: string): ContractEntity | undefined => result.entities.find((e) => inTitle(e, text));
    const cairo = titleEntity('القاهرة');
    const algiers = titleEntity('الجزائر');
    expect(cairo).toMatchObject({ type: 'ORG', subtype: 'government' });
    expect(algiers).toMatchObject({ type: 'ORG', subtype: 'government' });
    expect(cairo!.id).not.toBe(algiers!.id);
    // Title mentions join the body's entities: Droukdel and Ansar Bait al-Maqdis are the body's.
    const droukdel = entityNamed('عبد المالك درودكال');
    const abm = entityNamed('جماعة أنصار بيت المقدس');
    expect(inTitle(droukdel, 'درودكال')).toBe(true);
    expect(inTitle(abm, 'جماعة أنصار بيت المقدس')).toBe(true);
    const titleClaims = result.claims.filter((c) => c.evidence.field === 'title');
    for (const c of titleClaims) expect(title.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    const between = (type: string, a: string, b: string): boolean =>
      titleClaims.some((c) => c.type === type && [c.subject, c.object].sort().join() === [a, b].sort().join());
    expect(between('COOPERATE', cairo!.id, algiers!.id)).toBe(true);
    expect(between('CONTACT', droukdel!.id, abm!.id)).toBe(true);
    // Body spans keep indexing article.text.
    for (const c of result.claims.filter((x) => !x.evidence.field)) expect(result.article.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it('flags the republished story: 2012 events resolved against a 2024 page', () => {
    expect(result.messages.map((m) => m.rule)).toContain('time-contradiction');
  });
});
