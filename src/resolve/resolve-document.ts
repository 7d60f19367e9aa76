/**
 * The resolver's algorithm over one document: mentions (the recognizer's, plus knowledge-base
 * aliases found in the tokens) resolve to actors, governments and places; short forms,
 * parenthesized acronyms and back-references join the entity they name; what the knowledge
 * base does not know stays a document-local (NIL) entity.
 */

import { PERSON_FORCE_HEADS } from '../lang/ar/actor-descriptions.js';
import { normalizeArabic } from '../lang/ar/normalize.js';
import { SUBTYPE_HEADS } from '../lang/ar/org-subtype-cues.js';
import { STOP_WORDS } from '../lang/ar/stop-words.js';
import type { Entity, EntityMention, EntityMentionSource, GeoPoint, ActorSubtype } from '../record/entity.js';
import type { EntityType, Mention } from '../record/mention.js';
import type { Token } from '../record/token.js';
import { procliticReadings, stripProclitics } from '../text/clitics.js';
import type { AliasScanner } from './alias-scan.js';
import { matchActors, type ActorMatch } from './actor-matcher.js';
import { findBackReferences, type Antecedent } from './back-reference.js';
import { addCountry, contextCountries, countryOfWord } from './context-countries.js';
import { countryOfName, countryRole, shareListRoles, type CountryMention, type CountryRole } from './country-role.js';
import type { Gazetteer, Place } from './gazetteer.js';
import { geocode, MIN_PLACE_SCORE, placePrior } from './geocoder.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { findFacilities } from './facility-phrases.js';
import { dropArticle, editDistance, nameKey, nameWords, skeletonWord } from './name-key.js';

/** Options of one resolution. */
export interface ResolveOptions {
  /** The outlet's country (ISO alpha-2), a hint for ambiguous places. Default: none. */
  outletCountry?: string | null;
}

/** Confidence given to a document-local (NIL) entity. */
export const NIL_CONFIDENCE = 0.5;

/** One span being resolved. */
interface Item {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  source: EntityMentionSource;
  mention: number;
  tokenStart: number;
  tokenEnd: number;
  /** Group key: `kb:<id>`, `geo:<id>`, `nil:<n>`. */
  group: string;
  kbId: string | null;
  place: Place | null;
  confidence: number;
  subtype: ActorSubtype | null;
  /** Country and parent of an entity the knowledge base does not hold (a facility phrase). */
  country: string | null;
  parent: string | null;
}

/**
 * First words of organizations' names too common to refer back alone (`الاتحاد` may be any union,
 * `الحكومة` any government, `الدولة` a state). Dev sets: test/fixtures/resolve and claims.
 */
const GENERIC_FIRST_WORDS = new Set(['الاتحاد', 'الحكومة', 'الدولة', 'المجلس', 'الحزب', 'الهيئة', 'المنظمة', 'الأمم', 'الوزارة', 'المركز', 'اللجنة', 'الشركة', 'الجامعة', 'البرلمان', 'الرئاسة'].map(nameKey));
const STOP = new Set([...STOP_WORDS].map((w) => normalizeArabic(w)));
/** Heads of a person's forces (قوات الأسد، ميليشيات الحوثي): a weak name after them is the person's. */
const FORCE_HEADS = new Set(PERSON_FORCE_HEADS.flatMap((h) => h.forms).map(nameKey));
const TOWN_CUES = new Set(['مدينه', 'بلده', 'عاصمه', 'قريه', 'بمدينه', 'لمدينه', 'العاصمه', 'بالعاصمه'].map(nameKey));
const SUBTYPES = new Map(SUBTYPE_HEADS.map(([w, s]) => [nameKey(w), s]));
const ORG_HEAD_KEYS = new Set(SUBTYPE_HEADS.map(([w]) => nameKey(w)));

