// What the store hands the exports: claims under each filter, independent sources per link
// (a copy counts as its original's outlet), documents, entities and evidence sentences.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnknownEntityError } from '../../src/store/sqlite-entity-resolver.js';
import type { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { fixtureStore, STORY_A } from './graph-fixture.js';

let store: SqliteKnowledgeStore;
beforeEach(async () => {
  store = await fixtureStore();
});
afterEach(async () => store.close());

const types = (claims: { type: string }[]): string[] => claims.map((c) => c.type).sort();

describe('readExport', () => {
  it('reads every claim of the latest documents, with the sentence that holds its evidence', async () => {
    const s = await store.readExport();
    expect(s.documents).toHaveLength(4);
    expect(s.claims).toHaveLength(8);
    const attack = s.claims.find((c) => c.type === 'ATTACK' && c.time !== null)!;
    const second = STORY_A.slice(STORY_A.indexOf('وقالت'));
    expect(attack.sentence.text).toBe(second);
    expect(attack.date).toBe('2024-02-19');
    expect(s.entities.find((e) => e.name === 'مسلحون مجهولون')?.described).toBe(true);
    expect(s.entities.find((e) => e.name === 'جماعة النور')).toMatchObject({ described: false, documents: 3, aliases: ['النور'] });
  });

  it('counts a copy as its original outlet: two independent sources for the alliance told three times', async () => {
    const s = await store.readExport();
    const cooperate = s.claims.filter((c) => c.type === 'COOPERATE');
    expect(cooperate).toHaveLength(3);
    expect(cooperate.map((c) => c.independentSources)).toEqual([2, 2, 2]);
    expect(new Set(cooperate.map((c) => c.sourceId)).size).toBe(2);
    const kept = await store.readExport({ minSources: 2 });
    expect(types(kept.claims)).toEqual(['COOPERATE', 'COOPERATE', 'COOPERATE']);
    expect(kept.documents).toHaveLength(3);
    expect((await store.readExport({ minSources: 3 })).claims).toHaveLength(0);
  });

  it('filters by claim type and keeps only the documents of the kept claims', async () => {
    const s = await store.readExport({ types: ['attack'] });
    expect(types(s.claims)).toEqual(['ATTACK', 'ATTACK', 'ATTACK']);
    expect(s.documents.map((d) => d.title)).not.toContain('تنسيق في ريف حلب');
  });

  it('dates a claim by its stated time, else by its publication day; a date-only --to includes the day', async () => {
    const from = await store.readExport({ from: '2024-03-04' });
    expect(from.claims.map((c) => c.date).sort()).toEqual(['2024-03-05', '2024-04-10', '2024-04-10']);
    const to = await store.readExport({ to: '2024-02-25' });
    expect(to.claims.map((c) => c.date).sort()).toEqual(['2024-01-01', '2024-02-19', '2024-02-19']);
    const day = await store.readExport({ from: '2024-04-10', to: '2024-04-10' });
    expect(day.claims).toHaveLength(2);
  });

  it('filters by entity name or id, in any role, and refuses an unknown entity', async () => {
    const byName = await store.readExport({ entities: ['كتيبة الفجر'] });
    expect(types(byName.claims)).toEqual(['COOPERATE', 'COOPERATE', 'COOPERATE', 'MOVE']);
    const id = byName.entities.find((e) => e.name === 'كتيبة الفجر')!.id;
    expect((await store.readExport({ entities: [id] })).claims).toHaveLength(4);
    await expect(store.readExport({ entities: ['جبهة لا وجود لها'] })).rejects.toBeInstanceOf(UnknownEntityError);
  });
});
