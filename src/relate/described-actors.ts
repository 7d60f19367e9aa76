/**
 * Described actors: spans that name an actor by description (مسلحون مجهولون، قوات النظام،
 * الجماعات الإسلامية الليبية، 100 جزائري، الأراضي الليبية), found over tokens with the heads
 * and qualifiers of src/lang/ar/actor-descriptions.ts. They become actors of claims with ids
 * `d1`, `d2` … shared by equal descriptions within a document.
 */

import {
  ATTACK_KIND_WORDS,
  COUNTED_HEADS,
  DESCRIPTION_HEADS,
  DESCRIPTION_QUALIFIERS,
  MEMBER_HEADS,
  PERSON_EPITHETS,
  PERSON_FORCE_HEADS,
  PLACE_DESCRIPTION_HEADS,
  STATE_QUALIFIERS,
} from '../lang/ar/actor-descriptions.js';
import { PERSON_TITLES } from '../lang/ar/titles.js';
import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import { COUNTRY_NAMES } from '../lang/ar/country-demonyms.js';
import type { ActorSubtype, Entity } from '../record/entity.js';
import type { Quantity } from '../record/claim.js';
import type { TokenView } from './token-view.js';
import type { ActorSpan } from './actor-spans.js';
import { fold } from './word-forms.js';
import { readNumber } from './quantities.js';

interface HeadInfo {
  subtype: ActorSubtype;
  standalone: boolean;
  state: boolean;
}

/** Folded demonym forms (masc., fem., plurals) → ISO country code. */
const DEMONYMS = new Map<string, string>();
/** Plural demonym forms that name people on their own (مصريين، جزائريون). */
const DEMONYM_PLURALS = new Set<string>();
for (const [code, c] of Object.entries(COUNTRY_NAMES)) {
  for (const d of c.demonyms) {
    const m = fold(d);
    for (const f of [m, m + 'ه', m + 'ون', m + 'ين', m + 'ان', m + 'تان', m + 'تين', m + 'ات']) if (!DEMONYMS.has(f)) DEMONYMS.set(f, code);
    DEMONYM_PLURALS.add(m + 'ون');
    DEMONYM_PLURALS.add(m + 'ين');
    DEMONYM_PLURALS.add(m);
  }
}

/** True when token `i` is a nationality adjective (السوري، اليمنية، أتراك excluded). */
export function isDemonymToken(view: TokenView, i: number): boolean {
  return view.readings(i).some((r) => r.suffix === '' && r.prep === '' && !r.conj && DEMONYMS.has(r.core));
}

const HEADS = new Map<string, HeadInfo>();
for (const h of DESCRIPTION_HEADS) {
  const state = h.subtype === 'state_security' || h.subtype === 'government';
  for (const f of h.forms) {
    const k = fold(f).replace(/^ال/, '');
    const prev = HEADS.get(k);
    // A standalone reading wins over one that needs a qualifier (عناصر is both).
    if (!prev || (h.standalone && !prev.standalone)) HEADS.set(k, { subtype: h.subtype, standalone: h.standalone, state });
  }
}

function adjectiveForms(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of list) {
    const m = fold(w).replace(/^ال/, '');
    for (const f of [m, m + 'ه', m + 'ون', m + 'ين', m + 'ات', m + 'ان']) out.add(f);
    if (m.endsWith('ه')) out.add(m.slice(0, -1) + 'ات');
  }
  return out;
}

const QUALIFIERS = adjectiveForms(DESCRIPTION_QUALIFIERS);
const COUNTED = new Map<string, HeadInfo>();
for (const w of COUNTED_HEADS) {
  const k = fold(w);
  for (const f of [k, k + 'ا']) COUNTED.set(f, { subtype: k === 'جندي' ? 'state_security' : k === 'شخص' || k === 'مدني' || k === 'مهاجر' ? 'other' : 'armed_group', standalone: true, state: k === 'جندي' });
}
const STATE_QUALS = new Set(STATE_QUALIFIERS.map((w) => fold(w).replace(/^ال/, '')));
const PLACE_HEADS = new Set(PLACE_DESCRIPTION_HEADS.map((w) => fold(w).replace(/^ال/, '')));
/** Attack nouns whose author may be named by an adjective of nationality (غارة أمريكية): those whose genitive is their subject. */
const ATTACK_NOUNS = new Set(CLAIM_TRIGGERS.ATTACK.triggers.filter((w) => w.pos === 'noun' && w.genitive === 'subject').flatMap((w) => w.forms ?? [w.lemma]).map((f) => fold(f).replace(/^ال/, '')));
const ATTACK_KINDS = new Set(ATTACK_KIND_WORDS.map(fold));
const MEMBERS = new Set(MEMBER_HEADS.map((w) => fold(w)));
const FORCE_HEADS = new Map<string, ActorSubtype>();
for (const h of PERSON_FORCE_HEADS) for (const f of h.forms) FORCE_HEADS.set(fold(f).replace(/^ال/, ''), h.subtype);
const EPITHETS = new Set([...PERSON_TITLES, ...PERSON_EPITHETS].map((w) => fold(w).replace(/^ال/, '')));
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هؤلاء', 'اولئك', 'وهذه', 'وتلك']);

