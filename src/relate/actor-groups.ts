/**
 * Actors of one sentence as the roles see them: each span with the preposition that governs it
 * (في ليبيا، مع الجماعات), widened over member heads (قادة تنظيم القاعدة) and place nouns
 * (بلدة غت), and grouped when coordinated (X و Y و Z, X مثل Y) so each member gets its claim.
 */

import { MEMBER_HEADS, PARTITIVE_WORDS } from '../lang/ar/actor-descriptions.js';
import { AGENT_WORDS, COMPOUND_PREPOSITIONS, GOVERNING_PREPOSITIONS, LIST_LINKS } from '../lang/ar/clause-words.js';
import { DIRECTIONS, PLACE_NOUNS } from '../lang/ar/place-nouns.js';
import { ORG_HEADS } from '../lang/ar/org-heads.js';
import { PERSON_TITLES } from '../lang/ar/titles.js';
import { isDemonymToken } from './described-actors.js';
import { QUANTITY_HEDGES } from '../lang/ar/quantity-hedges.js';
import type { ActorSpan } from './actor-spans.js';
import type { TokenView } from './token-view.js';
import { fold } from './word-forms.js';

const PREPS = new Set(GOVERNING_PREPOSITIONS.map(fold));
const COMPOUNDS = COMPOUND_PREPOSITIONS.map((c) => ({ first: fold(c.words[0]), second: fold(c.words[1]), as: fold(c.as) }));
/**
 * Words before an organization's name that belong to it when the recognizer left them out
 * (قادة تنظيم «القاعدة …»): member heads, and the organization head nouns except the ones that
 * are claim words themselves (تحالف).
 */
const MEMBERS = new Set([...MEMBER_HEADS, ...ORG_HEADS.filter((w) => w !== 'تحالف' && w !== 'ائتلاف')].map((w) => fold(w).replace(/^ال/, '')));
const PARTITIVES = new Set(PARTITIVE_WORDS.map(fold));
const TITLES = new Set(PERSON_TITLES.map((w) => fold(w).replace(/^ال/, '')));
const PLACE_WORDS = new Set([...PLACE_NOUNS, ...DIRECTIONS].map((w) => fold(w).replace(/^ال/, '')));
const LINKS = new Set(LIST_LINKS.map(fold));
const AGENTS = new Set(AGENT_WORDS.map(fold));
const HEDGES = QUANTITY_HEDGES.map((h) => h.words.map(fold));

/** An actor span placed in its sentence. */
export interface Slot {
  actor: ActorSpan;
  /** First token of the phrase (member heads and place nouns included). */
  first: number;
  /** One past the last token. */
  last: number;
  /** Folded preposition that governs the phrase (`في`, `مع`, `ب`, `agent` …), '' for none. */
  prep: string;
  /** True when a conjunction (glued or separate) links it to what comes before. */
  conj: boolean;
  /** True when a member head was taken in (قادة تنظيم …): the organization acts through them. */
  viaMembers: boolean;
  /** Index of its group in `SentenceActors.groups`. */
  group: number;
}

/** Coordinated slots: one role, several actors. */
export interface Group {
  slots: Slot[];
  first: number;
  last: number;
  prep: string;
  /** True when every member is a place. */
  place: boolean;
}

/** The preposition glued to the characters before `start` inside token `i` (وب → ب; و → ''). */
function gluedPrep(view: TokenView, i: number, start: number): { prep: string; conj: boolean } {
  const t = view.tokens[i]!;
  if (start <= t.start) return { prep: '', conj: false };
  const lead = fold(t.text.slice(0, start - t.start));
  const conj = lead.startsWith('و') || lead.startsWith('ف');
  const rest = conj ? lead.slice(1) : lead;
  return { prep: rest.startsWith('ب') ? 'ب' : rest.startsWith('ل') ? 'ل' : rest.startsWith('ك') ? 'ك' : '', conj };
}

/** The actors of a sentence, their slots and groups. */
export class SentenceActors {
  readonly slots: Slot[] = [];
  readonly groups: Group[] = [];
  /** Slot index by token, for tokens a slot covers (`first` to `last`). */
  private readonly byToken = new Map<number, number>();

  constructor(
    private readonly view: TokenView,
    spans: readonly ActorSpan[],
    readonly from: number,
    readonly to: number,
  ) {
    for (const actor of spans) this.slots.push(this.place(actor));
    this.group();
    this.slots.forEach((s, k) => {
      for (let i = s.first; i < s.last; i++) this.byToken.set(i, k);
    });
  }

