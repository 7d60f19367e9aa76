/**
 * Entities from a list of names: every occurrence of a name or alias in the tokens becomes a
 * mention (a glued و/ب/ل/ك/ف is left out of it, quotation marks inside a name are skipped).
 * For tests and for evaluating the relate stage with perfect entities ("oracle" mode); the
 * pipeline itself takes entities from the resolve stage.
 */

import type { ActorSubtype, Entity, EntityMention } from '../record/entity.js';
import type { EntityType } from '../record/mention.js';
import type { Token } from '../record/token.js';
import { TokenView } from './token-view.js';
import { fold } from './word-forms.js';

/** A named entity to look for. */
export interface EntityName {
  /** Document-local id; default `e1`, `e2` … in list order. */
  id?: string;
  name: string;
  type: EntityType;
  subtype?: ActorSubtype | null;
  aliases?: readonly string[];
}

const LEADS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل'];

/** Where the `k`-th letter of `surface` begins (marks and tatweel skipped). */
function letterOffset(surface: string, k: number): number {
  let seen = 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    if (seen === k) return i;
    seen++;
  }
  return surface.length;
}

/** Letters of a token's key that come before `word`, when the token is a clitic + `word`; -1 otherwise. */
function leadLength(key: string, word: string): number {
  for (const lead of LEADS) {
    if (key === lead + word) return lead.length;
    // ل + article: للتنظيم = ل + التنظيم.
    if (word.startsWith('ال') && (lead === 'ل' || lead === 'ول' || lead === 'فل') && key === lead + word.slice(1)) return lead.length;
  }
  return -1;
}

/**
 * Builds entities over `tokens` of `text` from `names`, longest forms first, never overlapping.
 * Entities with no occurrence are kept with no mentions.
 */
export function entitiesFromNames(text: string, tokens: readonly Token[], names: readonly EntityName[]): Entity[] {
  const view = new TokenView(tokens);
  const forms: { entity: number; words: string[] }[] = [];
  names.forEach((n, entity) => {
    for (const f of [n.name, ...(n.aliases ?? [])]) {
      const words = f.split(/\s+/).filter(Boolean).map(fold);
      if (words.length) forms.push({ entity, words });
    }
  });
  forms.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
  const mentions: EntityMention[][] = names.map(() => []);
  const taken = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    for (const f of forms) {
      const lead = leadLength(view.keys[i]!, f.words[0]!);
      if (lead < 0) continue;
      let k = i;
      let ok = true;
      for (let w = 1; w < f.words.length && ok; w++) {
        k++;
        while (k < tokens.length && view.isQuote(k)) k++;
        ok = k < tokens.length && !taken[k] && view.keys[k] === f.words[w];
      }
      if (!ok) continue;
      const start = tokens[i]!.start + (lead > 0 ? letterOffset(tokens[i]!.text, lead) : 0);
      const end = tokens[k]!.end;
      mentions[f.entity]!.push({ start, end, text: text.slice(start, end), source: 'recognizer', mention: -1 });
      for (let j = i; j <= k; j++) taken[j] = 1;
      i = k;
      break;
    }
  }
  return names.map((n, idx) => ({
    id: n.id ?? `e${idx + 1}`,
    type: n.type,
    subtype: n.subtype ?? null,
    name: n.name,
    aliases: [...(n.aliases ?? [])],
    mentions: mentions[idx]!.sort((a, b) => a.start - b.start),
    kbId: null,
    wikidata: null,
    geo: null,
    country: null,
    parent: null,
    confidence: 1,
  }));
}
