/** A readable terminal report of one analysis (`marsad analyze --format text`). */

import type { Analysis } from '../pipeline/contract.js';

const RULE = '─'.repeat(60);

/** Formats an analysis for a person at a terminal: metadata, body, then messages by severity. */
export function formatTextReport(analysis: Analysis): string {
  const { article, messages } = analysis;
  const lines: string[] = [];
  const field = (label: string, value: string | null | undefined): void => {
    if (value) lines.push(`${label.padEnd(10)} ${value}`);
  };
  field('title', article.title);
  field('published', article.published);
  field('updated', article.updated);
  field('site', article.site);
  field('byline', article.byline);
  field('url', article.canonicalUrl ?? article.url);
  field('credits', article.credits.join(' · '));
  field('language', [article.language, article.direction, article.charset].filter(Boolean).join(' · '));
  lines.push(RULE);
  for (const p of article.paragraphs) lines.push(article.text.slice(p.start, p.end), '');
  if (article.paragraphs.length === 0 && article.text) lines.push(article.text, '');
  if (analysis.entities.length > 0) {
    lines.push(RULE);
    for (const e of analysis.entities) {
      const sub = e.subtype ? `/${e.subtype}` : '';
      lines.push(`${e.type}${sub}  ${e.name}  ×${e.mentions.length}${e.wikidata ? `  ${e.wikidata}` : ''}`);
    }
  }
  if (messages.length > 0) {
    lines.push(RULE);
    const order = { error: 0, warning: 1, info: 2 } as const;
    const sorted = [...messages].sort((a, b) => order[a.severity] - order[b.severity]);
    for (const m of sorted) {
      const where = m.start !== undefined ? ` [${m.start}-${m.end}]` : m.inputStart !== undefined ? ` [input ${m.inputStart}-${m.inputEnd}]` : '';
      const change = m.before !== undefined ? `  «${m.before}» → «${m.after ?? ''}»` : '';
      lines.push(`${m.severity.padEnd(7)} ${m.rule}${where}: ${m.message}${change}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
