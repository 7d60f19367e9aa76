/**
 * Credit and byline lines: «المصدر: وكالات», «(رويترز)», «المحور(بتصرف)», «نقلا عن الشرق
 * الأوسط», «كتب: محمد علي», «بقلم سعاد حسن». The words are data in src/lang/ar/credits.ts.
 */
import { ADAPTED_MARKERS, AGENCY_NAMES, BYLINE_LABELS, SOURCE_LABELS } from '../lang/ar/credits.js';
import { foldLabel, foldWithMap, phraseAlternation } from './arabic-fold.js';

const SOURCE = phraseAlternation(SOURCE_LABELS);
const ADAPTED = phraseAlternation(ADAPTED_MARKERS);
const AGENCY = phraseAlternation(AGENCY_NAMES);
const BYLINE = phraseAlternation(BYLINE_LABELS);

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
  return AGENCY_LINE.test(f) || ADAPTED_LINE.test(f) || (SOURCE_LINE.test(f) && words(f) <= 8);
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