/** The core of token `i` if a reading with at most a conjunction/preposition and article gives one in `set`. */
function coreIn(view: TokenView, i: number, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | null {
  for (const r of view.readings(i)) if (r.suffix === '' && set.has(r.core)) return r.core;
  return null;
}

/** A described actor found in the text, before ids are given. */
export interface DescriptionMatch {
  tokenStart: number;
  tokenEnd: number;
  /** Character span: from the stem of the first token (clitics excluded) to the end of the last. */
  start: number;
  end: number;
  subtype: ActorSubtype;
  type: 'ORG' | 'LOC';
  country: string | null;
  quantity?: Quantity;
  /** Folded head noun without the article (جنود، قوات، جماعات), '' for demonym-only actors. */
  head: string;
  /** True when the description takes in a person's name (قوات الأسد): it stands for the forces, not the person. */
  overPerson?: boolean;
}

/**
 * Finds described actors in tokens `[from, to)`, skipping tokens in `taken` (entity mentions).
 *
 * 1. A number (digits, number word or vague amount such as عشرات) before a demonym or a head:
 *    `100 جزائري`, `عشرات المسلحين`; its hedge (ما لا يقل عن) goes into the quantity.
 * 2. A head: standalone heads name an actor alone (مسلحون); group heads need a qualifier
 *    (الجماعات الإسلامية); state heads need a state qualifier or a demonym (قوات الأمن،
 *    السلطات الليبية). Qualifiers and demonyms that follow, joined by و, are taken along.
 * 3. A land noun with a demonym names a country as a place (الأراضي الليبية).
 * 4. A plural demonym alone names people (مع مصريين).
 */
export function findDescriptions(
  view: TokenView,
  text: string,
  from: number,
  to: number,
  taken: ReadonlySet<number>,
  persons: ReadonlyMap<number, number> = new Map(),
  surnames: ReadonlySet<string> = new Set(),
): DescriptionMatch[] {
  const out: DescriptionMatch[] = [];
  let i = from;
  while (i < to) {
    if (taken.has(i)) {
      i++;
      continue;
    }
    // 5. A person's forces (قوات الأسد، جيش المخلوع صالح).
    const forces = personForces(view, i, to, persons, surnames);
    if (forces) {
      out.push(forces);
      i = forces.tokenEnd;
      continue;
    }
    const m = matchAt(view, text, i, to, taken);
    // `16 عنصراً من القاعدة`, `مسلحي تنظيم داعش`: the named organization acts, through its members.
    const after = m ? view.next(m.tokenEnd - 1, to) : -1;
    // `تسعة جنود من قوات الجيش اليمني`: member heads may stand between من and the name.
    let named = after + 1;
    while (after >= 0 && named < to && !taken.has(named) && coreIn(view, named, MEMBERS)) named++;
    const ofEntity = after >= 0 && ((view.keys[after] === 'من' && taken.has(named)) || (taken.has(after) && m!.tokenEnd - m!.tokenStart <= 2));
    if (m && ofEntity && m.type === 'ORG' && m.subtype !== 'other') {
      i = m.tokenEnd;
      continue;
    }
    if (m) {
      out.push(m);
      i = m.tokenEnd;
    } else i++;
  }
  return out;
}

/**
 * An attack's author named by an adjective of nationality right after the attack noun (`غارة
 * أمريكية`، `الغارات الجوية الروسية`, kind words allowed between): the adjective (with the kind
 * words) is the state actor of that country. Null when token `i` does not start one.
 */
function adjectiveActor(view: TokenView, i: number, to: number, taken: ReadonlySet<number>): { end: number; country: string } | null {
  const p = view.prev(i, 0);
  if (p < 0 || !view.readings(p).some((r) => r.suffix === '' && ATTACK_NOUNS.has(r.core))) return null;
  let j = i;
  for (let k = 0; k < 2 && j < to && !taken.has(j) && view.readings(j).some((r) => r.suffix === '' && r.prep === '' && ATTACK_KINDS.has(r.core)); k++) j++;
  if (j >= to || taken.has(j)) return null;
  const d = view.readings(j).find((r) => r.suffix === '' && r.prep === '' && !r.conj && DEMONYMS.has(r.core));
  return d ? { end: j + 1, country: DEMONYMS.get(d.core)! } : null;
}

/**
 * A force head before a person's name, titles and epithets between (قوات الرئيس السابق علي صالح):
 * the person's forces. `persons` maps the first token of each person mention to one past its
 * last; `surnames` holds the folded last names of the persons the article names, which after a
 * force head name them too (قوات صالح after علي صالح).
 */
function personForces(view: TokenView, i: number, to: number, persons: ReadonlyMap<number, number>, surnames: ReadonlySet<string>): DescriptionMatch | null {
  const head = view.readings(i).find((r) => r.suffix === '' && FORCE_HEADS.has(r.core));
  if (!head) return null;
  let j = i + 1;
  for (let k = 0; k < 3 && j < to && !persons.has(j) && view.readings(j).some((r) => r.suffix === '' && r.prep === '' && EPITHETS.has(r.core)); k++) j++;
  if (j >= to) return null;
  const end = persons.get(j) ?? (view.tokens[j]!.kind === 'arabic' && surnames.has(view.keys[j]!) ? j + 1 : undefined);
  if (end === undefined) return null;
  const t = view.tokens;
  return { tokenStart: i, tokenEnd: end, start: stemStartOf(view, i), end: t[end - 1]!.end, subtype: FORCE_HEADS.get(head.core)!, type: 'ORG', country: null, head: head.core, overPerson: true };
}

function matchAt(view: TokenView, text: string, i: number, to: number, taken: ReadonlySet<number>): DescriptionMatch | null {
  const tokens = view.tokens;
  const start = i;
  let quantity: Quantity | undefined;
  // 0. An adjective naming an attack's author (غارة أمريكية).
  const adj = adjectiveActor(view, i, to, taken);
  if (adj) return finish(i, adj.end, 'state_security', 'ORG', adj.country, '');
  // 1. A leading number.
  const num = readNumber(view, i, to);
  let h = i;
  if (num) {
    h = num.tokenEnd;
    if (h >= to || taken.has(h)) return null;
    quantity = { value: num.value, hedge: num.vague ? 'vague' : 'exact', unit: 'people', text: text.slice(tokens[i]!.start, tokens[num.tokenEnd - 1]!.end), start: tokens[i]!.start, end: tokens[num.tokenEnd - 1]!.end };
  }
  // A demonstrative before a head (هذه الخلية، تلك الجماعات) names the described actor before.
  if (!num && DEMONSTRATIVES.has(view.keys[h]!) && h + 1 < to && !taken.has(h + 1)) {
    const head = coreIn(view, h + 1, HEADS);
    if (head && view.keys[h + 1]!.startsWith('ال')) {
      const info = HEADS.get(head)!;
      return finish(h, h + 2, info.subtype, 'ORG', null, head);
    }
  }
  const counted = num ? coreIn(view, h, COUNTED) : null;
  const headCore = coreIn(view, h, HEADS) ?? counted;
  const demonym = coreIn(view, h, DEMONYMS);
  // 3. Land noun + demonym.
  if (!num && coreIn(view, h, PLACE_HEADS)) {
    const n = view.next(h, to);
    const d = n >= 0 && !taken.has(n) ? coreIn(view, n, DEMONYMS) : null;
    if (d) return finish(h, n + 1, 'other', 'LOC', DEMONYMS.get(d) ?? null, '');
    return null;
  }
  if (headCore) {
    const head = HEADS.get(headCore) ?? COUNTED.get(headCore)!;
    let end = h + 1;
    let country: string | null = null;
    let qualified = false;
    // 2. Qualifiers, demonyms (and for state heads, state nouns), possibly joined by و.
    for (;;) {
      let n = end;
      while (n < to && view.isQuote(n)) n++;
      if (n >= to || taken.has(n)) break;
      const r = view.readings(n);
      const plain = r.filter((x) => x.suffix === '' && x.prep === '');
      const d = plain.find((x) => DEMONYMS.has(x.core));
      const q = plain.find((x) => QUALIFIERS.has(x.core));
      const s = head.state ? plain.find((x) => STATE_QUALS.has(x.core)) : undefined;
      const hit = d ?? q ?? s;
      if (!hit) break;
      if (hit.conj && !qualified) break;
      if (d) country ??= DEMONYMS.get(d.core) ?? null;
      qualified = true;
      end = n + 1;
    }
    if (!qualified && head.subtype === 'government') {
      if (headCore !== 'سلطات') return null;
    } else if (!qualified && !head.standalone && !num) return null;
    return finish(start, end, head.subtype, 'ORG', country, headCore);
  }
  if (demonym && (num || DEMONYM_PLURALS.has(demonym))) {
    // 1./4. `100 جزائري`, `مصريين`: a plural demonym (or any after a number) names people.
    if (!num && !/(ون|ين)$/.test(demonym)) return null;
    const prev = view.prev(h, 0);
    // A demonym right after a noun qualifies it (جهاديون جزائريون): not an actor of its own.
    if (!num && prev >= 0 && view.tokens[prev]!.kind === 'arabic' && !isFunctionWord(view.keys[prev]!)) return null;
    return finish(start, h + 1, 'other', 'ORG', DEMONYMS.get(demonym) ?? null, '');
  }
  return null;

  function finish(a: number, b: number, subtype: ActorSubtype, type: 'ORG' | 'LOC', country: string | null, head: string): DescriptionMatch {
    const first = tokens[a]!;
    const s = first.kind === 'arabic' ? stemStartOf(view, a) : first.start;
    return { tokenStart: a, tokenEnd: b, start: s, end: tokens[b - 1]!.end, subtype, type, country, head, ...(quantity ? { quantity } : {}) };
  }
}

const FUNCTION_WORDS = new Set(['مع', 'من', 'الي', 'علي', 'عن', 'في', 'بين', 'و', 'ان', 'قال', 'ضد', 'منهم', 'مثل', 'لدي']);

function isFunctionWord(key: string): boolean {
  return FUNCTION_WORDS.has(key) || key.length <= 2;
}

/** Character position where token `i` starts once a glued conjunction/preposition is set aside. */
export function stemStartOf(view: TokenView, i: number): number {
  const t = view.tokens[i]!;
  if (t.stemStart > t.start) return t.stemStart;
  // The tokenizer may not have split a glued و/ب/ل without corpus counts: use our readings.
  for (const r of view.readings(i)) {
    const lead = r.conj.length + r.prep.length;
    if (lead > 0 && (HEADS.has(r.core) || DEMONYMS.has(r.core) || PLACE_HEADS.has(r.core) || QUALIFIERS.has(r.core) || FORCE_HEADS.has(r.core))) {
      return t.start + surfaceOffset(t.text, lead);
    }
  }
  return t.start;
}

/** Offset in `surface` of the `k`-th letter (diacritics and tatweel skipped). */
function surfaceOffset(surface: string, k: number): number {
  let seen = 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    const mark = (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
    if (mark) continue;
    if (seen === k) return i;
    seen++;
  }
  return surface.length;
}

/** Heads of soldiers and police (not of a whole force): they belong to the one force the article names. */
const SOLDIER_HEADS = new Set(['جنود', 'جندي', 'جنديا', 'عسكريين', 'عسكريا', 'شرطيين', 'شرطيا', 'رجال', 'عناصر', 'افراد', 'دوريات', 'وحدات'].map(fold));

/**
 * The named force a described state actor belongs to, where the article makes it clear (DESIGN.md:
 * قوات النظام in a Syrian story is the Syrian army): a description with a nationality goes to the
 * one state organization of that country the article names (جنود أتراك → الجيش التركي); soldiers
 * without one go to the one security force the article names. Null when there is none or several.
 */
export function resolveDescribed(m: DescriptionMatch, entities: readonly Entity[], text = ''): string | null {
  if (m.type !== 'ORG' || m.overPerson || (m.subtype !== 'state_security' && m.subtype !== 'government')) return null;
  // A state's facility (its consulate) is no force of that state.
  const named = entities.filter((e) => e.type === 'ORG' && e.mentions.length > 0 && !(e.kbId === null && e.parent?.startsWith('gov:')));
  const ofCountry = (e: Entity): boolean => {
    const names = countryWords(m.country!);
    return e.country === m.country || [e.name, ...e.aliases].some((n) => names.some((w) => fold(n).includes(w)));
  };
  let candidates: Entity[];
  if (m.country) {
    // The country's force, else (طائرات تركية) its government.
    candidates = named.filter((e) => e.subtype === m.subtype && ofCountry(e));
    if (candidates.length === 0) candidates = named.filter((e) => (e.subtype === 'state_security' || e.subtype === 'government') && ofCountry(e));
  } else if (SOLDIER_HEADS.has(m.head)) candidates = named.filter((e) => e.subtype === 'state_security');
  else {
    // قوات الجيش in an article that names الجيش الجزائري: the one force whose name has the qualifier.
    const quals = text ? qualifierWords(text.slice(m.start, m.end)) : [];
    if (!quals.length) return null;
    // Any force or body but the media (طيران التحالف → قوات التحالف العربي, an international one).
    candidates = named.filter((e) => e.subtype !== 'media' && [e.name, ...e.aliases].some((n) => quals.every((q) => nameWordsOf(n).includes(q))));
    if (candidates.length !== 1) return null;
  }
  if (candidates.length <= 1) return candidates[0]?.id ?? null;
  // Several: the country's army, else its government (not another ministry of it).
  if (m.country) {
    const gov = candidates.filter((e) => e.kbId === `gov:${m.country}`);
    if (candidates.every((e) => e.subtype === 'government') && gov.length === 1) return gov[0]!.id;
  }
  // Several: the one named last before the description, if any.
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of candidates) {
    for (const x of e.mentions) if (x.end <= m.start && x.start > bestAt) {
      best = e;
      bestAt = x.start;
    }
  }
  return best?.id ?? null;
}

