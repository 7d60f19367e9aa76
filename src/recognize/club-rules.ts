/**
 * Rules over the tagger for sports clubs named after their city. In a sports report the
 * tagger, trained mostly on political news, reads `اتحاد [طنجة]LOC` or `[المغرب]LOC الفاسي` as
 * a place; the club is the organization. Two naming patterns of Arabic club names and a list of
 * known clubs give the rules below, which apply only in blocks that read as sports reporting:
 *
 * 1. `الفريق` before a city's adjective is a team described (`الفريق الطنجي`), not a general
 *    and his name: no person.
 * 2. A club opener in construct form before a place: `اتحاد طنجة`, `أولمبيك آسفي`,
 *    `حسنية أكادير`, `دينامو كييف` (openers in src/lang/ar/sports-words.ts).
 * 3. A definite name (a word clubs are named with, a known club, a name the tagger found, or a
 *    rare word) before the adjective of a city (its nisba): `الوداد البيضاوي` (الدار البيضاء),
 *    `المغرب الفاسي` (فاس), `الكوكب المراكشي`, `الجمعية السلاوية` (سلا). The adjective must
 *    derive from a major place (GeoNames population ≥ 100,000 or a capital), not a country
 *    (`الرئيس المصري` is no club), and be rare in the news corpus (`الدولية` is no city's). A
 *    feminine adjective needs a feminine name before it (`الجمعية السلاوية`, not
 *    `المياه الجوفية`), and descriptions are left alone (`الفريق البيضاوي`, `النادي الباريسي`).
 * 4. A club the gazetteer knows (WikiFANE's sports clubs, and words that follow نادي or فريق
 *    in the news corpus: `ميلان`, `بورتو`, `السد`) where the tagger read a place or a person,
 *    or left a rare word untagged. Not where the city is meant: after في/إلى, a place noun (and
 *    its adjective), an arrival verb or a venue (`في روما`, `مدينة ميلانو`, `العاصمة الفرنسية
 *    باريس`, `وصلت دبي`, `ملعب الجونة`), or before a feminine adjective (`ميلان الإيطالية`: a
 *    city is feminine, a club masculine).
 * 5. A known club's name runs on over an ending that is no name alone (`مانشستر سيتي`, `باريس
 *    سان جيرمان`), and a foreign one that is no place over the city after it (`بايرن ميونيخ`,
 *    `شاختار دونيتسك`), where no chunk crosses the longer name: the lists know most clubs by
 *    their first word only. Also where the tagger found the club but not the end of its name.
 *
 * A block is a sports report when at least `MIN_SPORTS_WORDS` of its tokens, `MIN_CORE_WORDS`
 * of them words found almost only in sports reporting (مباراة، الدوري، المدرب …), and one token
 * in `SPORTS_DENSITY` are sports words. Written by hand: no Arabic resource lists club-naming
 * patterns. Measured by eval:ner and the ANERcorp cross-validation (`full` against `full
 * without the club rules`); the thresholds were set on ANERcorp-dev's errors and checked on
 * 20,000 news articles (resources/ner/NOTES.md).
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import { CLUB_NAME_TAILS, CLUB_NAME_WORDS, CLUB_OPENERS, SPORTS_CORE_WORDS, SPORTS_VENUES, SPORTS_WORDS } from '../lang/ar/sports-words.js';
import { stripProclitics } from '../text/clitics.js';
import { CONSISTENCY_WINDOW } from './document-consistency.js';
import { GAZETTEER_KINDS, type Gazetteer, type GazetteerMatch } from './gazetteer.js';
import { chunkEnd, isInside, spanIsFree, tagOf, tagType } from './tags.js';
import { TRIGGER, type WordInfo } from './word-info.js';

/** Fewest sports words, and fewest core sports words, in a block read as a sports report. */
export const MIN_SPORTS_WORDS = 4;
export const MIN_CORE_WORDS = 2;
/** At least one token in this many must be a sports word. */
export const SPORTS_DENSITY = 25;

