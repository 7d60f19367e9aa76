import { describe, expect, it } from 'vitest';
import { findJsonLdArticles, parseJsonLd } from './json-ld.js';

describe('JSON-LD', () => {
  it('finds a NewsArticle in @graph and follows @id references to its author and publisher', () => {
    const data = parseJsonLd(`{"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","@id":"p","datePublished":"2024-01-01"},
      {"@type":["NewsArticle"],"headline":"عنوان","datePublished":"2024-02-14T18:30:00+02:00","author":{"@id":"#me"},"publisher":{"@id":"#org"}},
      {"@type":"Person","@id":"#me","name":"ريم خوري"},
      {"@type":"Organization","@id":"#org","name":"المرصد"}]}`);
    const [article, page] = findJsonLdArticles(data);
    expect(article).toMatchObject({ type: 'NewsArticle', headline: 'عنوان', datePublished: '2024-02-14T18:30:00+02:00', authors: ['ريم خوري'], publisher: 'المرصد' });
    expect(page?.type).toBe('WebPage');
  });

  it('reads top-level arrays, author lists and skips organizations as authors', () => {
    const data = parseJsonLd('[{"@type":"ReportageNewsArticle","headline":"أ","author":[{"@type":"Person","name":"هدى"},{"@type":"Organization","name":"الموقع"},"سامي"]}]');
    expect(findJsonLdArticles(data)[0]?.authors).toEqual(['هدى', 'سامي']);
  });

  it('repairs raw newlines and trailing commas, and gives up on garbage', () => {
    const data = parseJsonLd('<!--{"@type":"Article","headline":"سطر\nثان",}-->');
    expect(findJsonLdArticles(data)[0]?.headline).toBe('سطر ثان');
    expect(parseJsonLd('{not json')).toBeNull();
  });

  it('walks deep JSON without recursion', () => {
    let deep: unknown = { '@type': 'NewsArticle', headline: 'عميق' };
    for (let i = 0; i < 20_000; i++) deep = { '@graph': [deep] };
    expect(findJsonLdArticles(deep)[0]?.headline).toBe('عميق');
    const text = '{"@graph":['.repeat(20_000) + '{"@type":"Article","headline":"نص"}' + ']}'.repeat(20_000);
    expect(findJsonLdArticles(parseJsonLd(text))[0]?.headline).toBe('نص');
  });
});
