/**
 * Metadata a page declares in markup: `<title>`, OpenGraph and other `<meta>` tags, JSON-LD,
 * `<link rel=canonical>`, `<time datetime>`, microdata `itemprop`, `<html lang dir>`, author
 * elements and `<h1>`s. One pass over the flat tree; every value keeps its source name for the
 * article's provenance.
 */
import { AUTHOR_CLASS } from './content-hints.js';
import { type HtmlTree, TEXT, nodeText } from './html-tree.js';
import { findJsonLdArticles, type JsonLdArticle, parseJsonLd } from './json-ld.js';

/** A metadata value and where it was found (`meta:og:title`, `json-ld`, `time` …). */
export interface Sourced {
  value: string;
  source: string;
  /** Source offsets of the value in the input, when it is page text. */
  inputStart?: number;
  inputEnd?: number;
}

/** Everything the markup declares about the article. */
export interface PageMetadata {
  titles: Sourced[];
  /** `<title>` alone, to learn the site name from what it adds to the headline. */
  titleTag: string | null;
  h1s: { text: string; node: number }[];
  siteNames: Sourced[];
  published: Sourced[];
  updated: Sourced[];
  bylines: Sourced[];
  canonical: Sourced[];
  language: Sourced[];
  direction: Sourced[];
  jsonLd: JsonLdArticle[];
}

/** `<meta>` names and properties, lower-cased, by the field they give. Order is priority. */
const META_FIELDS: Record<string, 'title' | 'site' | 'published' | 'updated' | 'byline' | 'canonical' | 'language'> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'parsely-title': 'title',
  'sailthru.title': 'title',
  headline: 'title',
  'og:site_name': 'site',
  'application-name': 'site',
  'article:published_time': 'published',
  'article:published': 'published',
  'og:published_time': 'published',
  'og:article:published_time': 'published',
  datepublished: 'published',
  pubdate: 'published',
  publishdate: 'published',
  'publish-date': 'published',
  publish_date: 'published',
  'publication-date': 'published',
  publication_date: 'published',
  date: 'published',
  'dc.date': 'published',
  'dc.date.issued': 'published',
  'dc.date.created': 'published',
  'dcterms.created': 'published',
  'dcterms.issued': 'published',
  'sailthru.date': 'published',
  'parsely-pub-date': 'published',
  'original-publish-date': 'published',
  'article.published': 'published',
  'article:modified_time': 'updated',
  'og:updated_time': 'updated',
  'article:updated_time': 'updated',
  datemodified: 'updated',
  'dc.date.modified': 'updated',
  'dcterms.modified': 'updated',
  'last-modified': 'updated',
  lastmod: 'updated',
  author: 'byline',
  'article:author': 'byline',
  'dc.creator': 'byline',
  'sailthru.author': 'byline',
  'parsely-author': 'byline',
  'og:url': 'canonical',
  'content-language': 'language',
  'dc.language': 'language',
  'og:locale': 'language',
  inlanguage: 'language',
};

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Elements with more nodes than this are containers, not a name or a headline. */
const MAX_SMALL_NODES = 64;

/** The text of a small element, '' for a big one (keeps the pass linear on nested pages). */
function smallText(tree: HtmlTree, i: number): string {
  return tree.end[i]! - i > MAX_SMALL_NODES ? '' : clean(nodeText(tree, i));
}
const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s);

/**
 * 1. Visits every element once, reading `<meta>`, `<link>`, `<title>`, `<time>`, `itemprop`,
 *    author elements, `<h1>` and JSON-LD scripts.
 * 2. Adds the JSON-LD articles' fields after the tags that carry the same field, in the order
 *    the extractor prefers them (JSON-LD first for dates, OpenGraph first for the title).
 */
