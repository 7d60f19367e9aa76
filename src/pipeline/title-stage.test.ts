import { describe, expect, it } from 'vitest';
import { createRecord, type DocumentRecord } from '../record/document.js';
import { identityMap } from '../record/offset-map.js';
import type { Stage } from './stage.js';
import { createPipeline } from './pipeline.js';
import { createTitleStage, spanField } from './title-stage.js';
import { toAnalysis } from './contract.js';
import { createTokenStage } from '../text/token-stage.js';
import { createResolveStage } from '../resolve/resolve-stage.js';
import { createRelateStage } from '../relate/relate-stage.js';
import { nameKey } from '../resolve/name-key.js';
import type { Mention } from '../record/mention.js';

/** A stand-in recognizer: marks the names of a fixed list wherever they occur (the trained one is tested elsewhere). */
function listRecognizer(names: readonly [string, Mention['type']][]): Stage {
  return {
    name: 'recognize',
    requires: ['tokens'],
    assigns: ['mentions'],
    run(doc: DocumentRecord): DocumentRecord {
      const text = doc.text!.text;
      const tokens = doc.tokens!.tokens;
      const mentions: Mention[] = [];
      for (const [name, type] of names) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const end = at + name.length;
          const tokenStart = tokens.findIndex((t) => t.end > at);
          const after = tokens.findIndex((t) => t.start >= end);
          mentions.push({ start: at, end, type, text: name, norm: nameKey(name), tokenStart, tokenEnd: after < 0 ? tokens.length : after, source: 'rule' });
        }
      }
      return { ...doc, mentions: mentions.sort((a, b) => a.start - b.start) };
    },
  };
}

const TITLE = 'تنسيق أمني بين القاهرة والجزائر بعد اتصالات بين جبهة النصرة وتنظيم داعش';
const BODY = 'قالت مصادر إن جبهة النصرة هاجمت مواقع في حلب. وأعلن تنظيم داعش مسؤوليته.';

const stages = (): Stage[] => [
  createTokenStage(),
  listRecognizer([['القاهرة', 'LOC'], ['الجزائر', 'LOC'], ['جبهة النصرة', 'ORG'], ['تنظيم داعش', 'ORG'], ['حلب', 'LOC']]),
  createResolveStage(),
  createRelateStage(),
];

/** A record as extract and repair leave it: a body and a title outside it. */
function record(title: string | null): DocumentRecord {
  const doc = createRecord({ bytes: new Uint8Array(), url: null, path: null, contentType: 'text/plain', fetchedAt: '2015-07-20T00:00:00Z' });
  return {
    ...doc,
    article: { title, published: '2015-07-20', updated: null, byline: null, site: null, url: null, canonicalUrl: null, language: 'ar', direction: 'rtl', credits: [], provenance: {}, body: BODY, blocks: [], map: identityMap(BODY.length) },
    text: { text: BODY, map: identityMap(BODY.length), blocks: [], title },
  };
}

function analyze(title: string | null, withTitle = true): DocumentRecord {
  const body = stages();
  const list = withTitle ? [...body, createTitleStage(body)] : body;
  return createPipeline(list, ['raw', 'article', 'text']).run(record(title));
}

describe('title stage', () => {
  it('adds the title mentions and claims with field title, offsets into the title', () => {
    const doc = analyze(TITLE);
    const a = toAnalysis(doc);
    const titled = a.entities.flatMap((e) => e.mentions.filter((m) => m.field === 'title').map((m) => ({ e, m })));
    expect(titled.map(({ m }) => m.text).sort()).toEqual(['الجزائر', 'القاهرة', 'تنظيم داعش', 'جبهة النصرة'].sort());
    for (const { m } of titled) expect(TITLE.slice(m.start, m.end)).toBe(m.text);
    const gov = titled.filter(({ e }) => e.subtype === 'government').map(({ e }) => e.id);
    expect(gov).toHaveLength(2);
    const coop = a.claims.find((c) => c.type === 'COOPERATE' && c.evidence.field === 'title');
    expect([coop?.subject, coop?.object].sort()).toEqual([...gov].sort());
    expect(TITLE.slice(coop!.evidence.start, coop!.evidence.end)).toBe(coop!.evidence.text);
  });

  it('joins title mentions to the body entities and never renumbers them', () => {
    const without = analyze(TITLE, false);
    const doc = analyze(TITLE);
    const body = without.entities!.map((e) => [e.id, e.name]);
    expect(doc.entities!.slice(0, body.length).map((e) => [e.id, e.name])).toEqual(body);
    expect(doc.claims!.slice(0, without.claims!.length).map((c) => c.id)).toEqual(without.claims!.map((c) => c.id));
    // Two new entities (the governments); the Nusra Front of the title is the body's.
    expect(doc.entities!.length).toBe(body.length + 2);
    const nusra = doc.entities!.find((e) => e.name.includes('النصرة'))!;
    expect(nusra.mentions.map((m) => spanField(m) ?? 'text')).toEqual(['text', 'title']);
    const contact = doc.claims!.find((c) => c.type === 'CONTACT' && spanField(c.evidence) === 'title');
    expect([contact?.subject?.id, contact?.object?.id]).toContain(nusra.id);
    expect(doc.claims!.map((c) => c.id)).toEqual(doc.claims!.map((_, i) => `c${i + 1}`));
  });

  it('leaves a record without a title as it was', () => {
    const without = analyze(null, false);
    expect(analyze(null)).toEqual(without);
  });
});