/** True when the token is a town noun (`بلدة`, `مدينة`, `العاصمة`), a glued و/ف/ب allowed (`وبمدينة`). */
function isTownCue(t: Token): boolean {
  const k = nameKey(t.text);
  return procliticReadings(k, { conjunctions: 'وف', prepositions: 'ب' }).some((r) => TOWN_CUES.has(r));
}

/** Index of the token containing `pos`, by binary search. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (pos < t.start) hi = mid - 1;
    else if (pos >= t.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(tokens.length - 1, lo));
}

/**
 * Resolves the mentions of one text into entities. Numbered steps:
 * 1. items from the recognizer's mentions and the alias scanner; 2. the countries the text points
 * at; 3. actors and countries (acting or placed); 4. places, now with the actors' countries as
 * context; 5. parenthesized forms and person short forms join their entity; 6. back-references
 * and branch phrases; 7. NIL grouping by name; 8. entities in order of first mention.
 */
export function resolveMentions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  kb: KnowledgeBase,
  gaz: Gazetteer,
  scanner: AliasScanner,
  options: ResolveOptions = {},
): Entity[] {
  // 1. Items: the recognizer's mentions, and knowledge-base names (which may swallow mentions
  // that are only part of a name: `حركة أنصار الشريعة في ليبيا` over `ليبيا`).
  const ctx = contextCountries(tokens);
  const items: Item[] = mentions.map((m, i) => newItem(m.start, m.end, m.text, m.type, 'recognizer', i, m.tokenStart, m.tokenEnd));
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const swallowed = new Set<number>();
  const choose = (ids: readonly string[]): string | null => byContext(ids, ctx, kb);
  for (const h of scanner.scan(tokens, covered, { mentions, choose })) {
    const actor = kb.get(h.actor)!;
    const it = newItem(h.start, h.end, text.slice(h.start, h.end), actor.type, 'alias', -1, h.tokenStart, h.tokenEnd);
    setActor(it, h.actor, 0.9, kb);
    items.push(it);
    for (const k of h.swallowed) swallowed.add(k);
    for (let t = h.tokenStart; t < h.tokenEnd; t++) covered.add(t);
  }
  // A town the gazetteer knows after a town noun (`بلدة غت`), where the recognizer saw none.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The cue in construct (مدينة درنة، بلدة غت; العاصمة too), never `المدينة فإن …`.
    const cue = tokens[i - 1]!;
    const construct = !/^(?:[وفب]?ال|[وف]?لل)/.test(normalizeArabic(cue.text)) || nameKey(cue.text).endsWith(nameKey('العاصمة'));
    if (covered.has(i) || t.kind !== 'arabic' || !construct || !isTownCue(cue) || STOP.has(normalizeArabic(t.text))) continue;
    const start = Math.max(t.start, t.stemStart);
    // Two words first (بلدة عين عيسى), found exactly, taking in a one-word person the recognizer
    // saw in the second (عيسى); else one.
    const two = tokens[i + 1];
    const inSecond = items.find((o) => o.source === 'recognizer' && o.tokenStart === i + 1 && o.tokenEnd === i + 2 && (o.type === 'PER' || o.type === 'MISC'));
    for (const last of two && two.kind === 'arabic' && (!covered.has(i + 1) || inSecond) ? [i + 1, i] : [i]) {
      const surface = text.slice(start, tokens[last]!.end);
      const best = geocode(surface, gaz, { countries: ctx, outletCountry: options.outletCountry, townCue: true })[0];
      const ok = best && best.score >= MIN_PLACE_SCORE && (best.via === 'exact' ? true : last === i && (ctx.get(best.place.country) ?? 0) > 0);
      if (!ok) continue;
      if (last === i && inSecond) continue;
      items.push(newItem(start, tokens[last]!.end, surface, 'LOC', 'alias', -1, i, last + 1));
      for (let k = i; k <= last; k++) covered.add(k);
      if (last > i && inSecond) removeWhere(items, (x) => x === inSecond);
      break;
    }
  }
  // A state's facility named with its country (`قنصلية الولايات المتحدة`) is the government's, an actor.
  const bases = items.filter((it) => it.source === 'recognizer');
  for (const f of findFacilities(tokens, bases, covered)) {
    const base = f.replaces >= 0 ? bases[f.replaces]! : null;
    const it = newItem(f.start, f.end, text.slice(f.start, f.end), 'ORG', base ? 'recognizer' : 'alias', base ? base.mention : -1, f.tokenStart, f.tokenEnd);
    Object.assign(it, { subtype: 'government', group: `facility:${f.noun}:${f.country}`, country: f.country, parent: `gov:${f.country}`, confidence: 0.7 });
    items.push(it);
    if (base) swallowed.add(base.mention);
    for (let t = f.tokenStart; t < f.tokenEnd; t++) covered.add(t);
  }
  if (swallowed.size) removeWhere(items, (it) => it.source === 'recognizer' && swallowed.has(it.mention) && !it.group.startsWith('facility:'));
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  // 2. Context countries (computed above, before the scan that uses them).
  // 3. Actors, and countries as actors or places.
  const pending: Item[] = [];
  const roles = countryRoles(items, tokens);
  for (const it of items) {
    if (it.kbId || it.group.startsWith('facility:')) continue;
    const country = countryOfName(it.text);
    const role = roles.get(it);
    if (country && role) {
      if (role.role === 'actor') {
        setActor(it, `gov:${country.code}`, 0.85, kb);
        continue;
      }
      if (!country.capital) {
        const place = gaz.country(country.code);
        if (place) {
          setPlace(it, place, 0.95);
          continue;
        }
      }
      pending.push(it);
      continue;
    }
    if (it.type !== 'LOC') {
      const match = pickMatch(matchActors(it.text, kb, it.type), it.text, ctx, kb);
      if (match) {
        setActor(it, match.id, match.confidence, kb);
        continue;
      }
    }
    pending.push(it);
  }
  for (const it of items) if (it.kbId) addCountry(ctx, kb.get(it.kbId)?.country);
  // 3b. Weak names (`القاعدة`) of the actors the document names, and of their parents.
  const named = new Set<string>();
  for (const it of items) {
    if (!it.kbId) continue;
    named.add(it.kbId);
    const parent = kb.get(it.kbId)?.parent;
    if (parent) named.add(parent);
  }
  const afterForceHead = (i: number): boolean => i > 0 && FORCE_HEADS.has(stripProclitics(nameKey(tokens[i - 1]!.text), { conjunctions: 'وف', prepositions: 'بل' }));
  for (const h of scanner.scan(tokens, covered, { weakFor: named, choose, weakContext: afterForceHead })) {
    const actor = kb.get(h.actor)!;
    const it = newItem(h.start, h.end, text.slice(h.start, h.end), actor.type, 'alias', -1, h.tokenStart, h.tokenEnd);
    setActor(it, h.actor, 0.8, kb);
    items.push(it);
    for (let t = h.tokenStart; t < h.tokenEnd; t++) covered.add(t);
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  // 4. Places.
  for (const it of pending) {
    const prev = tokens[tokenAt(tokens, it.start) - 1];
    const townCue = !!prev && isTownCue(prev);
    const best = it.type === 'LOC' || it.type === 'MISC' ? geocode(it.text, gaz, { countries: ctx, outletCountry: options.outletCountry, townCue })[0] : undefined;
    const supported = best && (best.via === 'exact' || (ctx.get(best.place.country) ?? 0) > 0);
    // The tagger's MISC (a currency, a religion, an event) becomes a place only when the name is
    // exactly that of a well-known one: «جنية» (the pound, misspelt) is also a Syrian village.
    if (best && supported && best.score >= MIN_PLACE_SCORE && (it.type === 'LOC' || (best.via === 'exact' && wellKnown(best.place)))) {
      setPlace(it, best.place, best.confidence);
      addCountry(ctx, best.place.country);
      continue;
    }
    const match = it.type === 'LOC' ? matchActors(it.text, kb)[0] : undefined;
    if (match && match.confidence >= 0.9) setActor(it, match.id, match.confidence, kb);
    else if (it.type === 'ORG' || it.type === 'MISC') it.subtype = subtypeOf(it, text, tokens);
  }
  // 5. Parenthesized forms, person short forms, and a parent's short name for its branch.
  joinParenthesized(items, text);
  joinShortForms(items);
  joinOrgShortForms(items, kb);
  joinBranchShortForms(items, kb);
  // 6. Back-references and branch phrases.
  nilGroups(items);
  // The first word of an organization named with the article (`المقاومة` of `المقاومة الشعبية`)
  // refers back to it too.
  const firstWords = new Set<string>();
  const antecedents: Antecedent[] = items.filter((it) => it.type === 'ORG').map((it) => {
    const heads = headsOf(it, text, tokens, kb);
    const words = nameWords(it.text);
    const first = words.length >= 2 && words[0]!.startsWith('ال') ? dropArticle(words[0]!) : '';
    if (first && !GENERIC_FIRST_WORDS.has(first)) {
      heads.add(first);
      firstWords.add(first);
    }
    return { start: it.start, end: it.end, group: it.group, kbId: it.kbId, heads };
  });
  for (const r of findBackReferences(tokens, covered, antecedents, kb, firstWords)) {
    const it = newItem(r.start, r.end, text.slice(r.start, r.end), 'ORG', r.kind, -1, r.tokenStart, r.tokenEnd);
    if (r.kbId) setActor(it, r.kbId, r.kind === 'branch' ? 0.75 : 0.7, kb);
    it.group = r.group;
    items.push(it);
  }
  // 7–8.
  return toEntities(items, kb);
}

