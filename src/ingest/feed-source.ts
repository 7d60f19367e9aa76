/** Feed source: RSS 2.0, RSS 1.0 and Atom feeds; each item's content, or its link fetched. */

import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { DocumentHints, RawDocument } from '../record/document.js';
import type { IngestItem } from './ingest-runner.js';
import { InputError, readInput, type ReadOptions } from './read-input.js';

/** One item of a feed, reduced to what ingestion needs. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** Full content (`content:encoded`, Atom `content`), or null when the feed gives only a summary. */
  content: string | null;
}

/** A parsed feed: its title (the outlet) and items. */
export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** How many item links are fetched at once. */
const FETCH_CONCURRENCY = 4;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true });

/** Text of an XML node that may be a string, a number, or an object with `#text`. */
function text(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || null;
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'object' && '#text' in node) return text((node as Record<string, unknown>)['#text']);
  return null;
}

function list(node: unknown): Record<string, unknown>[] {
  if (node === undefined || node === null) return [];
  return (Array.isArray(node) ? node : [node]) as Record<string, unknown>[];
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The `href` of Atom links: the `alternate` one first. */
function atomLink(node: unknown): string | null {
  const links = list(node);
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  return alt ? ((alt['@href'] as string | undefined) ?? text(alt)) : null;
}

/**
 * Parses RSS 2.0 (`rss/channel/item`), RSS 1.0 (`rdf:RDF/item`) or Atom (`feed/entry`).
 * @throws Error when the XML holds none of them.
 */
export function parseFeed(xml: string): Feed {
  const doc = parser.parse(xml) as Record<string, Record<string, unknown> | undefined>;
  const channel = (doc.rss?.channel as Record<string, unknown> | undefined) ?? doc['rdf:RDF'];
  if (channel) {
    const rdfChannel = doc['rdf:RDF']?.channel as Record<string, unknown> | undefined;
    const items = list(channel.item ?? doc['rdf:RDF']?.item);
    return {
      title: text(channel.title ?? rdfChannel?.title),
      items: items.map((i) => ({
        title: text(i.title),
        link: text(i.link) ?? text(i.guid),
        published: isoDate(text(i.pubDate) ?? text(i['dc:date'])),
        content: text(i['content:encoded']),
      })),
    };
  }
  if (doc.feed) {
    return {
      title: text(doc.feed.title),
      items: list(doc.feed.entry).map((e) => ({
        title: text(e.title),
        link: atomLink(e.link),
        published: isoDate(text(e.published) ?? text(e.updated)),
        content: text(e.content),
      })),
    };
  }
  throw new Error('not an RSS or Atom feed');
}

/** The document of one item: its content when the feed gives it, else its link fetched. */
async function itemDocument(item: FeedItem, feedTitle: string | null, options: ReadOptions): Promise<RawDocument> {
  const hints: DocumentHints = {};
  if (item.title) hints.title = item.title;
  if (item.published) hints.published = item.published;
  if (feedTitle) hints.site = feedTitle;
  if (item.content) {
    const raw: RawDocument = {
      bytes: new TextEncoder().encode(item.content),
      url: item.link,
      path: null,
      contentType: 'text/html; charset=utf-8',
      fetchedAt: new Date().toISOString(),
    };
    raw.hints = hints;
    return raw;
  }
  if (!item.link) throw new InputError('bad-url', 'feed item has neither content nor link');
  const raw = await readInput(item.link, options);
  raw.hints = { ...hints, ...raw.hints };
  return raw;
}

/**
 * Reads the feeds listed in `listFile` (one URL or path a line; blank lines and `#` comments
 * skipped) and yields one document per item. Item links are fetched `FETCH_CONCURRENCY` at a
 * time; an unreachable feed or link is yielded as an error and the rest goes on.
 */
export async function* feedSource(listFile: string, options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const specs = readFileSync(listFile, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  for (const spec of specs) {
    let feed: Feed;
    try {
      const raw = await readInput(spec, options);
      feed = parseFeed(new TextDecoder().decode(raw.bytes));
    } catch (error) {
      if (error instanceof InputError || error instanceof Error) {
        yield { kind: 'error', label: spec, error: `feed: ${error.message}` };
        continue;
      }
      throw error;
    }
    for (let i = 0; i < feed.items.length; i += FETCH_CONCURRENCY) {
      const chunk = feed.items.slice(i, i + FETCH_CONCURRENCY);
      const results = await Promise.allSettled(chunk.map((item) => itemDocument(item, feed.title, options)));
      for (const [j, r] of results.entries()) {
        const label = chunk[j]!.link ?? `${spec}#${i + j + 1}`;
        if (r.status === 'fulfilled') yield { kind: 'document', label, raw: r.value };
        else yield { kind: 'error', label, error: (r.reason as Error).message };
      }
    }
  }
}