export function readHtmlMetadata(tree: HtmlTree): PageMetadata {
  const md: PageMetadata = {
    titles: [],
    titleTag: null,
    h1s: [],
    siteNames: [],
    published: [],
    updated: [],
    bylines: [],
    canonical: [],
    language: [],
    direction: [],
    jsonLd: [],
  };
  const metaBy: Record<string, Sourced[]> = { title: [], site: [], published: [], updated: [], byline: [], canonical: [], language: [] };
  const timePublished: Sourced[] = [];
  const itemprop: Record<string, Sourced[]> = { published: [], updated: [], byline: [], title: [] };
  const authorEls: Sourced[] = [];
  let sawHtml = false;
  // 1. One pass.
  for (let i = 0; i < tree.size; i++) {
    const tag = tree.tag[i]!;
    if (tag === TEXT) continue;
    const a = tree.attrs[i];
    if (tag === 'html' && !sawHtml) {
      sawHtml = true;
      const lang = a?.lang ?? a?.['xml:lang'];
      if (lang) md.language.push({ value: lang, source: 'html-lang' });
      if (a?.dir) md.direction.push({ value: a.dir, source: 'html-dir' });
    } else if (tag === 'body' && a?.dir) {
      md.direction.push({ value: a.dir, source: 'body-dir' });
    } else if (tag === 'title' && md.titleTag === null) {
      const t = clean(nodeText(tree, i));
      if (t) md.titleTag = t;
    } else if (tag === 'meta' && a) {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase().trim();
      const field = META_FIELDS[key];
      const content = a.content !== undefined ? clean(a.content) : '';
      if (field && content) metaBy[field]!.push({ value: content, source: `meta:${key}` });
    } else if (tag === 'link' && a?.href) {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('canonical')) md.canonical.push({ value: a.href.trim(), source: 'link-canonical' });
    } else if (tag === 'script' && (a?.type ?? '').toLowerCase().includes('ld+json')) {
      const data = parseJsonLd(nodeText(tree, i));
      if (data !== null) md.jsonLd.push(...findJsonLdArticles(data));
    } else if (tag === 'h1') {
      const t = smallText(tree, i);
      if (t) md.h1s.push({ text: t, node: i });
    }
    if (!a) continue;
    // Microdata and <time>.
    const prop = a.itemprop?.toLowerCase();
    if (prop && tag !== 'meta') {
      const value = clean(a.content ?? a.datetime ?? smallText(tree, i));
      const field = prop === 'datepublished' ? 'published' : prop === 'datemodified' ? 'updated' : prop === 'author' ? 'byline' : prop === 'headline' ? 'title' : null;
      if (field && value) itemprop[field]!.push({ value, source: `itemprop:${prop}` });
    }
    if (tag === 'time' && a.datetime && !prop) {
      const cls = (a.class ?? '').toLowerCase();
      const target = /updated|modified/.test(cls) ? metaBy.updated! : timePublished;
      target.push({ value: a.datetime.trim(), source: 'time' });
    }
    if (tag === 'a' && (a.rel ?? '').toLowerCase().split(/\s+/).includes('author')) {
      const t = smallText(tree, i);
      if (t && t.length <= 80) authorEls.push({ value: t, source: 'rel-author' });
    } else if (tag !== 'meta' && tag !== 'body' && tag !== 'html' && AUTHOR_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`)) {
      const t = smallText(tree, i);
      if (t && t.length <= 80) authorEls.push({ value: t, source: 'byline-class' });
    }
  }
  // 2. Order by preference.
  const ld = md.jsonLd;
  const ldField = (pick: (x: JsonLdArticle) => string | null): Sourced[] =>
    ld.map(pick).filter((v): v is string => v !== null).map((value) => ({ value, source: 'json-ld' }));
  md.titles = [...metaBy.title!.filter((s) => s.source === 'meta:og:title'), ...ldField((x) => x.headline), ...metaBy.title!.filter((s) => s.source !== 'meta:og:title'), ...itemprop.title!];
  md.siteNames = [...metaBy.site!, ...ldField((x) => x.publisher)];
  md.published = [...ldField((x) => x.datePublished), ...metaBy.published!, ...itemprop.published!, ...timePublished];
  md.updated = [...ldField((x) => x.dateModified), ...metaBy.updated!, ...itemprop.updated!];
  md.bylines = [
    ...ld.flatMap((x) => x.authors).map((value) => ({ value, source: 'json-ld' })),
    ...itemprop.byline!,
    ...metaBy.byline!.filter((s) => !isUrl(s.value)),
    ...authorEls,
  ];
  md.canonical = [...md.canonical, ...metaBy.canonical!, ...ldField((x) => x.url)];
  md.language = [...md.language, ...metaBy.language!, ...ldField((x) => x.inLanguage)];
  return md;
}