/**
 * The best of several equally good matches (`أنصار الشريعة` in Libya, Tunisia or Yemen): the
 * actor of the country a nationality adjective in the name points at, else of the country the
 * article points at most.
 */
function pickMatch(matches: ActorMatch[], name: string, ctx: ReadonlyMap<string, number>, kb: KnowledgeBase): ActorMatch | undefined {
  const own0 = name.split(/\s+/).map(countryOfWord).find((c) => c && !c.named)?.code;
  matches = matches.filter((m) => m.kind !== 'trimmed' || !own0 || !kb.get(m.id)?.country || kb.get(m.id)?.country === own0);
  const top = matches.filter((m) => m.confidence === matches[0]?.confidence);
  if (top.length <= 1) return top[0];
  const own = name.split(/\s+/).map(countryOfWord).find((c) => c && !c.named)?.code;
  const weight = (m: ActorMatch): number => {
    const c = kb.get(m.id)?.country;
    return (c && c === own ? 100 : 0) + (c ? (ctx.get(c) ?? 0) : 0);
  };
  return [...top].sort((a, b) => weight(b) - weight(a))[0];
}

/**
 * The role of every country mention not after a town noun (`مدينة الجزائر`), decided by its
 * words and shared within lists (country-role.ts).
 */
function countryRoles(items: readonly Item[], tokens: readonly Token[]): Map<Item, CountryRole> {
  const list: (CountryMention & { it: Item })[] = [];
  if (!tokens.length) return new Map();
  for (const it of items) {
    if (it.kbId || it.group.startsWith('facility:') || !countryOfName(it.text)) continue;
    const before = tokens[tokenAt(tokens, it.start) - 1];
    if (before && isTownCue(before)) continue;
    const orgNeighbour = items.some((o) => o !== it && o.type === 'ORG' && !countryOfName(o.text) && (Math.abs(o.end - it.start) <= 3 || Math.abs(it.end - o.start) <= 3));
    const first = tokenAt(tokens, it.start);
    const last = tokenAt(tokens, Math.max(it.start, it.end - 1));
    // A place name right before, one space apart (`في طرابلس ليبيا`).
    const afterPlace = items.some((o) => o !== it && o.type === 'LOC' && o.end <= it.start && it.start - o.end <= 1);
    list.push({ it, first, last, mentionStart: it.start, role: countryRole(tokens, first, last, it.start, orgNeighbour, afterPlace) });
  }
  shareListRoles(tokens, list);
  return new Map(list.map((m) => [m.it, m.role]));
}

