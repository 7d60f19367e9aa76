/** The document record: one per document, enriched layer by layer by the pipeline's stages. */

import type { Message } from './message.js';
import type { OffsetMap } from './offset-map.js';
import type { Span } from './span.js';
import type { TokenLayer } from './token.js';
import type { Mention } from './mention.js';
import type { Entity } from './entity.js';
import type { Claim } from './claim.js';

/** Where a document came from and what the fetcher knew about it (the ingest step's output). */
export interface RawDocument {
  /** The bytes as received. Not JSON: the record drops it when it is serialized. */
  bytes: Uint8Array;
  /** The URL it was fetched from, or the `url` field of a JSON line; null for local files. */
  url: string | null;
  /** The local path it was read from, `-` for standard input; null for URLs. */
  path: string | null;
  /** The HTTP `Content-Type` header, or one implied by a file name; null when unknown. */
  contentType: string | null;
  /** When the bytes were read, ISO 8601. */
  fetchedAt: string;
  /**
   * Metadata given alongside the bytes by a JSON line or a feed item. Extraction prefers what
   * the page says and falls back on these.
   */
  hints?: DocumentHints;
}

/** Metadata that came with a document from outside its bytes (JSONL fields, feed items). */
export interface DocumentHints {
  title?: string;
  published?: string;
  site?: string;
  byline?: string;
  /** Other fields of the JSON line, kept as metadata. */
  extra?: Record<string, unknown>;
}

/** How the bytes were turned into text. */
export interface InputLayer {
  /** The decoded input. Every span on the record traces back into this string. */
  text: string;
  /** WHATWG encoding name, e.g. `utf-8`, `windows-1256`, `iso-8859-6`. */
  charset: string;
  /** What decided the charset. */
  charsetSource: 'bom' | 'header' | 'meta' | 'sniff' | 'default' | 'given';
  /** `html` when the input is markup, `text` for plain-text scrapes. */
  format: 'html' | 'text';
}

/** A block of the article body: a paragraph, a heading, a list item or a quote. */
export interface Block extends Span {
  kind: 'paragraph' | 'heading' | 'list-item' | 'quote';
}

/** The article found in the input (extract stage), with its text still unrepaired. */
export interface ArticleLayer {
  title: string | null;
  /** ISO 8601 with the page's offset when it gives one; date-only or minute precision as found. */
  published: string | null;
  updated: string | null;
  byline: string | null;
  site: string | null;
  url: string | null;
  canonicalUrl: string | null;
  /** BCP 47 primary language, e.g. `ar`; null when it cannot be told. */
  language: string | null;
  direction: 'rtl' | 'ltr' | null;
  /** Credit lines: `المصدر: …`, `وكالات`, `المحور (بتصرف)`. */
  credits: string[];
  /** Where each metadata field was found, e.g. `{ published: 'json-ld' }`. */
  provenance: Record<string, string>;
  /** Body text: blocks joined by a blank line, as found (before repair). */
  body: string;
  /** Blocks of `body`. */
  blocks: Block[];
  /** Maps `body` back to `input.text`. */
  map: OffsetMap;
}

/** The repaired article text (text stage): what every later span indexes. */
export interface TextLayer {
  /** The repaired body text, `article.text` in the analysis contract. */
  text: string;
  /** Maps `text` back to `input.text`. */
  map: OffsetMap;
  /** Blocks of `text`. */
  blocks: Block[];
  /** Title after the same repairs. */
  title: string | null;
}

/** The record that flows through the pipeline. Layers appear as stages add them. */
export interface DocumentRecord {
  raw: RawDocument;
  input?: InputLayer;
  article?: ArticleLayer;
  text?: TextLayer;
  /** Tokens and sentences of `text.text` (text stage). */
  tokens?: TokenLayer;
  /** Named mentions over `text.text` (recognize stage). */
  mentions?: Mention[];
  /** Resolved entities over `mentions` (resolve stage). */
  entities?: Entity[];
  /** Claims between entities (relate stage). */
  claims?: Claim[];
  messages: Message[];
}

/** The layers a stage can require or add. */
export type Layer = Exclude<keyof DocumentRecord, 'messages'>;

/** A new record around raw bytes. */
export function createRecord(raw: RawDocument): DocumentRecord {
  return { raw, messages: [] };
}
