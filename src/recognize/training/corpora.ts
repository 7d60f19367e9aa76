/**
 * Readers for the NER training corpora, from their text (scripts read the files): ANERcorp and
 * AQMAR (CoNLL), WikiFANE Gold (50 fine types, clitic-split text re-joined to news spelling) and
 * Wojood (nested). Every reader returns coarse IOB2 tags over PER, ORG, LOC, MISC only.
 */

import { chunksOf } from '../conlleval.js';
import { parseConll } from '../conll.js';
import { normalizeTag, normalizeType } from '../tags.js';

/** A sentence of a training corpus with coarse IOB2 tags. */
export interface TaggedSentence {
  tokens: string[];
  tags: string[];
  /** Which corpus (used as a domain for feature augmentation and for splits). */
  corpus: 'anercorp' | 'wikifane' | 'aqmar' | 'wojood';
  /** Document name where the corpus gives one (AQMAR), else ''. */
  doc: string;
}

/** Keeps tags of our four types; others become O (and a dangling I- after them becomes B-). */
function coarse(tags: readonly string[]): string[] {
  const out = tags.map((t) => {
    const n = normalizeTag(t);
    return n === 'O' || normalizeType(n.slice(2)) ? n : 'O';
  });
  return repairIob(out);
}

/** Turns an I-X that does not follow B-X/I-X into B-X (IOB2). */
export function repairIob(tags: string[]): string[] {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t.startsWith('I-')) {
      const prev = i > 0 ? tags[i - 1]! : 'O';
      if (prev === 'O' || prev.slice(2) !== t.slice(2)) tags[i] = `B-${t.slice(2)}`;
    }
  }
  return tags;
}

/** ANERcorp or AQMAR: `token TAG` lines, `# doc NAME` comments (AQMAR) name the documents. */
export function readConllCorpus(text: string, corpus: 'anercorp' | 'aqmar'): TaggedSentence[] {
  const file = parseConll(text);
  const docAt = new Map<number, string>();
  let doc = '';
  file.lines.forEach((line, i) => {
    const m = /^#\s*doc\s+(.+)$/i.exec(line.raw.trim());
    if (m) doc = m[1]!.trim();
    docAt.set(i, doc);
  });
  return file.sentences.map((s) => ({ tokens: s.tokens, tags: coarse(s.lastColumn), corpus, doc: docAt.get(s.lines[0]!) ?? '' }));
}

/** WikiFANE fine types → coarse. Group (peoples: العرب, المسلمين) is O as in ANERcorp. */
export const WIKIFANE_TYPES: Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC' | 'O'> = {
  Politician: 'PER', Religious_PER: 'PER', Artist: 'PER', Other_PER: 'PER', Scientist: 'PER', Athlete: 'PER',
  Businessperson: 'PER', Engineer: 'PER', Lawyer: 'PER', Police: 'PER', Group: 'O',
  Government: 'ORG', 'Non-Governmental': 'ORG', Commercial: 'ORG', Educational: 'ORG', Media: 'ORG',
  Religious_ORG: 'ORG', Sports: 'ORG', 'Medical-Science': 'ORG', Entertainment: 'ORG',
  Nation: 'LOC', 'Population-Center': 'LOC', 'State-or-Province': 'LOC', 'County-or-District': 'LOC',
  'GPE-Cluster': 'LOC', Continent: 'LOC', 'Water-Body': 'LOC', 'Land-Region-Natural': 'LOC', Celestial: 'LOC',
  'Building-Grounds': 'LOC', Airport: 'LOC', Path: 'LOC', 'Subarea-Facility': 'LOC', Land: 'LOC',
  Air: 'MISC', Water: 'MISC', Blunt: 'MISC', Exploding: 'MISC', Nuclear: 'MISC', Projectile: 'MISC', Sharp: 'MISC',
  Shooting: 'MISC', Chemical: 'MISC', Book: 'MISC', Movie: 'MISC', Sound: 'MISC', Software: 'MISC',
  Hardware: 'MISC', Food: 'MISC', Drug: 'MISC', Plant: 'MISC',
};

const PROCLITIC_TOKENS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال']);
/** Enclitic pronouns WikiFANE splits off; not كم, which after numbers is the kilometre. */
const ENCLITIC_TOKENS = new Set(['ه', 'ها', 'هم', 'هن', 'هما', 'نا', 'ي']);
const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;