/** Folded words of a name without their article. */
function nameWordsOf(name: string): string[] {
  return name.split(/\s+/).map((w) => fold(w).replace(/^ال/, '')).filter(Boolean);
}

/** The qualifier words of a description (`قوات الجيش` → جيش): its words after the head, generic ones left out. */
function qualifierWords(description: string): string[] {
  return nameWordsOf(description).slice(1).filter((w) => !GENERIC_QUALIFIERS.has(w));
}

/** Qualifiers every force has (`قوات الأمن`, `القوات الحكومية`): they single out no named force. */
const GENERIC_QUALIFIERS = new Set(['امن', 'امنيه', 'حكوميه', 'حكومه', 'نظاميه', 'خاصه', 'مسلحه', 'عسكريه'].map(fold));

/** Folded demonym stems and names of a country (`TR` → تركي، تركيا). */
function countryWords(code: string): string[] {
  const c = COUNTRY_NAMES[code];
  if (!c) return [];
  return [...c.demonyms, ...c.names].map((w) => fold(w).replace(/^ال/, ''));
}

/** Matching key of a description: folded words without the article, plural ون read as ين (مسلحون = مسلحين). */
function descriptionKey(name: string): string {
  return fold(name)
    .split(/\s+/)
    .map((w) => w.replace(/^(ال|وال)/, '').replace(/ون$/, 'ين'))
    .join(' ');
}

