/** The recognize stage: `tokens` → `mentions`, with a model loaded once outside the stage. */

import { DIVINE_NAMES } from '../lang/ar/divine-names.js';
import { arabicRatio, normalizeArabic } from '../lang/ar/normalize.js';
import type { Reporter, Stage } from '../pipeline/stage.js';
import type { DocumentRecord } from '../record/document.js';
import { mentionsFromTags } from './mention-spans.js';
import { NerModel, type NerResources } from './ner-model.js';
import { loadNerModel } from './resources.js';
import type { WordInfo } from './word-info.js';

/** Below this share of Arabic letters the stage says the text is not Arabic (it still tags). */
const MIN_ARABIC_RATIO = 0.3;

/** Normalized names of God (see lang/ar/divine-names.ts). */
const DIVINE = new Set(DIVINE_NAMES.map((w) => normalizeArabic(w)));

function isDivineName(info: WordInfo): boolean {
  return DIVINE.has(info.key) || DIVINE.has(info.norm.replace(/^[\u0648\u0641]/, ''));
}

/**
 * Builds the recognize stage (name `recognize`, requires `tokens`, assigns `mentions`).
 * `model` defaults to the committed one, loaded here, once (the only I/O, outside the stage).
 *
 * The stage tags each sentence, applies the organization rules, makes labels consistent across
 * the document and turns chunks into mentions whose spans skip a glued conjunction or preposition.
 * A one-word mention of God (`الله`, MISC in ANERcorp) is left out: it names no actor or place.
 */
export function createRecognizeStage(model: NerModel | NerResources = loadNerModel()): Stage {
  const ner = model instanceof NerModel ? model : new NerModel(model);
  return Object.freeze({
    name: 'recognize',
    requires: ['tokens'] as const,
    assigns: ['mentions'] as const,
    run(doc: DocumentRecord, report: Reporter): DocumentRecord {
      const text = doc.text?.text ?? '';
      const { tokens, sentences } = doc.tokens ?? { tokens: [], sentences: [] };
      const tags = new Int32Array(tokens.length);
      const sources = new Int32Array(tokens.length);
      const infos: WordInfo[] = new Array<WordInfo>(tokens.length);
      const tagged = ner.tagDocument(sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)));
      sentences.forEach((s, k) => {
        const r = tagged[k]!;
        tags.set(r.tags, s.tokenStart);
        sources.set(r.sources, s.tokenStart);
        for (let i = 0; i < r.infos.length; i++) infos[s.tokenStart + i] = r.infos[i]!;
      });
      if (tokens.length > 0 && arabicRatio(text.slice(0, 20_000)) < MIN_ARABIC_RATIO) {
        report({
          severity: 'info',
          rule: 'recognize-not-arabic',
          message: 'The text is mostly not Arabic; the recognizer is trained on Arabic news and may find few names.',
        });
      }
      const mentions = mentionsFromTags(text, tokens, infos, tags, sources)
        .filter((m) => m.tokenEnd - m.tokenStart > 1 || !isDivineName(infos[m.tokenStart]!));
      return { ...doc, mentions };
    },
  });
}
