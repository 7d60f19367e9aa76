/**
 * Article metadata from JSON-LD blocks: NewsArticle, Article, ReportageNewsArticle and their
 * kin, at the top level, in arrays or inside `@graph`. Parsed with JSON.parse after the repairs
 * that real pages need (control characters, trailing commas, comment wrappers); walked with an
 * explicit stack, never recursively.
 */

/** What one JSON-LD article object says. */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  inLanguage: string | null;
}

/** Types that are an article. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'SocialMediaPosting',
]);
/** Types that describe the page and may carry its dates when no article object does. */
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'CollectionPage']);
const MAX_NODES = 100_000;

/** Parses one `<script type="application/ld+json">` text; null when even the repaired text is no JSON. */
export function parseJsonLd(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\]\]>)\s*$/, '')
    .trim();
  if (cleaned.length === 0) return null;
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    // Raw newlines and tabs inside strings, and trailing commas, are the common breakages.
    const repaired = cleaned.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as unknown;
    } catch {
      return null;
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
  return [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['@value'] ?? v.name ?? v['@id']);
  return null;
}

/** Objects by `@id`, to follow references such as Yoast's `"author": {"@id": "#/schema/person/1"}`. */
type Index = Map<string, Record<string, unknown>>;

function deref(v: unknown, index: Index): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return index.get(v['@id']) ?? v;
  return v;
}

function names(v: unknown, index: Index): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v : [v];
  for (const ref of list) {
    const item = deref(ref, index);
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (isObject(item)) {
      const t = types(item);
      if (t.includes('Organization') || t.includes('NewsMediaOrganization')) continue;
      if (item.name === undefined) continue;
      const n = str(item.name);
      if (n) out.push(n);
    }
  }
  return out;
}

function readArticle(o: Record<string, unknown>, type: string, index: Index): JsonLdArticle {
  const page = o.mainEntityOfPage;
  const publisher = deref(o.publisher, index);
  return {
    type,
    headline: str(o.headline) ?? str(o.name),
    datePublished: str(o.datePublished) ?? str(o.dateCreated),
    dateModified: str(o.dateModified),
    authors: names(o.author ?? o.creator, index),
    publisher: isObject(publisher) ? str(publisher.name) : typeof publisher === 'string' ? publisher : null,
    url: str(o.url) ?? (typeof page === 'string' ? page : isObject(page) ? str(page['@id']) : null),
    inLanguage: str(o.inLanguage),
  };
}

/**
 * The article objects in parsed JSON-LD, articles first, then pages (whose dates serve when no
 * article has any), with `@id` references to authors and publishers followed. Visits at most
 * 100,000 values.
 */
export function findJsonLdArticles(data: unknown): JsonLdArticle[] {
  // 1. Every object, with the ones that have an @id indexed.
  const objects: Record<string, unknown>[] = [];
  const index: Index = new Map();
  const stack: unknown[] = [data];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObject(v)) continue;
    objects.push(v);
    if (typeof v['@id'] === 'string' && Object.keys(v).length > 1 && !index.has(v['@id'])) index.set(v['@id'], v);
    for (const key of ['@graph', 'mainEntity', 'hasPart', 'itemListElement', 'author', 'publisher']) {
      const child = v[key];
      if (child !== undefined) stack.push(child);
    }
  }
  // 2. Articles, then pages.
  const articles: JsonLdArticle[] = [];
  const pages: JsonLdArticle[] = [];
  for (const o of objects) {
    const t = types(o);
    const article = t.find((x) => ARTICLE_TYPES.has(x));
    if (article) articles.push(readArticle(o, article, index));
    else if (t.some((x) => PAGE_TYPES.has(x))) pages.push(readArticle(o, t[0]!, index));
  }
  return [...articles, ...pages];
}
