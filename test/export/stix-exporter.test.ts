// The STIX 2.1 bundle of the fixture store: valid against the OASIS schemas, with the mapping,
// ids, confidence, times, reports and the x_marsad extension the README documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARSAD_EXTENSION_ID } from '../../src/export/stix-common.js';
import { toStixBundle, type StixBundle } from '../../src/export/stix-exporter.js';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { documentA, documentB, documentD, fixtureStore } from './graph-fixture.js';
import { stixValidator } from './stix-validator.js';

const validator = stixValidator();
let store: SqliteKnowledgeStore;
let bundle: StixBundle;

beforeAll(async () => {
  store = await fixtureStore();
  bundle = toStixBundle(await store.readExport()).bundle;
});
afterAll(async () => store.close());

type Obj = Record<string, unknown> & { type: string; id: string };
const ofType = (b: StixBundle, type: string): Obj[] => b.objects.filter((o) => o.type === type) as Obj[];
const named = (b: StixBundle, name: string): Obj => b.objects.find((o) => o.name === name) as Obj;
const claimOf = (o: Obj): Record<string, unknown> => o.x_marsad_claim as Record<string, unknown>;

describe('STIX 2.1 export', () => {
  it('is valid against the OASIS STIX 2.1 schemas', () => {
    expect(validator.bundle(bundle)).toEqual([]);
  });

  it('the validator rejects what the schemas forbid (a missing source_ref, a null, a confidence over 100)', () => {
    const rel = structuredClone(ofType(bundle, 'relationship')[0]!);
    delete rel.source_ref;
    expect(validator.object(rel).join('\n')).toMatch(/source_ref/);
    expect(validator.object({ ...ofType(bundle, 'relationship')[0]!, confidence: 150 })).not.toEqual([]);
    expect(validator.object({ ...named(bundle, 'حلب'), country: null })).not.toEqual([]);
  });

  it('writes armed groups as intrusion sets with aliases, places as locations, described actors as a class', () => {
    expect(named(bundle, 'جماعة النور')).toMatchObject({ type: 'intrusion-set', aliases: ['النور'] });
    expect(named(bundle, 'الجيش السوري')).toMatchObject({ type: 'identity', identity_class: 'organization', sectors: ['government-national', 'defense'] });
    expect(named(bundle, 'مسلحون مجهولون')).toMatchObject({ type: 'identity', identity_class: 'class' });
    expect(named(bundle, 'حلب')).toMatchObject({ type: 'location', latitude: 36.20124, longitude: 37.16117, country: 'SY' });
    // A place without coordinates cannot be a STIX location: left out, and the move to it too.
    expect(named(bundle, 'قرية الوادي الأخضر')).toBeUndefined();
  });

  it('writes each claim as a relationship: mapped type, confidence 0-100, stated time, evidence and modality', () => {
    const rels = ofType(bundle, 'relationship');
    const alliance = rels.filter((r) => claimOf(r).type === 'COOPERATE');
    expect(alliance.map((r) => r.relationship_type)).toEqual(['cooperates-with', 'cooperates-with', 'cooperates-with']);
    const attack = rels.find((r) => claimOf(r).type === 'ATTACK' && r.start_time)!;
    expect(attack).toMatchObject({ relationship_type: 'targets', confidence: 80, start_time: '2024-02-19T00:00:00.000Z', stop_time: '2024-02-25T23:59:59.999Z' });
    expect(attack.description).toContain('جماعة النور هاجمت مواقع الجيش السوري قرب حلب');
    expect(attack.description).toContain('suspected');
    expect(claimOf(attack)).toMatchObject({ modality: 'suspected', time: { precision: 'week' }, independent_sources: 1 });
    expect(attack.source_ref).toBe(named(bundle, 'جماعة النور').id);
    expect(attack.target_ref).toBe(named(bundle, 'الجيش السوري').id);
    expect(claimOf(attack).location_ref).toBe(named(bundle, 'حلب').id);
    const denied = rels.find((r) => claimOf(r).type === 'CONTACT')!;
    expect(denied.relationship_type).toBe('not-contacts');
  });

  it('writes each article as a report by its outlet, the copy pointing at its original', () => {
    const reports = ofType(bundle, 'report');
    expect(reports).toHaveLength(4);
    const first = reports.find((r) => r.published === '2024-03-02T00:00:00.000Z')!;
    const copy = reports.find((r) => r.published === '2024-03-03T00:00:00.000Z')!;
    expect(first.created_by_ref).toBe(named(bundle, 'الأولى').id);
    expect((copy.x_marsad_document as Record<string, unknown>).original_ref).toBe(first.id);
    const ids = new Set(bundle.objects.map((o) => o.id));
    for (const r of reports) for (const ref of r.object_refs as string[]) expect(ids.has(ref)).toBe(true);
    // Non-ASCII URLs are percent-encoded so that they are RFC 3986 URIs.
    expect((first.external_references as { url: string }[])[0]!.url).toMatch(/^https:\/\/first\.example\/%D8%A3/);
  });

  it('declares the x_marsad extension and uses it on every object that carries x_marsad properties', () => {
    expect(bundle.objects.find((o) => o.id === MARSAD_EXTENSION_ID)).toMatchObject({ type: 'extension-definition', extension_types: ['toplevel-property-extension'] });
    for (const o of bundle.objects) {
      if (Object.keys(o).some((k) => k.startsWith('x_marsad_'))) expect(Object.keys((o.extensions ?? {}) as object)).toEqual([MARSAD_EXTENSION_ID]);
    }
  });

  it('gives deterministic UUIDv5 ids: the same store exports the same bundle', async () => {
    const again = toStixBundle(await store.readExport()).bundle;
    expect(again).toEqual(bundle);
    for (const o of bundle.objects) expect(o.id).toMatch(/--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
  });

  it('derives ids from stable keys, not database rows: the same documents stored in another order give the same ids', async () => {
    const reversed = new SqliteKnowledgeStore(':memory:');
    for (const doc of [documentD(), documentA(true), documentB(), documentA()]) await reversed.putDocument(doc);
    const other = toStixBundle(await reversed.readExport()).bundle;
    await reversed.close();
    const ids = (b: StixBundle): string[] => b.objects.map((o) => o.id).sort();
    expect(ids(other)).toEqual(ids(bundle));
  });

  it('in the OpenCTI style uses only types OpenCTI accepts and leaves negated claims out', async () => {
    const { bundle: b, summary } = toStixBundle(await store.readExport(), { style: 'opencti' });
    const kinds = new Set(ofType(b, 'relationship').map((r) => r.relationship_type));
    expect([...kinds].sort()).toEqual(['cooperates-with', 'targets']);
    expect(summary.skippedClaims.negated).toBe(1);
    expect(validator.bundle(b)).toEqual([]);
  });
});