/** Re-joins clitic-split tokens the way news writes them; the tag of the host wins. */
export function rejoinClitics(tokens: readonly string[], tags: readonly string[]): { tokens: string[]; tags: string[] } {
  const outT: string[] = [];
  const outG: string[] = [];
  let pending: Array<[string, string]> = [];
  const flush = (): void => {
    for (const [t, g] of pending) {
      outT.push(t);
      outG.push(g);
    }
    pending = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const tag = tags[i]!;
    const next = tokens[i + 1];
    if (PROCLITIC_TOKENS.has(tok) && next !== undefined && (ARABIC_WORD.test(next) || PROCLITIC_TOKENS.has(next))) {
      pending.push([tok, tag]);
      continue;
    }
    if (pending.length > 0 && ARABIC_WORD.test(tok)) {
      let word = tok;
      for (let k = pending.length - 1; k >= 0; k--) {
        const clitic = pending[k]![0];
        // ل before the article drops the article's alef: ل + الدولة → للدولة.
        word = clitic === 'ل' && word.startsWith('ال') ? 'ل' + word.slice(1) : clitic + word;
      }
      const first = pending[0]![1];
      const joinedTag = first.startsWith('B-') && tag === `I-${first.slice(2)}` ? first : tag;
      pending = [];
      outT.push(word);
      outG.push(joinedTag);
      continue;
    }
    flush();
    const prev = outT[outT.length - 1];
    if (ENCLITIC_TOKENS.has(tok) && prev !== undefined && ARABIC_WORD.test(prev)) {
      // A stem before a pronoun writes ة as ت and ى as ي (مدينة + ها → مدينتها).
      outT[outT.length - 1] = prev.replace(/ة$/, 'ت').replace(/ى$/, 'ي') + tok;
      continue;
    }
    outT.push(tok);
    outG.push(tag);
  }
  flush();
  return { tokens: outT, tags: outG };
}

/** WikiFANE Gold TSV (`token\tTAG`, fine types, blank line between sentences). */
export function readWikifane(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const s of parseConll(text).sentences) {
    const mapped = s.lastColumn.map((t) => {
      const m = /^([BI])-(.+)$/.exec(t);
      if (!m) return 'O';
      const type = WIKIFANE_TYPES[m[2]!] ?? 'O';
      return type === 'O' ? 'O' : `${m[1]}-${type}`;
    });
    const joined = rejoinClitics(s.tokens, repairIob(mapped));
    out.push({ tokens: joined.tokens, tags: repairIob(joined.tags), corpus: 'wikifane', doc: '' });
  }
  return out;
}

/** Wojood types → coarse: places of every kind are LOC; events and currencies MISC; NORP O. */
export const WOJOOD_TYPES: Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'> = {
  PERS: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', EVENT: 'MISC', CURR: 'MISC', PRODUCT: 'MISC',
};

/**
 * Wojood (nested): `token TAG1 [TAG2 …]`, outermost first. Chunks of every level are mapped to
 * coarse types; mapped chunks are kept outermost first, never overlapping one already kept
 * (an OCC chunk `سكرتير اللجنة…` is dropped and the ORG inside it kept).
 */
export function readWojood(text: string): TaggedSentence[] {
  const file = parseConll(text);
  return file.sentences.map((s) => {
    const rows = s.lines.map((li) => file.lines[li]!.columns.slice(1));
    const depth = Math.max(1, ...rows.map((r) => r.length));
    const tags = s.tokens.map(() => 'O');
    for (let level = 0; level < depth; level++) {
      const levelTags = rows.map((r) => r[level] ?? 'O');
      for (const c of chunksOf(levelTags)) {
        const type = WOJOOD_TYPES[c.type];
        if (!type) continue;
        let free = true;
        for (let i = c.start; i < c.end; i++) if (tags[i] !== 'O') free = false;
        if (!free) continue;
        for (let i = c.start; i < c.end; i++) tags[i] = `${i === c.start ? 'B' : 'I'}-${type}`;
      }
    }
    // `$#$` closes each Wojood sentence: a marker of the corpus, not text.
    let n = s.tokens.length;
    while (n > 0 && s.tokens[n - 1] === '$#$') n--;
    return { tokens: s.tokens.slice(0, n), tags: tags.slice(0, n), corpus: 'wojood' as const, doc: '' };
  });
}