const SPORTS = new Set(SPORTS_WORDS.map((w) => normalizeArabic(w)));
const CORE = new Set(SPORTS_CORE_WORDS.map((w) => normalizeArabic(w)));
const OPENERS = new Set(CLUB_OPENERS.map((w) => normalizeArabic(w)));
const NAME_WORDS = new Set(CLUB_NAME_WORDS.map((w) => normalizeArabic(w)));
/** Words of sports reporting that are not club names themselves (`الفريق البيضاوي` is a team, unnamed). */
const NOT_A_CLUB = new Set([...SPORTS].filter((w) => !OPENERS.has(w) && !NAME_WORDS.has(w)));
/** An untagged word after an opener is a place when it names a country or a major place (`كرة` is a hamlet too). */
const PLACE = (1 << GAZETTEER_KINDS.indexOf('country')) | (1 << GAZETTEER_KINDS.indexOf('place-major'));
const MAJOR = 1 << GAZETTEER_KINDS.indexOf('place-major');
const COUNTRY = 1 << GAZETTEER_KINDS.indexOf('country');
const CLUB = 1 << GAZETTEER_KINDS.indexOf('club');
/** Club name endings, as sequences of normalized words. */
const TAILS = CLUB_NAME_TAILS.map((t) => t.split(' ').map((w) => normalizeArabic(w)));
const VENUES = new Set(SPORTS_VENUES.map((w) => normalizeArabic(w)));
/** A word before a city's adjective seen at most this often in the news corpus may be a club's name. */
const MAX_NAME_COUNT = 50;
/** Prepositions after which a known club's name is the city (`في روما`, `وإلى روما`), normalized. */
const LOCATIVE = new Set(['في', 'الي']);
/** Verbs of arrival, after which a club that is also a city is the city (`وصلت دبي`). */
const ARRIVAL = new Set(['وصل', 'وصلت', 'يصل', 'تصل', 'وصول', 'بلغ', 'بلغت'].map((w) => normalizeArabic(w)));
/**
 * An untagged known club is taken only when its words are this rare in the news corpus: the
 * club lists hold common words too (الجيل 474 is a club and a generation; السد 226 is taken).
 */
const MAX_UNTAGGED_CLUB_COUNT = 300;
/** Fewest nisba-cache entries before it is emptied (it holds rare definite words). */
const NISBA_CACHE_SIZE = 100_000;
/** The team (normalized); also the rank of a general, whose name follows it. */
const TEAM = normalizeArabic('الفريق');
const B_ORG = tagOf('ORG', false);
const I_ORG = tagOf('ORG', true);
/**
 * A city's adjective is rare in the news corpus (البيضاوي 10, الفاسي 10); common adjectives that
 * happen to end like a place name are not (الخارجي 795 beside the town الخارجة, الدولية 3,331).
 */
const MAX_NISBA_COUNT = 100;
/** Endings of a nisba adjective, longest first (ي, ية and the اوي/وي of names ending in a vowel). */
const NISBA_ENDINGS = ['اويه', 'اوي', 'ويه', 'وي', 'يه', 'ي'];

/** One sentence of a document under the rules; `gaz` is its gazetteer match when the tagger already made it. */
export interface ClubSentence {
  infos: readonly WordInfo[];
  tags: Int32Array;
  sources: Int32Array;
  gaz?: GazetteerMatch | null;
}

/** True when enough of the block's tokens are sports words. */
export function isSportsBlock(block: readonly ClubSentence[]): boolean {
  let tokens = 0;
  let sports = 0;
  let core = 0;
  for (const s of block) {
    tokens += s.infos.length;
    for (const info of s.infos) {
      if (info.kind !== 'arabic' || !SPORTS.has(info.key)) continue;
      sports++;
      if (CORE.has(info.key)) core++;
    }
  }
  return sports >= MIN_SPORTS_WORDS && core >= MIN_CORE_WORDS && sports * SPORTS_DENSITY >= tokens;
}

/** The rules with a gazetteer, and a cache of which adjectives derive from a city. */
export class ClubRules {
  private readonly nisbaCache = new Map<string, boolean>();

  constructor(private readonly gazetteer: Gazetteer) {}

  /** Applies the rules to each block of `CONSISTENCY_WINDOW` sentences of a document (see `apply`). */
  applyDocument(sentences: readonly ClubSentence[]): void {
    for (let b = 0; b < sentences.length; b += CONSISTENCY_WINDOW) this.apply(sentences.slice(b, b + CONSISTENCY_WINDOW));
  }

  /** Applies the rules to the sentences of a block when it is a sports report, in place; `sources` become 1 where they fire. */
  apply(block: readonly ClubSentence[]): void {
    if (!isSportsBlock(block)) return;
    for (const s of block) this.sentence(s, s.gaz ?? this.gazetteer.match(s.infos.map((x) => x.key), s.infos.map((x) => x.norm)));
  }

