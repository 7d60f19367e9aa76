/**
 * A loaded NER model: weights, word statistics and gazetteers, and the word-info cache. Tags
 * token sequences (a CoNLL sentence or the tokens of a text sentence) with IOB2 tags, then
 * applies the organization, place, person and work-title rules (org-rules.ts, place-rules.ts,
 * person-rules.ts, work-title-rules.ts) unless asked not to; a document also gets the club rules (club-rules.ts) and
 * label consistency (document-consistency.ts).
 */

import { ClubRules } from './club-rules.js';
import { propagateLabels } from './document-consistency.js';
import { sentenceFeatures } from './features.js';
import type { Gazetteer, GazetteerMatch } from './gazetteer.js';
import { applyOrgRules } from './org-rules.js';
import { applyPersonRules } from './person-rules.js';
import { applyPlaceRules } from './place-rules.js';
import { applyWorkTitleRules } from './work-title-rules.js';
import { decodeViterbi } from './tagger.js';
import { TAGS } from './tags.js';
import type { WeightLookup } from './weight-table.js';
import { WordInfoCache, type WordInfo } from './word-info.js';
import type { WordStats } from './word-stats.js';

/** What a model is made of; `loadNerResources` reads it from resources/ner and resources/gazetteers. */
export interface NerResources {
  weights: WeightLookup;
  stats: WordStats;
  gazetteer: Gazetteer | null;
  /** Facts about training (data hashes, settings, figures), from the model file. */
  meta: Record<string, unknown>;
}

/** Options of tagging, settled when the model is created. */
export interface NerOptions {
  /** Apply the organization, place, person, work-title and club rules over the tagger. Default true. */
  rules?: boolean;
  /** Apply the sports-club rules (club-rules.ts) to the sports reports of a document; only with `rules`. Default true. */
  clubs?: boolean;
  /** Propagate labels within a document (`tagDocument`). Default true. */
  consistency?: boolean;
}

/** The tags of one sentence. */
export interface TaggedTokens {
  /** Tag indices (see `TAGS`). */
  tags: Int32Array;
  /** 1 where a rule set the chunk starting at that token, 2 where document consistency did, else 0. */
  sources: Int32Array;
  infos: WordInfo[];
  /** The sentence's gazetteer matches (null without gazetteers), for the document-level rules. */
  gaz: GazetteerMatch | null;
}

/** A model ready to tag. Its caches are its own: create one per worker, not per document. */
export class NerModel {
  readonly words: WordInfoCache;
  private readonly rules: boolean;
  private readonly consistency: boolean;
  private readonly clubs: ClubRules | null;

  constructor(
    readonly resources: NerResources,
    options: NerOptions = {},
  ) {
    this.words = new WordInfoCache(resources.stats);
    this.rules = options.rules ?? true;
    this.consistency = options.consistency ?? true;
    this.clubs = this.rules && (options.clubs ?? true) && resources.gazetteer ? new ClubRules(resources.gazetteer) : null;
  }

  /**
   * Tags the sentences of one document, applies the club rules to its sports reports, then
   * makes labels consistent across it.
   */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedTokens[] {
    const out = sentences.map((s) => this.tagTokens(s));
    this.clubs?.applyDocument(out);
    if (this.consistency) propagateLabels(out.map((r) => r.infos), out.map((r) => r.tags), out.map((r) => r.sources));
    return out;
  }

  /**
   * Tags a sentence of surface tokens.
   *
   * 1. Word infos and context features.
   * 2. Viterbi decoding.
   * 3. Organization, place, person and work-title rules.
   */
  tagTokens(tokens: readonly string[]): TaggedTokens {
    const infos = tokens.map((t) => this.words.get(t));
    if (infos.length === 0) return { tags: new Int32Array(0), sources: new Int32Array(0), infos, gaz: null };
    const sf = sentenceFeatures(infos, this.resources.gazetteer);
    const tags = decodeViterbi(sf, this.resources.weights, true);
    const sources = new Int32Array(tags.length);
    if (this.rules) {
      applyOrgRules(infos, tags, sources, sf.gaz);
      applyPlaceRules(infos, tags, sources, sf.gaz);
      applyPersonRules(infos, tags, sources);
      applyWorkTitleRules(infos, tags, sources);
    }
    return { tags, sources, infos, gaz: sf.gaz };
  }

  /** Tag indices for a sentence of surface tokens. */
  tagIndices(tokens: readonly string[]): Int32Array {
    return this.tagTokens(tokens).tags;
  }

  /** IOB2 tags for a sentence of surface tokens. */
  tag(tokens: readonly string[]): string[] {
    return Array.from(this.tagIndices(tokens), (k) => TAGS[k]!);
  }
}

/** Tags every sentence of `sentences`, document by document (`docs` lists sentence indices). */
export function tagDocuments(model: NerModel, sentences: readonly (readonly string[])[], docs: readonly number[][]): string[][] {
  const out: string[][] = sentences.map(() => []);
  for (const doc of docs) {
    const tagged = model.tagDocument(doc.map((i) => sentences[i]!));
    doc.forEach((i, k) => (out[i] = Array.from(tagged[k]!.tags, (t) => TAGS[t]!)));
  }
  return out;
}