/** The one actor among `ids` whose country the article points at most; null on a tie or no signal. */
function byContext(ids: readonly string[], ctx: ReadonlyMap<string, number>, kb: KnowledgeBase): string | null {
  const scored = ids.map((id) => ({ id, w: ctx.get(kb.get(id)?.country ?? '') ?? 0 })).sort((a, b) => b.w - a.w);
  const [a, b] = scored;
  return a && a.w > 0 && (!b || a.w > b.w) ? a.id : null;
}

function removeWhere<T>(list: T[], drop: (x: T) => boolean): void {
  let w = 0;
  for (const x of list) if (!drop(x)) list[w++] = x;
  list.length = w;
}

/** A name key without a leading organization head (`تنظيم قاعده` → `قاعده`). */
function headless(key: string): string {
  const words = key.split(' ');
  return words.length > 1 && ORG_HEAD_KEYS.has(words[0]!) ? words.slice(1).join(' ') : key;
}

/**
 * A parent's short name after its branch's full name is the branch (`تنظيم القاعدة` in an
 * article about `تنظيم القاعدة في بلاد المغرب الإسلامي`): the item resolved to P joins the one
 * child C of P named before it, when a name of C is the item's words + `في` + a region (a branch
 * named after its parent; `داعش سيناء` is a province with a name of its own, left alone).
 */
