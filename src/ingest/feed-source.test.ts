import { describe, expect, it } from 'vitest';
import { parseFeed } from './feed-source.js';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with content, link and date', () => {
    const feed = parseFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>صحيفة الوادي</title>
      <item><title>افتتاح جسر</title><link>https://wadi.example/1</link><pubDate>Mon, 01 Jan 2024 09:30:00 +0300</pubDate>
        <description>ملخص قصير</description><content:encoded><![CDATA[<p>افتتح المحافظ الجسر الجديد.</p>]]></content:encoded></item>
      <item><title>خبر بلا محتوى</title><link>https://wadi.example/2</link></item></channel></rss>`);
    expect(feed.title).toBe('صحيفة الوادي');
    expect(feed.items).toEqual([
      { title: 'افتتاح جسر', link: 'https://wadi.example/1', published: '2024-01-01T06:30:00.000Z', content: '<p>افتتح المحافظ الجسر الجديد.</p>' },
      { title: 'خبر بلا محتوى', link: 'https://wadi.example/2', published: null, content: null },
    ]);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع السهل</title>
      <entry><title>مطر</title><link rel="self" href="https://sahl.example/self"/><link rel="alternate" href="https://sahl.example/rain"/>
      <updated>2024-02-03T08:00:00Z</updated><content type="html">&lt;p&gt;هطلت الأمطار.&lt;/p&gt;</content></entry></feed>`);
    expect(feed.title).toBe('موقع السهل');
    expect(feed.items[0]).toEqual({ title: 'مطر', link: 'https://sahl.example/rain', published: '2024-02-03T08:00:00.000Z', content: '<p>هطلت الأمطار.</p>' });
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const feed = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>نشرة</title></channel><item><title>عنوان</title><link>https://n.example/1</link><dc:date>2024-03-01</dc:date></item></rdf:RDF>`);
    expect(feed).toEqual({ title: 'نشرة', items: [{ title: 'عنوان', link: 'https://n.example/1', published: '2024-03-01T00:00:00.000Z', content: null }] });
  });

  it('refuses XML that is not a feed', () => {
    expect(() => parseFeed('<html><body>لا</body></html>')).toThrow(/not an RSS or Atom feed/);
  });
});
