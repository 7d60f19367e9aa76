// The seed's names (issue 3 acceptance): the tokenize and recognize stages over the seed's
// repaired body (test/fixtures/ner/seed-body.txt, repairs listed in test/fixtures/ner/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../src/lang/ar/normalize.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import type { DocumentRecord } from '../src/record/document.js';
import type { EntityType, Mention } from '../src/record/mention.js';
import { identityMap } from '../src/record/offset-map.js';
import { createRecognizeStage } from '../src/recognize/recognize-stage.js';
import { loadNerModel } from '../src/recognize/resources.js';
import { createTokenStage } from '../src/text/token-stage.js';

const model = loadNerModel();
const pipeline = createPipeline([createTokenStage({ counts: model.resources.stats.counts }), createRecognizeStage(model)], ['raw', 'text']);

function analyze(text: string): DocumentRecord {
  const doc: DocumentRecord = {
    raw: { bytes: new Uint8Array(0), url: null, path: null, contentType: 'text/plain', fetchedAt: '2024-04-23T15:44:00Z' },
    text: { text, map: identityMap(text.length), blocks: [], title: null },
    messages: [],
  };
  return pipeline.run(doc);
}

/** A mention counts when its text is the name, or the name once a leading proclitic is dropped. */
function found(mentions: readonly Mention[], name: string, type: EntityType): boolean {
  const want = normalizeArabic(name);
  return mentions.some((m) => m.type === type && (m.norm === want || m.norm.replace(/^[وفبلك]/, '') === want));
}

const body = readFileSync(new URL('./fixtures/ner/seed-body.txt', import.meta.url), 'utf8');
// The title is not part of the body; القاهرة only occurs there.
const title = 'تنسيق أمني بين القاهرة والجزائر بعد رصد اتصالات بين درودكال وجماعة أنصار بيت المقدس';

describe('NER on the seed', () => {
  const doc = analyze(body);
  const mentions = doc.mentions ?? [];
  const titleMentions = analyze(title).mentions ?? [];

  const expected: Record<EntityType, string[]> = {
    PER: ['درودكال', 'مختار بلمختار', 'كريستوفر ستيفنز', 'معمر القذافي'],
    ORG: [
      'تنظيم القاعدة في بلاد المغرب الإسلامي', 'جماعة أنصار بيت المقدس', 'أنصار الشريعة', 'لواء الشهيد أبو سليم',
      'وكالة الاستخبارات المركزية الأمريكية', 'جهاز المخابرات العامة المصري',
    ],
    LOC: ['الجزائر', 'ليبيا', 'مصر', 'سيناء', 'سوريا', 'مالي', 'بنغازي', 'غت', 'النيجر', 'درنة'],
    MISC: [],
  };
  for (const [type, names] of Object.entries(expected) as Array<[EntityType, string[]]>) {
    for (const name of names) {
      it(`finds ${name} as ${type}`, () => {
        expect(found(mentions, name, type), mentions.map((m) => `${m.type} ${m.text}`).join('\n')).toBe(true);
      });
    }
  }

  it('finds القاهرة as LOC in the title', () => {
    expect(found(titleMentions, 'القاهرة', 'LOC')).toBe(true);
  });

  it('gives spans that index the text and leave glued conjunctions and prepositions out', () => {
    for (const m of mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    const texts = mentions.map((m) => m.text);
    expect(texts).toContain('جماعة أنصار بيت المقدس'); // written وجماعة
    expect(texts).not.toContain('بليبيا');
    expect(texts.filter((t) => t === 'ليبيا').length).toBeGreaterThanOrEqual(5); // في ليبيا, بليبيا …
  });

  it('does not tag the common words of the text as names', () => {
    const common = ['مصادر', 'الحرب', 'الجماعات', 'التنظيم', 'المصادر', 'الصحيفة'];
    for (const word of common) expect(mentions.some((m) => m.text === word)).toBe(false);
  });
});