function joinBranchShortForms(items: Item[], kb: KnowledgeBase): void {
  const firstAt = new Map<string, number>();
  for (const it of items) if (it.kbId && !firstAt.has(it.kbId)) firstAt.set(it.kbId, it.start);
  for (const it of items) {
    if (!it.kbId || it.type !== 'ORG') continue;
    const key = headless(nameKey(it.text));
    if (!key) continue;
    const children = [...firstAt.entries()]
      .filter(([id, at]) => at < it.start && kb.get(id)?.parent === it.kbId)
      .filter(([id]) => (kb.get(id)?.ar ?? []).some((n) => headless(nameKey(n)).startsWith(`${key} في `)));
    if (children.length !== 1) continue;
    setActor(it, children[0]![0], Math.min(it.confidence, 0.8), kb);
  }
}

/** Population from which a town's name may turn a MISC mention into the place. */
const WELL_KNOWN_POPULATION = 100_000;

/** A country, capital, region or large city: a place whose name is rarely anything else. */
function wellKnown(place: Place): boolean {
  return placePrior(place) >= 0.75 || place.population >= WELL_KNOWN_POPULATION;
}

function newItem(start: number, end: number, text: string, type: EntityType, source: EntityMentionSource, mention: number, tokenStart: number, tokenEnd: number): Item {
  return { start, end, text, type, source, mention, tokenStart, tokenEnd, group: '', kbId: null, place: null, confidence: NIL_CONFIDENCE, subtype: null, country: null, parent: null };
}

function setActor(it: Item, id: string, confidence: number, kb: KnowledgeBase): void {
  const a = kb.get(id);
  it.kbId = id;
  it.group = `kb:${id}`;
  it.confidence = confidence;
  if (a) {
    it.type = a.type;
    it.subtype = a.subtype;
  }
}

function setPlace(it: Item, place: Place, confidence: number): void {
  it.place = place;
  it.type = 'LOC';
  it.subtype = null;
  it.group = place.geonamesId != null ? `geo:${place.geonamesId}` : `geo:${place.name}`;
  it.confidence = confidence;
}

