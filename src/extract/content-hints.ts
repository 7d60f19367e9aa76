/**
 * Class, id, role and tag hints for finding the main content, as data. Grouped by concept as
 * Readability's REGEXPS and trafilatura's xpaths.py are, with the class names of Arabic news
 * CMSs and WordPress themes (td-post-content, entry-content, news-body, field-name-body …).
 * Calibrated as a set against the html-* fixtures and the CNN page; rerun `npm run bench:extract`
 * after changing any of them.
 */

/** Class/id words of blocks that are almost never the article: removed unless `MAYBE_CONTENT` also matches. */
export const UNLIKELY_CLASS =
  /-ad-|^ads?$|^ad-|adsbygoogle|ai2html|banner|breadcrumb|combx|comment|community|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|sharedaddy|newsletter|subscribe|subscription|tags|tag-list|tagcloud|post-tags|widget|most-read|mostread|most-popular|popular|trending|navbar|topbar|author-box|about-author|cookie|modal|login|signup|jp-relatedposts|yarpp|post-navigation|nav-links|copyright|read-more|readmore|more-news|latest-news|ticker|breaking|outbrain|taboola|print-only|strytools|strybtntools|stryad|adtitle|adcntr|promo/i;

/** Class/id words that keep a block even when `UNLIKELY_CLASS` matches (Readability's okMaybeItsACandidate). */
export const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow|entry|story|matn|nass/i;

/** Class/id words of the article container: +25 to a candidate's score. */
export const POSITIVE_CLASS =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news-?body|news-?details|news-?text|article-?body|td-post-content|field-name-body|itemprop-articlebody|articlebody|detail|matn|nass|khabar|strycntnt/i;

/** Class/id words of chrome: −25 to a candidate's score. */
export const NEGATIVE_CLASS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|most|social|newsletter|breadcrumb|nav|menu|taboola|caption|credit/i;

/** ARIA roles of chrome (Readability's UNLIKELY_ROLES). */
export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/** Elements whose text is never article text: skipped entirely. */
export const SKIP_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'option', 'textarea',
  'button', 'input', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'iframe', 'frame', 'frameset', 'applet', 'datalist',
]);

/** Elements of page chrome: removed unless they hold most of the page's text (ASP.NET pages wrap all in a form). */
export const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'figcaption', 'dialog', 'menu']);

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements that are a paragraph themselves: their score goes to their parent (Readability). */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'dd', 'dt']);

/** Initial score of a candidate by its tag (Readability's _initializeNode). */
export const TAG_SCORE: Readonly<Record<string, number>> = {
  div: 5,
  article: 8,
  main: 5,
  section: 2,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Class/id words of the element holding the date line. */
export const DATE_CLASS = /date|time|timestamp|published|posted|tarikh|tareekh|datetime|strytmstmp|post-meta|entry-meta|article-meta|meta-info|byline|dateline/i;

/** Class/id words of the element holding the author. */
export const AUTHOR_CLASS = /byline|author|auther|writer|write-?by|katib|kateb|reporter|contributor/i;

/** A text run shorter than this (non-space characters) adds nothing to a candidate's score. */
export const MIN_SCORED_CHARS = 25;
/** Sibling blocks join the top candidate when their score reaches this share of its score. */
export const SIBLING_SHARE = 0.2;
