import { describe, expect, it } from 'vitest';
import { TEXT, attr, nodeText, parseHtmlTree } from './html-tree.js';

function texts(html: string): { text: string; src: string; decoded: string | undefined }[] {
  const t = parseHtmlTree(html);
  const out = [];
  for (let i = 0; i < t.size; i++) {
    if (t.tag[i] === TEXT) out.push({ text: nodeText(t, i), src: html.slice(t.srcStart[i], t.srcEnd[i]), decoded: t.decoded[i] });
  }
  return out;
}

describe('parseHtmlTree', () => {
  it('keeps the source offsets of text and decodes character references as their own nodes', () => {
    const html = '<p>قال &quot;الوزير&quot; &#1575;&amp;</p>';
    const nodes = texts(html);
    expect(nodes.map((n) => n.text).join('')).toBe('قال "الوزير" ا&');
    for (const n of nodes) {
      if (n.decoded === undefined) expect(n.text).toBe(n.src);
      else expect(n.src.startsWith('&')).toBe(true);
    }
    expect(nodes.find((n) => n.src === '&#1575;')?.decoded).toBe('ا');
  });

  it('closes paragraphs, list items and headings implicitly as HTML does', () => {
    const t = parseHtmlTree('<div><p>أ<p>ب<div>ج</div><ul><li>1<li>2</ul><h2>x<h3>y</div>');
    const parentTag = (text: string): string => {
      for (let i = 0; i < t.size; i++) if (t.tag[i] === TEXT && nodeText(t, i) === text) return t.tag[t.parent[i]!]!;
      return '';
    };
    const ps = [...Array(t.size).keys()].filter((i) => t.tag[i] === 'p');
    expect(ps).toHaveLength(2);
    // The second <p> is closed by the <div>, which is its sibling, not its child.
    const div2 = [...Array(t.size).keys()].filter((i) => t.tag[i] === 'div')[1]!;
    expect(t.tag[t.parent[div2]!]).toBe('div');
    expect(parentTag('2')).toBe('li');
    const lis = [...Array(t.size).keys()].filter((i) => t.tag[i] === 'li');
    expect(t.parent[lis[1]!]).toBe(t.parent[lis[0]!]);
    expect(parentTag('y')).toBe('h3');
    const h3 = [...Array(t.size).keys()].find((i) => t.tag[i] === 'h3')!;
    expect(t.tag[t.parent[h3]!]).toBe('div');
  });

  it('treats <div/> as an open tag in HTML and self-closing only in SVG', () => {
    const t = parseHtmlTree('<div id="a"/><span>x</span><svg><circle/><text>y</text></svg>');
    const span = [...Array(t.size).keys()].find((i) => t.tag[i] === 'span')!;
    expect(attr(t, t.parent[span]!, 'id')).toBe('a');
    const text = [...Array(t.size).keys()].find((i) => t.tag[i] === 'text')!;
    expect(t.tag[t.parent[text]!]).toBe('svg');
  });

  it('keeps only the attributes the extractor reads, decoded', () => {
    const t = parseHtmlTree('<meta property="og:title" content="أ &amp; ب" data-x="1" style="color:red"><div style="display: none">z</div>');
    expect(t.attrs[0]).toEqual({ property: 'og:title', content: 'أ & ب' });
    expect(attr(t, 1, 'style')).toBe('display:none');
  });

  it('does not decode entities in scripts', () => {
    const html = '<script type="application/ld+json">{"a":"&amp;"}</script>';
    const t = parseHtmlTree(html);
    expect(nodeText(t, 0)).toBe('{"a":"&amp;"}');
  });

  it('parses 100,000 nested elements, closed or not, in well under a second each', () => {
    const n = 100_000;
    let start = performance.now();
    let t = parseHtmlTree('<body>' + '<div>'.repeat(n) + 'نص' + '</div>'.repeat(n) + '</body>');
    expect(t.size).toBe(n + 2);
    expect(t.end[0]).toBe(t.size);
    start = performance.now() - start;
    let second = performance.now();
    t = parseHtmlTree('<body>' + '<div><p><span>'.repeat(n) + 'x');
    second = performance.now() - second;
    expect(t.tag[t.size - 1]).toBe(TEXT);
    expect(start + second).toBeLessThan(3000);
  });
});