/** Subtype of an unknown organization from its first word or the head noun before it. */
function subtypeOf(it: Item, text: string, tokens: readonly Token[]): ActorSubtype {
  const first = nameWords(it.text)[0] ?? '';
  const prev = tokens[tokenAt(tokens, it.start) - 1];
  return SUBTYPES.get(first) ?? (prev ? SUBTYPES.get(nameKey(prev.text)) : undefined) ?? 'other';
}

/** `A (B)`: the form in parentheses joins A's entity, or A joins B's when only B is known. */
function joinParenthesized(items: Item[], text: string): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end))) continue;
    if (a.type === 'LOC' || b.type === 'LOC') continue;
    if (a.kbId && !b.kbId) Object.assign(b, { kbId: a.kbId, group: a.group, type: a.type, subtype: a.subtype, confidence: a.confidence });
    else if (b.kbId && !a.kbId) Object.assign(a, { kbId: b.kbId, group: b.group, type: b.type, subtype: b.subtype, confidence: b.confidence });
    else if (!a.kbId && !b.kbId) b.group = a.group = a.group || `nil:paren:${a.start}`;
  }
}

/** Two words are one name's spelling variants: equal skeletons, or one edit apart when long. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = skeletonWord(a);
  const sb = skeletonWord(b);
  return sa === sb || (Math.min(sa.length, sb.length) >= 4 && editDistance(sa, sb, 1) <= 1);
}

/** An unresolved person whose words all appear in another person's name joins that person (`درودكال` → `عبد المالك درودكال`). */
function joinShortForms(items: Item[]): void {
  const persons = items.filter((it) => it.type === 'PER');
  for (const it of persons) {
    if (it.kbId) continue;
    const words = nameWords(it.text).filter((w) => w.length > 1);
    if (!words.length) continue;
    const full = persons
      .filter((o) => o !== it && nameWords(o.text).length > words.length)
      .filter((o) => words.every((w) => nameWords(o.text).some((x) => sameWord(w, x))));
    const groups = new Set(full.map((o) => o.group || `nil:per:${o.start}`));
    if (groups.size !== 1) continue;
    const o = full[0]!;
    if (!o.group) o.group = `nil:per:${o.start}`;
    for (const x of full) x.group = o.group;
    Object.assign(it, { kbId: o.kbId, group: o.group, subtype: o.subtype, confidence: Math.min(o.confidence, 0.8) });
  }
}

/**
 * An unresolved organization named by the first words of another organization's name in the
 * article (`الدرك` and `الدرك الوطني الجزائري`, `التحالف` and `التحالف العربي`) is that
 * organization, when exactly one has such a name. A one-word short form must be definite (its
 * article), so a bare common noun is not taken for a name.
 */
function joinOrgShortForms(items: Item[], kb: KnowledgeBase): void {
  const orgs = items.filter((it) => it.type === 'ORG' && !it.place);
  for (const it of items) {
    if (it.kbId || it.place || it.group.startsWith('facility:') || (it.type !== 'ORG' && it.type !== 'MISC')) continue;
    const words = nameWords(it.text);
    if (!words.length || (words.length === 1 && !words[0]!.startsWith('ال'))) continue;
    const key = words.map(dropArticle).join(' ');
    const names = (o: Item): string[] => [o.text, ...(o.kbId ? (kb.get(o.kbId)?.ar ?? []) : [])];
    const longer = orgs.filter((o) => o !== it && names(o).some((n) => nameKey(n).startsWith(`${key} `)));
    const groups = new Set(longer.map((o) => o.group || `nil:org:${nameKey(o.text)}`));
    if (groups.size !== 1) continue;
    const o = longer.find((x) => x.kbId) ?? longer[0]!;
    if (!o.group) o.group = `nil:org:${nameKey(o.text)}`;
    for (const x of longer) x.group = o.group;
    Object.assign(it, { kbId: o.kbId, group: o.group, type: 'ORG', subtype: o.subtype, confidence: Math.min(o.confidence, 0.75) });
  }
}

