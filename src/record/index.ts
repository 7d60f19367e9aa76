/** The record types shared by every stage. */

// Documents and their layers
export type {
  ArticleLayer,
  Block,
  DocumentHints,
  DocumentRecord,
  InputLayer,
  Layer,
  RawDocument,
  TextLayer,
} from './document.js';
export { createRecord } from './document.js';

// Spans, messages and offset maps
export type { Span, TextSpan } from './span.js';
export { sliceSpan } from './span.js';
export type { Message, Severity } from './message.js';
export type { OffsetMap, Segment } from './offset-map.js';
export { MappedTextBuilder, composeMaps, identityMap, sourceEnd, sourceStart, toSourceSpan } from './offset-map.js';