  private sentence({ infos, tags, sources }: ClubSentence, gaz: GazetteerMatch): void {
    const n = infos.length;
    for (let i = 0; i < n; i++) {
      const w = infos[i]!;
      if (w.kind !== 'arabic' || isInside(tags[i]!)) continue;
      // 1. `الفريق` with a city's adjective is a team described (`فالفريق الطنجي`), not a general
      //    and his name, as the tagger may read it.
      if (w.key === TEAM && i + 1 < n && tagType(tags[i + 1]!) === 'PER' && !isInside(tags[i + 1]!) && chunkEnd(tags, i + 1) === i + 2 && this.isCityNisba(infos[i + 1]!)) {
        tags[i + 1] = 0;
        i++;
        continue;
      }
      let end = -1;
      // 2. Opener before a place.
      if (i + 1 < n && !w.key.startsWith('ال') && OPENERS.has(w.key)) {
        // The tagger may have read opener and place as one name of another type (`[حسنية أكادير]PER`).
        const whole = tags[i] !== 0 && chunkEnd(tags, i) === i + 2 && (gaz.single[i + 1]! & PLACE) !== 0;
        end = whole ? i + 2 : this.placeEnd(infos, tags, gaz, i + 1);
      }
      // 3. A name before a city's adjective.
      if (end < 0 && i + 1 < n && this.mayNameClub(w, tags[i]!, gaz.begin[i]!) && this.isCityNisba(infos[i + 1]!)) {
        if (!infos[i + 1]!.key.endsWith('يه') || w.surface.endsWith('ة') || w.key.endsWith('يه')) end = i + 2;
      }
      // 4. A known club (with the end of its name, 5).
      if (end < 0) end = this.knownClubEnd(infos, tags, gaz, i);
      // 5. A known club the tagger found itself, but without the end of its name.
      if (end < 0 && tags[i] === B_ORG && gaz.begin[i]! & CLUB) end = this.tailEnd(infos, gaz, i, chunkEnd(tags, i));
      if (end < 0 || !spanIsFree(tags, i, end) || (tags[i] === B_ORG && chunkEnd(tags, i) === end)) continue;
      for (let k = i; k < end; k++) tags[k] = k === i ? B_ORG : I_ORG;
      sources[i] = 1;
      i = end - 1;
    }
  }

  /**
   * End of the known club starting at `i` (a `club` entry of the gazetteer), or -1: when the
   * tagger made it one place, person or other name, or left it untagged and its word is rare
   * (`الشباب`, the youth, is common); not after في or إلى, with ب, or after a place noun or a
   * venue (`في روما`, `مدينة ميلانو`, `ملعب الجونة` are places), and not a country. The end
   * runs on over the end of the club's name (`tailEnd`) where no chunk crosses the longer name.
   */
  private knownClubEnd(infos: readonly WordInfo[], tags: Int32Array, gaz: GazetteerMatch, i: number): number {
    if (!(gaz.begin[i]! & CLUB) || gaz.begin[i]! & COUNTRY) return -1;
    const w = infos[i]!;
    if (w.surface.startsWith('ب') && w.procliticLength > 0) return -1;
    // The word before, over quotes (`بمدينة « ميلانو »`).
    let p = i - 1;
    while (p >= 0 && infos[p]!.kind === 'punct') p--;
    const prev = infos[p];
    if (prev && (isLocative(prev) || VENUES.has(prev.key))) return -1;
    // `العاصمة الفرنسية باريس`: a place noun and its adjective.
    const before = infos[p - 1];
    if (before && before.trig & TRIGGER.placeNoun && prev!.key.startsWith('ال') && prev!.key.endsWith('يه')) return -1;
    let end = i + 1;
    if (!(gaz.single[i]! & CLUB)) while (end < infos.length && gaz.inside[end]! & CLUB) end++;
    // The name run on, where no chunk crosses it (`بايرن [ميونيخ الألماني]LOC` keeps the city).
    const longer = this.tailEnd(infos, gaz, i, end);
    const full = longer > end && spanIsFree(tags, i, longer) ? longer : end;
    // A feminine adjective after it makes it the city (`ميلان الإيطالية`; the club is `ميلان الإيطالي`).
    const next = infos[full];
    if (next && next.kind === 'arabic' && next.key.startsWith('ال') && next.key.endsWith('يه') && !(next.trig & TRIGGER.stop)) return -1;
    if (tags[i] === 0) {
      for (let k = i; k < end; k++) if (tags[k] !== 0 || (k === i ? infos[k]!.keyCount : infos[k]!.count) > MAX_UNTAGGED_CLUB_COUNT) return -1;
      return full;
    }
    if (tagType(tags[i]!) === 'ORG') return -1;
    // The tagger's chunk is the club, or the club with the end of its name (`[بايرن ميونيخ]PER`).
    const chunk = chunkEnd(tags, i);
    return chunk === end || chunk === full ? full : -1;
  }