/** Unresolved items with the same type and name key share a group. */
function nilGroups(items: Item[]): void {
  const byKey = new Map<string, string>();
  for (const it of items) {
    if (it.group) continue;
    const k = `${it.type}:${nameKey(it.text)}`;
    it.group = byKey.get(k) ?? `nil:${it.start}`;
    byKey.set(k, it.group);
  }
}

/** Head nouns an organization mention may be referred back by: its first word, the head before it, its KB names' first words. */
function headsOf(it: Item, text: string, tokens: readonly Token[], kb: KnowledgeBase): Set<string> {
  const heads = new Set<string>();
  const first = nameKey(it.text).split(' ')[0];
  if (first && ORG_HEAD_KEYS.has(first)) heads.add(first);
  let ti = tokenAt(tokens, it.start) - 1;
  while (ti >= 0 && tokens[ti]!.kind === 'punct') ti--;
  const prev = tokens[ti];
  if (prev && it.start - prev.end <= 3) {
    const k = stripProclitics(nameKey(prev.text), { conjunctions: 'وف' });
    if (ORG_HEAD_KEYS.has(k)) heads.add(k);
  }
  const actor = it.kbId ? kb.get(it.kbId) : undefined;
  for (const n of actor?.ar ?? []) {
    const w = nameKey(n).split(' ')[0];
    if (w && ORG_HEAD_KEYS.has(w)) heads.add(w);
  }
  return heads;
}

function geoOf(place: Place, confidence: number): GeoPoint {
  return {
    lat: place.lat, lon: place.lon, geonamesId: place.geonamesId, countryCode: place.country || null,
    featureClass: place.featureClass, featureCode: place.featureCode, confidence: Math.round(confidence * 100) / 100,
  };
}

/** Groups items into entities, numbered in order of first mention. */
function toEntities(items: Item[], kb: KnowledgeBase): Entity[] {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const list = groups.get(it.group);
    if (list) list.push(it);
    else groups.set(it.group, [it]);
  }
  const out: Entity[] = [];
  for (const list of groups.values()) {
    const head = list.find((x) => x.kbId || x.place) ?? list.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const actor = head.kbId ? kb.get(head.kbId) : undefined;
    const place = head.place;
    const mentions: EntityMention[] = list.map((x) => ({ start: x.start, end: x.end, text: x.text, source: x.source, mention: x.mention }));
    const surface = [...new Set(list.filter((x) => x.source !== 'back-reference').map((x) => x.text))];
    const placeName = place
      ? (place.arabic.find((n) => list.some((x) => x.text === n)) ?? place.arabic.find((n) => list.some((x) => nameKey(x.text) === nameKey(n))) ?? place.arabic[0])
      : undefined;
    const name = actor?.ar[0] ?? placeName ?? surface.reduce((a, b) => (b.length > a.length ? b : a), head.text);
    const known = [...(actor?.ar ?? []), ...(actor?.en ?? []), ...(place ? [...place.arabic, place.name] : [])];
    out.push({
      id: '',
      type: head.type,
      subtype: head.type === 'ORG' ? (head.subtype ?? 'other') : null,
      name,
      aliases: [...new Set([...surface, ...known])].filter((a) => a !== name),
      mentions,
      kbId: actor ? actor.id : place ? `geo:${place.geonamesId ?? place.name}` : null,
      wikidata: actor?.wikidata ?? place?.wikidata ?? null,
      geo: place ? geoOf(place, head.confidence) : null,
      country: actor?.country ?? (place?.country || null) ?? head.country,
      parent: actor?.parent ?? head.parent,
      confidence: Math.round(Math.max(...list.map((x) => x.confidence)) * 100) / 100,
    });
  }
  out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  out.forEach((e, i) => (e.id = `e${i + 1}`));
  return out;
}
