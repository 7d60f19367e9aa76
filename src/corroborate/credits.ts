/**
 * Republication credits: which outlet a document says it took its story from (`نقلا عن X`,
 * `المصدر: X`, `X (بتصرف)`). Hand-written patterns: no library reads Arabic credit lines.
 */

/** Up to four words of a name, stopping at punctuation or a line end. */
const NAME = '([^\\n.,،؛:()«»"]{2,60}?)';

/** Credit patterns, each capturing the outlet name. */
const CREDIT_PATTERNS: readonly RegExp[] = [
  new RegExp(`نقل[اً]*\\s+عن\\s+${NAME}(?=\\s*(?:[\\n.,،؛:()«»"]|$))`, 'u'),
  new RegExp(`(?:^|\\n)\\s*(?:المصدر|مصدر الخبر)\\s*[:：]\\s*${NAME}\\s*(?:\\n|$)`, 'u'),
  new RegExp(`(?:^|\\n|\\s)${NAME}\\s*\\(\\s*بتصرف\\s*\\)`, 'u'),
];

/** How far into the text (from either end) a credit is looked for. */
const TEXT_WINDOW = 400;

/** Words that name no outlet even when they sit where a credit's name goes. */
const NOT_AN_OUTLET = /^(?:مصادر|مصدر|وكالات|المصدر|مواقع|مصادر اعلاميه)$/u;

/**
 * The outlet a document credits, or null.
 *
 * 1. Look in the credit lines the extractor found (`article.credits`).
 * 2. Then in the first and last `TEXT_WINDOW` characters of the text.
 * The name is trimmed and must be one to four words that do not merely say "sources".
 */
export function creditedOutletName(credits: readonly string[], text: string): string | null {
  const places = [...credits, text.slice(0, TEXT_WINDOW), text.slice(-TEXT_WINDOW)];
  for (const place of places) {
    for (const pattern of CREDIT_PATTERNS) {
      const m = pattern.exec(place);
      const name = m?.[1]?.trim();
      if (!name) continue;
      const words = name.split(/\s+/);
      if (words.length > 4 || NOT_AN_OUTLET.test(name)) continue;
      return name;
    }
  }
  return null;
}