  /**
   * End of a club's name that starts at `i` and has been read to `end`, run on over an ending
   * (`مانشستر [سيتي]`, `باريس [سان جيرمان]`) or, for a foreign one-word club that is no place,
   * over the major city after it (`بايرن [ميونيخ]`); `end` when nothing follows. ANERcorp tags the
   * city apart (`[أياكس]ORG [أمستردام]LOC`), which costs ANERcorp-dev two names; the club's
   * name is the whole (WikiFANE).
   */
  private tailEnd(infos: readonly WordInfo[], gaz: GazetteerMatch, i: number, end: number): number {
    for (const tail of TAILS) {
      if (end + tail.length > infos.length) continue;
      if (tail.every((w, k) => infos[end + k]!.key === w && infos[end + k]!.procliticLength === 0)) return end + tail.length;
    }
    // A foreign club's transliterated name before its city: not an Arabic definite name (`النصر لندن`
    // is the team in London), and not a city that is also a stop word (`كان`, Cannes).
    const next = infos[end];
    if (!next || end !== i + 1 || infos[i]!.key.startsWith('ال') || gaz.begin[i]! & PLACE) return end;
    if (next.procliticLength > 0 || next.trig & TRIGGER.stop) return end;
    return gaz.single[end]! & MAJOR && !(gaz.single[end]! & COUNTRY) ? end + 1 : end;
  }

  /**
   * True when a definite word before a city's adjective may be a club's name: a word clubs are
   * named with, a known club, a name the tagger found, or a rare word; not a sports word, stop
   * word or title (`الفريق البيضاوي`, `العامل الحاسم` are no clubs).
   */
  private mayNameClub(w: WordInfo, tag: number, gazBegin: number): boolean {
    if (!w.key.startsWith('ال') || NOT_A_CLUB.has(w.key) || w.trig & (TRIGGER.stop | TRIGGER.title)) return false;
    return NAME_WORDS.has(w.key) || (gazBegin & CLUB) !== 0 || tag !== 0 || w.keyCount <= MAX_NAME_COUNT;
  }

  /** End of the place starting at `j` (a LOC chunk, a gazetteer place or a city's adjective), or -1. */
  private placeEnd(infos: readonly WordInfo[], tags: Int32Array, gaz: GazetteerMatch, j: number): number {
    if (tagType(tags[j]!) === 'LOC' && !isInside(tags[j]!)) return chunkEnd(tags, j);
    if (tags[j] !== 0) return -1;
    if (gaz.single[j]! & PLACE && infos[j]!.procliticLength === 0) return j + 1;
    return this.isCityNisba(infos[j]!) ? j + 1 : -1;
  }

  /** True when `info` is the adjective of a major place that is not a country (`الفاسي` of فاس). */
  isCityNisba(info: WordInfo): boolean {
    const key = info.key;
    if (info.kind !== 'arabic' || !key.startsWith('ال') || key.length < 5 || info.procliticLength > 0 || info.count > MAX_NISBA_COUNT) return false;
    if (!key.endsWith('ي') && !key.endsWith('يه')) return false;
    let known = this.nisbaCache.get(key);
    if (known === undefined) {
      if (this.nisbaCache.size >= NISBA_CACHE_SIZE) this.nisbaCache.clear();
      known = false;
      const stem = key.slice(2);
      for (const ending of NISBA_ENDINGS) {
        if (!stem.endsWith(ending) || stem.length - ending.length < 3) continue;
        const base = stem.slice(0, -ending.length);
        const forms = [base, `${base}ه`, `${base}ا`, `${base}اء`].flatMap((f) => [f, `ال${f}`]);
        const bits = forms.reduce((m, f) => m | this.gazetteer.kindsOf([f]), 0);
        known ||= (bits & MAJOR) !== 0 && (bits & COUNTRY) === 0;
      }
      this.nisbaCache.set(key, known);
    }
    return known;
  }
}

/** True when `w` puts the name after it in a place: في, إلى (with و/ف), a place noun, an arrival verb. */
function isLocative(w: WordInfo): boolean {
  const places = LOCATIVE.has(w.norm) || LOCATIVE.has(stripProclitics(w.norm, { conjunctions: 'وف' }));
  return places || ARRIVAL.has(w.norm) || ARRIVAL.has(w.key) || (w.trig & TRIGGER.placeNoun) !== 0;
}