/**
 * The id of the one earlier description a bare head is short for (`الشرطة` after `الشرطة
 * الهندية`, `المسلحين` after `مسلحين مجهولين`), or undefined when none or several.
 */
function shortFormOf(key: string, ids: ReadonlyMap<string, string>): string | undefined {
  if (key.includes(' ') || /\d/.test(key)) return undefined;
  const found = new Set<string>();
  for (const [k, id] of ids) if (k.split(' ')[0] === key && k !== key) found.add(id);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Gives ids to described actors: equal folded names share one (`d1`, `d2` …), and so does a
 * bare head with the one fuller description before it. A description
 * that `resolveDescribed` ties to a named force takes that entity's id and keeps the description.
 */
export function describedActorSpans(matches: readonly DescriptionMatch[], text: string, entities: readonly Entity[] = []): ActorSpan[] {
  const ids = new Map<string, string>();
  let next = 0;
  const out: ActorSpan[] = [];
  for (const m of matches) {
    let name = text.slice(m.start, m.end).replace(/[«»"“”()]/g, '').replace(/\s+/g, ' ').trim();
    // ل + the article writes لل (للشرطة): the name is الشرطة.
    if (m.start > 0 && text[m.start - 1] === 'ل' && name.startsWith('ل')) name = `ا${name}`;
    const key = descriptionKey(name);
    let id = ids.get(key) ?? shortFormOf(key, ids);
    if (!id) id = `d${++next}`;
    ids.set(key, id);
    const resolved = resolveDescribed(m, entities, text);
    out.push({
      id: resolved ?? id,
      type: m.type,
      subtype: m.type === 'LOC' ? null : m.subtype,
      name,
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      described: { id, name, type: m.type, subtype: m.type === 'LOC' ? null : m.subtype, country: m.country, resolved },
      ...(m.quantity ? { quantity: m.quantity } : {}),
      ...(m.overPerson ? { overEntity: true } : {}),
    });
  }
  return out;
}