  /**
   * 1. Widen the phrase left over member heads (ORG) or place nouns and directions (LOC).
   * 2. The preposition glued to its first word, else the word (or two) before it.
   */
  private place(actor: ActorSpan): Slot {
    const v = this.view;
    let first = actor.tokenStart;
    let viaMembers = false;
    let glued = gluedPrep(v, actor.tokenStart, actor.start);
    // 1. A hedge before a counted description (ما لا يقل عن 100 جزائري) is part of the phrase.
    if (actor.quantity) {
      for (const h of HEDGES) {
        const at = first - h.length;
        if (at >= this.from && h.every((w, j) => v.keys[at + j] === w || (j === 0 && v.keys[at] === 'و' + w))) {
          first = at;
          break;
        }
      }
    }
    // Member heads and place nouns, only when nothing is glued between them and the name.
    if (!glued.prep && !glued.conj && first === actor.tokenStart) {
      for (;;) {
        const p = v.prev(first, this.from);
        if (p < 0) break;
        const isLoc = actor.type === 'LOC';
        const words = isLoc ? PLACE_WORDS : MEMBERS;
        let r = v.readings(p).find((x) => x.suffix === '' && words.has(x.core));
        // مسؤولين من جهاز …: the member head stands before `من`.
        if (!r && !isLoc && v.keys[p] === 'من') {
          const pp = v.prev(p, this.from);
          const head = pp >= 0 ? v.readings(pp).find((x) => x.suffix === '' && MEMBERS.has(x.core) && !x.article) : undefined;
          if (head) {
            first = pp;
            viaMembers = true;
            r = head;
            glued = { prep: head.prep, conj: !!head.conj };
            break;
          }
        }
        if (!r) break;
        first = p;
        if (!isLoc) viaMembers = true;
        glued = { prep: r.prep, conj: !!r.conj };
        if (r.prep || r.conj) break;
      }
    }
    // 1b. A partitive before it (ثلاثة من أفراد الدرك، مئات من رجال الجيش): the count is part of the phrase.
    if (!glued.prep && actor.type !== 'LOC') {
      const p = v.prev(first, this.from);
      const pp = p >= 0 && v.keys[p] === 'من' ? v.prev(p, this.from) : -1;
      if (pp >= 0) {
        const t = v.tokens[pp]!;
        const isCount = t.kind === 'number' || PARTITIVES.has(v.keys[pp]!) || v.readings(pp).some((r) => PARTITIVES.has(r.core) || /^(ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|اثن)/.test(r.core));
        if (isCount) {
          first = pp;
          viaMembers = true;
          const r0 = v.readings(pp)[0];
          glued = { prep: '', conj: !!r0?.conj && t.kind === 'arabic' && v.keys[pp]!.startsWith('و') };
        }
      }
    }
    // 1c. Titles before a person (بالرئيس الإسلامي محمد مرسي): the preposition is glued to the title.
    if (actor.type === 'PER' && !glued.prep && !glued.conj) {
      for (let back = 0, p = v.prev(first, this.from); p >= 0 && back < 2; back++, p = v.prev(p, this.from)) {
        const r = v.readings(p).find((x) => x.suffix === '' && TITLES.has(x.core));
        if (!r) continue;
        first = p;
        glued = { prep: r.prep, conj: !!r.conj };
        break;
      }
    }
    // A number right before a member head (16 عنصراً من القاعدة) is part of the phrase too.
    if (viaMembers && first > this.from && v.tokens[first - 1]!.kind === 'number') first--;
    // 2. A preposition word (or compound) before the phrase.
    let prep = glued.prep;
    let conj = glued.conj;
    if (!prep) {
      const p = v.prev(first, this.from);
      if (p >= 0) {
        const key = v.keys[p]!;
        const bare = key.startsWith('و') && key.length > 2 && PREPS.has(key.slice(1)) ? key.slice(1) : key;
        const pp = v.prev(p, this.from);
        const compound = pp >= 0 ? COMPOUNDS.find((c) => c.second === bare && (v.keys[pp] === c.first || v.keys[pp] === 'و' + c.first)) : undefined;
        if (compound) prep = compound.as;
        else if (AGENTS.has(bare)) prep = 'agent';
        else if (PREPS.has(bare)) prep = bare;
        if (bare !== key) conj = true;
        if (key === 'و') conj = true;
      }
    }
    // 3. Nationality adjectives after an organization belong to it (المقاومة الشعبية اليمنية).
    let last = actor.tokenEnd;
    if (actor.type === 'ORG') while (last < this.to && v.keys[last]!.startsWith('ال') && isDemonymToken(v, last)) last++;
    return { actor, first, last, prep, conj, viaMembers, group: -1 };
  }

  /** Joins a slot to the group before it when only commas, quotes, و or a list link lie between. */
  private group(): void {
    const v = this.view;
    for (const s of this.slots) {
      const prevGroup = this.groups[this.groups.length - 1];
      let join = false;
      if (prevGroup) {
        const last = prevGroup.slots[prevGroup.slots.length - 1]!;
        const samePlace = (last.actor.type === 'LOC') === (s.actor.type === 'LOC');
        let gapOk = true;
        let linked = s.conj;
        for (let i = last.last; i < s.first && gapOk; i++) {
          const key = v.keys[i]!;
          if (v.isQuote(i) || v.isComma(i)) continue;
          if (key === 'و') linked = true;
          else if (LINKS.has(key)) linked = true;
          else gapOk = false;
        }
        const prepOk = s.prep === '' || s.prep === prevGroup.prep || (s.conj && s.prep === prevGroup.prep);
        join = gapOk && linked && samePlace && prepOk && s.first - last.last <= 4;
      }
      if (join && prevGroup) {
        s.group = this.groups.length - 1;
        s.prep = prevGroup.prep;
        prevGroup.slots.push(s);
        prevGroup.last = s.last;
        prevGroup.place = prevGroup.place && s.actor.type === 'LOC';
      } else {
        s.group = this.groups.length;
        this.groups.push({ slots: [s], first: s.first, last: s.last, prep: s.prep, place: s.actor.type === 'LOC' });
      }
    }
  }

  /** The group whose phrase starts at token `i`, or null. */
  groupStartingAt(i: number): Group | null {
    const k = this.byToken.get(i);
    if (k === undefined) return null;
    const g = this.groups[this.slots[k]!.group]!;
    return g.first === i ? g : null;
  }

  /** The slot that covers token `i`, or null. */
  slotAt(i: number): Slot | null {
    const k = this.byToken.get(i);
    return k === undefined ? null : this.slots[k]!;
  }

  /** Groups that start after token `i` and before `limit`, in order. */
  groupsAfter(i: number, limit: number): Group[] {
    return this.groups.filter((g) => g.first > i && g.first < limit);
  }

  /** Groups that end at or before token `i` and start at or after `limit`, nearest first. */
  groupsBefore(i: number, limit: number): Group[] {
    return this.groups.filter((g) => g.last <= i && g.first >= limit).reverse();
  }
}
