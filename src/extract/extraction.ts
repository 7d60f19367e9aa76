/** What an extractor (HTML or plain text) finds, before the stage settles dates, hints and language. */
import type { WrittenBody } from './body-writer.js';
import type { DateCandidate } from './date-resolver.js';

/** A value and where it came from (the article's provenance). */
export interface Found {
  value: string;
  source: string;
}

/** An extractor's findings. Date candidates come in order of trust. */
export interface Extraction {
  title: Found | null;
  site: Found | null;
  byline: Found | null;
  canonicalUrl: Found | null;
  /** Declared by the page (`<html lang>`, content-language), primary subtag. */
  language: Found | null;
  direction: Found | null;
  published: DateCandidate[];
  updated: DateCandidate[];
  credits: string[];
  body: WrittenBody;
}
