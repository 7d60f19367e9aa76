/**
 * Credit and byline lines: «المصدر: وكالات», «(رويترز)», «المحور(بتصرف)», «نقلا عن الشرق
 * الأوسط», «كتب: محمد علي», «بقلم سعاد حسن». The words are data in src/lang/ar/credits.ts.
 */
import { ADAPTED_MARKERS, AGENCY_NAMES, BYLINE_LABELS, COMPILED_WORDS, DATELINE_PLACES, PHOTO_LABELS, SERVICE_LABELS, SOURCE_LABELS } from '../lang/ar/credits.js';
import { foldLabel, foldWithMap, phraseAlternation } from './arabic-fold.js';

const SOURCE = phraseAlternation(SOURCE_LABELS);
const ADAPTED = phraseAlternation(ADAPTED_MARKERS);
const AGENCY = phraseAlternation(AGENCY_NAMES);
const BYLINE = phraseAlternation(BYLINE_LABELS);
const SERVICE = phraseAlternation(SERVICE_LABELS);
const PHOTO = phraseAlternation(PHOTO_LABELS);

/** «* خدمة «نيويورك تايمز»», «بالاتفاق مع «بلومبيرغ»». */
const SERVICE_LINE = new RegExp(`^\\*?\\s*(?:${SERVICE})\\s*\\S.{0,60}$`, 'u');
/** «(تصوير: المحرر)». */
const PHOTO_LINE = new RegExp(`^[(\\[]?\\s*(?:${PHOTO})\\s*[:：]\\s*[^.؟!]{1,50}[)\\]]?$`, 'iu');
/** An author's e-mail address alone on a line. */
const EMAIL_LINE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/;
const AGENCY_OR_COMPILED = new Set([...AGENCY_NAMES, ...COMPILED_WORDS].map((w) => foldLabel(w)));
const PLACES = new Set(DATELINE_PLACES.map((w) => foldLabel(w)));
/** The dash of a dateline: a dash or a spaced tatweel («ماجد هود ـ جدة»). */
const DATELINE_DASH = /\s+[-–—ـ]+\s+|\s*[-–—]\s*/;

/** «المصدر: …», «نقلا عن …» (a label with a colon or dash, or نقلا عن, then a short name). */
const SOURCE_LINE = new RegExp(`^(?:(?:${SOURCE})\\s*[:：\\-]|نقلا\\s+عن|عن)\\s*\\S.{0,80}$`, 'iu');
/** A line of agency names only: «وكالات», «(رويترز)», «(أ ف ب، رويترز)». */
const AGENCY_LINE = new RegExp(`^[(\\[«]?\\s*(?:${AGENCY})(?:\\s*[،,/و\\-]\\s*(?:${AGENCY}))*\\s*[)\\]»]?\\s*[.]?$`, 'iu');
/** «المحور(بتصرف)», «المحور (بتصرف)», «عن المحور بتصرف». */
const ADAPTED_LINE = new RegExp(`^\\S.{0,60}?\\s*[(\\[-]?\\s*(?:${ADAPTED})\\s*[)\\]]?\\s*[.]?$`, 'u');
/** «كتب: …», «بقلم …», «إعداد - …». */
const BYLINE_LINE = new RegExp(`^(?:${BYLINE})\\s*[:：\\-/|]\\s*(?<name>\\S.{0,60})$|^(?:بقلم|By)\\s+(?<name2>\\S.{0,60})$`, 'du');

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * True when `line` (one block of text) is a credit line that ends an article. Lines longer
 * than 10 words are never credits: «وكالات» inside a sentence is text.
 */
export function isCreditLine(line: string): boolean {
  const f = foldLabel(line);
  if (f.length === 0 || words(f) > 10) return false;
  return AGENCY_LINE.test(f) || ADAPTED_LINE.test(f) || ((SOURCE_LINE.test(f) || SERVICE_LINE.test(f)) && words(f) <= 8);
}

/** True for a photo credit or an author's e-mail address: page chrome, not text. */
export function isPhotoOrEmailLine(line: string): boolean {
  const f = foldLabel(line);
  return (PHOTO_LINE.test(f) && words(f) <= 8) || EMAIL_LINE.test(f);
}

/**
 * A dateline line of two short parts joined by a dash: «ماجد هود ـ جدة» (author, place),
 * «عين اليوم – واس» (outlet, agency), «رغد عشميل – عين اليوم» (author, outlet). With an agency
 * or «متابعات» on either side it is a credit; else the side that is not a known place is the
 * byline (the left side when neither is a place, the common order in SaudiNewsNet scrapes).
 * Null for anything else. Fixture: text-dateline-scrape.
 */
export function parseDatelineLine(line: string): { credit: string } | { byline: string } | null {
  const t = line.replace(/\s+/g, ' ').trim();
  if (/[0-9٠-٩.،,:؟!«»"()]/.test(t)) return null;
  const parts = t.split(DATELINE_DASH).map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p.length < 2 || words(p) > 3)) return null;
  const [left, right] = parts as [string, string];
  const fl = foldLabel(left);
  const fr = foldLabel(right);
  if (AGENCY_OR_COMPILED.has(fl) || AGENCY_OR_COMPILED.has(fr)) return { credit: t };
  if (PLACES.has(fl) && !PLACES.has(fr)) return { byline: right };
  if (PLACES.has(fr) && PLACES.has(fl)) return null;
  return { byline: left };
}

/**
 * The author's name in a byline line («كتب: محمد علي» → «محمد علي»), or null when `line` is no
 * byline. Names of more than 8 words are sentences, not names.
 */
export function parseBylineLine(line: string): string | null {
  const trimmed = line.replace(/\s+/g, ' ').trim();
  const { text: f, index } = foldWithMap(trimmed);
  const m = BYLINE_LINE.exec(f);
  if (!m) return null;
  const span = m.indices?.groups?.name ?? m.indices?.groups?.name2;
  if (!span) return null;
  // The name as written (unfolded), through the fold's index map.
  const name = trimmed.slice(index[span[0]], index[span[1]]).trim();
  if (name.length === 0 || words(name) > 8 || /[.؟!،]$/.test(name)) return null;
  return name;
}

const LEADING_LABEL = new RegExp(`^(?:${BYLINE})(?:\\s*[:：\\-/|]\\s*|\\s+)`, 'u');

/**
 * The name in an author element: «بقلم: سعاد» → «سعاد», «كتب محمود علي» → «محمود علي». In an
 * element known to hold the author, the label needs no colon.
 */
export function cleanBylineName(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const line = parseBylineLine(t);
  if (line !== null) return line;
  const { text: f, index } = foldWithMap(t);
  const m = LEADING_LABEL.exec(f);
  if (!m || m[0].length >= f.length) return t;
  return t.slice(index[m[0].length]).trim();
}

const TRAILING_AGENCY = new RegExp(`(?:^|\\s)[(\\[]?(${AGENCY})[)\\]]?\\s*[.]?$`, 'du');

/**
 * The agency a wire's date line ends with: «الدوحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس»
 * → «واس», as written. Null when the line ends otherwise.
 */
export function trailingAgency(line: string): string | null {
  const t = line.replace(/\s+/g, ' ').trim();
  const { text: f, index } = foldWithMap(t);
  const m = TRAILING_AGENCY.exec(f);
  const span = m?.indices?.[1];
  return span ? t.slice(index[span[0]], index[span[1]]) : null;
}
