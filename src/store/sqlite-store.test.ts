import { afterEach, describe, expect, it } from 'vitest';
import { claim, entity, makeDocument } from '../../test/store/make-document.js';
import { SqliteKnowledgeStore } from './sqlite-store.js';

const STORY =
  'أعلنت وزارة الصحة في المدينة المنورة افتتاح مستشفى جديد يضم مئتي سرير، وقال مدير المستشفى إن العمل سيبدأ الشهر المقبل ' +
  'بعد اكتمال تجهيز الأقسام وتدريب الكوادر الطبية، وأضاف أن المستشفى سيخدم سكان الأحياء الشمالية والقرى المجاورة لها.';
const OTHER =
  'شهدت أسواق الخضار ارتفاعا في أسعار الطماطم بسبب موجة الحر، وتوقع التجار أن تعود الأسعار إلى مستواها مع بداية الخريف ' +
  'حين يزيد المعروض من المزارع المحلية وتتراجع تكاليف النقل والتبريد.';

let store: SqliteKnowledgeStore;
afterEach(async () => store.close());

describe('SQLite knowledge store', () => {
  it('stores a document once: the same content again changes nothing', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const doc = makeDocument(STORY, { url: 'https://a.example/1', site: 'صحيفة الأولى' });
    const first = await store.putDocument(doc);
    const again = await store.putDocument(doc);
    expect(first.status).toBe('new');
    expect(again).toEqual({ status: 'unchanged', id: first.id, originalId: null });
    const stats = await store.stats();
    expect(stats.documents).toBe(1);
    expect(stats.messagesByRule).toEqual({ 'test-rule': 1 });
    const stored = await store.getDocument(first.id);
    expect(stored?.analysis.article.text).toBe(STORY);
    expect(stored?.outlet).toBe('صحيفة الأولى');
    expect(stored?.analysis.messages[0]).toMatchObject({ rule: 'test-rule', start: 0, end: 1 });
  });

  it('keeps a changed document at the same URL as a new version', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const v1 = await store.putDocument(makeDocument(STORY, { url: 'https://a.example/1' }));
    const v2 = await store.putDocument(makeDocument(`${STORY} تحديث: تأجل الافتتاح أسبوعا.`, { url: 'https://a.example/1' }));
    expect(v2.status).toBe('version');
    expect(v2.originalId).toBeNull();
    const old = await store.getDocument(v1.id);
    const cur = await store.getDocument(v2.id);
    expect([old?.latest, old?.version, cur?.latest, cur?.version]).toEqual([false, 1, true, 2]);
    expect((await store.search('الافتتاح')).map((h) => h.documentId)).toEqual([v2.id]);
  });

  it('finds a document by an inflected or prefixed form, with a snippet of the real text', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const a = await store.putDocument(makeDocument(STORY, { url: 'https://a.example/1', published: '2024-03-02' }));
    await store.putDocument(makeDocument(OTHER, { url: 'https://b.example/2', published: '2024-03-05' }));
    const hits = await store.search('بالمدينة');
    expect(hits.map((h) => h.documentId)).toEqual([a.id]);
    const snip = hits[0]!.snippet;
    expect(STORY.slice(snip.start, snip.end)).toBe(snip.text);
    const marked = snip.highlights.map((h) => snip.text.slice(h.start, h.end));
    expect(marked).toContain('المدينة');
    expect(await store.search('مستشفيات الطماطم')).toEqual([]);
    expect((await store.search('المستشفى', { from: '2024-03-03' })).length).toBe(0);
    expect((await store.search('المستشفى', { to: '2024-03-02' })).length).toBe(1);
  });

  it('links a copy from another outlet to its original and counts one independent source', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const orig = await store.putDocument(makeDocument(STORY, { url: 'https://a.example/1', site: 'الأولى', published: '2024-03-02' }));
    const copy = await store.putDocument(
      makeDocument(`الرياض - خاص: ${STORY}`, { url: 'https://b.example/9', site: 'الثانية', published: '2024-03-03' }),
    );
    const other = await store.putDocument(makeDocument(OTHER, { url: 'https://c.example/3', site: 'الثالثة' }));
    expect(copy.originalId).toBe(orig.id);
    expect(other.originalId).toBeNull();
    expect(await store.independentSources([orig.id, copy.id])).toBe(1);
    expect(await store.independentSources([orig.id, copy.id, other.id])).toBe(2);
    expect((await store.stats()).duplicates).toBe(1);
  });

  it('counts a story credited to another outlet as that outlet', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const own = await store.putDocument(makeDocument(STORY, { url: 'https://agency.example/1', site: 'وكالة الأنباء الوطنية' }));
    const credited = await store.putDocument(
      makeDocument(`${OTHER}\nنقلا عن وكالة الأنباء الوطنية`, { url: 'https://paper.example/7', site: 'صحيفة المساء' }),
    );
    expect((await store.getDocument(credited.id))?.creditedOutlet).toBe('وكالة الأنباء الوطنية');
    expect(await store.independentSources([own.id, credited.id])).toBe(1);
    expect((await store.stats()).outlets).toBe(2);
  });

  it('re-roots a cluster when an earlier copy arrives later', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const late = await store.putDocument(makeDocument(`${STORY} (نقلا عن وكالة)`, { url: 'https://b.example/2', published: '2024-04-01' }));
    const early = await store.putDocument(makeDocument(STORY, { url: 'https://a.example/1', published: '2024-03-01' }));
    expect(early.originalId).toBeNull();
    expect((await store.getDocument(late.id))?.originalId).toBe(early.id);
  });

  it('resolves one actor across documents and groups its claims with independent sources', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const t1 = 'قالت مصادر إن جماعة النور هاجمت قافلة تابعة لشركة الرمال قرب الحدود.';
    const t2 = 'أكدت الشرطة أن جماعة النور تقف وراء الهجوم على قافلة شركة الرمال، وهو ما نفته الجماعة في بيان.';
    for (const [text, url, site] of [
      [t1, 'https://a.example/1', 'الأولى'],
      [t2, 'https://b.example/2', 'الثانية'],
    ] as const) {
      await store.putDocument(
        makeDocument(text, {
          url,
          site,
          entities: [entity('e1', 'ORG', 'جماعة النور', text), entity('e2', 'ORG', 'شركة الرمال', text)],
          claims: [claim('c1', 'ATTACK', 'e1', 'e2', text)],
        }),
      );
    }
    const view = await store.getEntity('جماعة النور');
    expect(view).toMatchObject({ name: 'جماعة النور', documents: 2, mentions: 2 });
    expect(view?.claims).toHaveLength(1);
    expect(view?.claims[0]).toMatchObject({ type: 'ATTACK', count: 2, independentSources: 2 });
    const paths = await store.links('جماعة النور', 'شركة الرمال');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.edges[0]).toMatchObject({ types: ['ATTACK'], independentSources: 2 });
    expect((await store.search('الهجوم', { claimType: 'attack' })).length).toBe(1);
    expect((await store.search('الهجوم', { entity: 'جماعة النور' })).length).toBe(1);
    expect((await store.search('الهجوم', { entity: 'جماعة لا توجد' })).length).toBe(0);
    expect((await store.getDocument(1))?.analysis.claims[0]).toMatchObject({ id: 'c1', subject: 'e1', object: 'e2' });
  });

  it('keeps merges and splits as decisions that later ingests follow', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const t1 = 'زار أبو خالد مدينة الساحل أمس.';
    const t2 = 'قال خالد الأحمر إنه سيعود إلى مدينة الساحل.';
    await store.putDocument(makeDocument(t1, { url: 'https://a.example/1', entities: [entity('e1', 'PER', 'أبو خالد', t1)] }));
    await store.putDocument(makeDocument(t2, { url: 'https://a.example/2', entities: [entity('e1', 'PER', 'خالد الأحمر', t2)] }));
    expect((await store.stats()).entities).toBe(2);
    const kept = await store.mergeEntities('أبو خالد', 'خالد الأحمر');
    expect((await store.stats()).entities).toBe(1);
    const t3 = 'وصل أبو خالد إلى العاصمة.';
    await store.putDocument(makeDocument(t3, { url: 'https://a.example/3', entities: [entity('e1', 'PER', 'أبو خالد', t3)] }));
    expect((await store.getEntity('أبو خالد'))?.id).toBe(kept);
    expect((await store.getEntity(kept))?.documents).toBe(3);
    const split = await store.splitEntity(kept, ['أبو خالد']);
    const t4 = 'غادر أبو خالد العاصمة.';
    await store.putDocument(makeDocument(t4, { url: 'https://a.example/4', entities: [entity('e1', 'PER', 'أبو خالد', t4)] }));
    expect((await store.getEntity(split))?.documents).toBe(3);
    expect((await store.getEntity('خالد الأحمر'))?.documents).toBe(1);
    expect((await store.stats()).decisions).toBe(2);
  });

  it('joins people by full name across documents, but not by a given name alone nor actors named by description', async () => {
    store = new SqliteKnowledgeStore(':memory:');
    const texts = ['قال محمد إن سالم الهادي وصل، وهاجم مسلحون مجهولون القرية.', 'أكد محمد أن سالم الهادي غادر، وهاجم مسلحون مجهولون الحاجز.'];
    for (const [k, t] of texts.entries()) {
      const gunmen = { ...entity('d1', 'ORG', 'مسلحون مجهولون', t), subtype: 'armed_group', described: true };
      const entities = [entity('e1', 'PER', 'محمد', t), entity('e2', 'PER', 'سالم الهادي', t), gunmen];
      await store.putDocument(makeDocument(t, { url: `https://a.example/${k}`, entities }));
    }
    expect((await store.getEntity('سالم الهادي'))?.documents).toBe(2);
    expect((await store.getEntity('محمد'))?.documents).toBe(1);
    expect((await store.getEntity('مسلحون مجهولون'))?.documents).toBe(1);
    expect((await store.stats()).entities).toBe(5);
  });
});

describe('spans in the title', () => {
  it('keeps field: title on mentions and claim evidence through a round trip', async () => {
    const { SqliteKnowledgeStore } = await import('./sqlite-store.js');
    const { analyze } = await import('../pipeline/analyzer.js');
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(new URL('../../examples/seed.txt', import.meta.url)));
    const raw = { bytes, url: null, path: 'seed.txt', contentType: 'text/plain', fetchedAt: '2026-01-01T00:00:00Z' };
    const analysis = analyze(raw);
    const store = new SqliteKnowledgeStore(':memory:');
    const { contentHash } = await import('./content-hash.js');
    const { id } = await store.putDocument({ contentHash: contentHash(raw), raw, analysis });
    const doc = await store.getDocument(id);
    const titleMentions = doc!.analysis.entities.flatMap((e) => e.mentions).filter((m) => m.field === 'title');
    expect(titleMentions.map((m) => m.text)).toContain('القاهرة');
    for (const m of titleMentions) expect(doc!.analysis.article.title!.slice(m.start, m.end)).toBe(m.text);
    expect(doc!.analysis.claims.some((c) => c.evidence.field === 'title')).toBe(true);
    await store.close();
  }, 60_000);
});
