/**
 * A flat, pre-order HTML tree built from htmlparser2's Tokenizer, with the source offsets of
 * every text run. htmlparser2's own Parser keeps its open-element stack with `unshift` and
 * `indexOf`, which is quadratic on deeply nested pages (13 s for 100,000 nested divs); this
 * builder keeps the stack as a pushed array with per-tag counts, so every step is O(1)
 * amortized and nothing recurses: a page nested 100,000 levels deep parses in milliseconds.
 */
import { Tokenizer } from 'htmlparser2';

/** The tag of text nodes. */
export const TEXT = '#text';

/**
 * The tree as parallel arrays indexed by node, in document (pre-order) order. The subtree of
 * node `i` is `[i, end[i])`; its parent is `parent[i]` (-1 for top-level nodes).
 */
export interface HtmlTree {
  readonly source: string;
  readonly size: number;
  /** Lower-case tag name, or `#text`. */
  readonly tag: readonly string[];
  readonly parent: readonly number[];
  readonly end: readonly number[];
  /** Text nodes: source range of the text. Elements: source range of the start tag. */
  readonly srcStart: readonly number[];
  readonly srcEnd: readonly number[];
  /** Text nodes made from one character reference (`&amp;`): the decoded text. */
  readonly decoded: readonly (string | undefined)[];
  /** Kept attributes of elements (see `KEPT_ATTRIBUTES`), undefined when none. */
  readonly attrs: readonly (Readonly<Record<string, string>> | undefined)[];
}

/** Attributes the extractor reads; the others are not stored, to keep big pages small. */
const KEPT_ATTRIBUTES = new Set([
  'id',
  'class',
  'href',
  'rel',
  'name',
  'property',
  'content',
  'itemprop',
  'itemtype',
  'datetime',
  'lang',
  'xml:lang',
  'dir',
  'http-equiv',
  'type',
  'role',
  'hidden',
  'aria-hidden',
  'style',
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'image']);

/** Start tags that close an open `<p>` (HTML's "close a p element in button scope"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'listing', 'plaintext', 'xmp',
]);
/** Elements that bound the search for an element to close implicitly. */
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button']);
/** Start tags that close an open sibling of the same family, up to the given boundaries. */
const CLOSES_SIBLING: Record<string, { closes: ReadonlySet<string>; stopAt: ReadonlySet<string> }> = {
  li: { closes: new Set(['li']), stopAt: new Set(['ul', 'ol', 'menu', ...SCOPE]) },
  dt: { closes: new Set(['dt', 'dd']), stopAt: new Set(['dl', ...SCOPE]) },
  dd: { closes: new Set(['dt', 'dd']), stopAt: new Set(['dl', ...SCOPE]) },
  tr: { closes: new Set(['tr', 'td', 'th']), stopAt: new Set(['table', 'tbody', 'thead', 'tfoot']) },
  td: { closes: new Set(['td', 'th']), stopAt: new Set(['tr', 'table']) },
  th: { closes: new Set(['td', 'th']), stopAt: new Set(['tr', 'table']) },
  option: { closes: new Set(['option']), stopAt: new Set(['select', 'datalist', 'optgroup']) },
  tbody: { closes: new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']), stopAt: new Set(['table']) },
  thead: { closes: new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']), stopAt: new Set(['table']) },
  tfoot: { closes: new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']), stopAt: new Set(['table']) },
};
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** How far down the open-element stack an implied close looks; bounds pathological pages. */
const MAX_IMPLIED_SEARCH = 256;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

class TreeBuilder {
  readonly tag: string[] = [];
  readonly parent: number[] = [];
  readonly end: number[] = [];
  readonly srcStart: number[] = [];
  readonly srcEnd: number[] = [];
  readonly decoded: (string | undefined)[] = [];
  readonly attrs: (Record<string, string> | undefined)[] = [];
  /** Open elements, innermost last. */
  private readonly stack: number[] = [];
  private readonly openCount = new Map<string, number>();
  private cursor = 0;
  private pendingName = '';
  private pendingStart = 0;
  private pendingAttrs: Record<string, string> | undefined;
  private attrName = '';
  private attrValue = '';
  private foreign = 0;

  constructor(readonly source: string) {}

  private add(tag: string, start: number, end: number): number {
    const i = this.tag.length;
    this.tag.push(tag);
    this.parent.push(this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1);
    this.end.push(i + 1);
    this.srcStart.push(start);
    this.srcEnd.push(end);
    this.decoded.push(undefined);
    this.attrs.push(undefined);
    return i;
  }

  private pop(): void {
    const i = this.stack.pop()!;
    const name = this.tag[i]!;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    if (name === 'svg' || name === 'math') this.foreign--;
    this.end[i] = this.tag.length;
  }

  /** Pops up to and including the innermost open element in `names`, if found before a boundary. */
  private closeOpen(names: ReadonlySet<string>, stopAt: ReadonlySet<string>): void {
    const s = this.stack;
    const floor = Math.max(0, s.length - MAX_IMPLIED_SEARCH);
    for (let k = s.length - 1; k >= floor; k--) {
      const name = this.tag[s[k]!]!;
      if (names.has(name)) {
        while (s.length > k) this.pop();
        return;
      }
      if (stopAt.has(name)) return;
    }
  }

  openTag(name: string, start: number, end: number, attrs: Record<string, string> | undefined, selfClosing: boolean): void {
    // 1. Implied end tags.
    if ((this.openCount.get('p') ?? 0) > 0 && CLOSES_P.has(name)) this.closeOpen(P_SET, SCOPE);
    const sibling = CLOSES_SIBLING[name];
    if (sibling) {
      let open = false;
      for (const c of sibling.closes) if ((this.openCount.get(c) ?? 0) > 0) open = true;
      if (open) this.closeOpen(sibling.closes, sibling.stopAt);
    }
    if (HEADINGS.has(name) && this.stack.length > 0 && HEADINGS.has(this.tag[this.stack[this.stack.length - 1]!]!)) this.pop();
    // 2. The node, and the stack unless it is void or self-closed in foreign content.
    const i = this.add(name, start, end);
    this.attrs[i] = attrs;
    if (VOID.has(name) || (selfClosing && this.foreign > 0)) return;
    this.stack.push(i);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') this.foreign++;
  }

  closeTag(name: string, start: number, end: number): void {
    if (VOID.has(name)) {
      if (name === 'br') this.add('br', start, end);
      return;
    }
    if ((this.openCount.get(name) ?? 0) === 0) {
      if (name === 'p') this.add('p', start, end); // `</p>` without `<p>` is an empty paragraph
      return;
    }
    while (this.stack.length > 0) {
      const top = this.tag[this.stack[this.stack.length - 1]!];
      this.pop();
      if (top === name) break;
    }
  }

  text(start: number, end: number, decoded?: string): void {
    if (end <= start) return;
    const i = this.add(TEXT, start, end);
    if (decoded !== undefined) this.decoded[i] = decoded;
  }

  finish(): HtmlTree {
    while (this.stack.length > 0) this.pop();
    return {
      source: this.source,
      size: this.tag.length,
      tag: this.tag,
      parent: this.parent,
      end: this.end,
      srcStart: this.srcStart,
      srcEnd: this.srcEnd,
      decoded: this.decoded,
      attrs: this.attrs,
    };
  }

  // Tokenizer callbacks.
  callbacks(): ConstructorParameters<typeof Tokenizer>[1] {
    const src = this.source;
    return {
      onopentagname: (start, end) => {
        this.pendingName = src.slice(start, end).toLowerCase();
        this.pendingStart = start - 1;
        this.pendingAttrs = undefined;
      },
      onattribname: (start, end) => {
        this.attrName = src.slice(start, end).toLowerCase();
        this.attrValue = '';
      },
      onattribdata: (start, end) => {
        if (KEPT_ATTRIBUTES.has(this.attrName)) this.attrValue += src.slice(start, end);
      },
      onattribentity: (cp) => {
        if (KEPT_ATTRIBUTES.has(this.attrName)) this.attrValue += String.fromCodePoint(cp);
      },
      onattribend: () => {
        const name = this.attrName;
        if (!KEPT_ATTRIBUTES.has(name)) return;
        this.pendingAttrs ??= {};
        if (name === 'style') {
          if (HIDDEN_STYLE.test(this.attrValue)) this.pendingAttrs.style = 'display:none';
        } else if (!(name in this.pendingAttrs)) {
          this.pendingAttrs[name] = this.attrValue;
        }
      },
      onopentagend: (end) => {
        this.openTag(this.pendingName, this.pendingStart, end + 1, this.pendingAttrs, false);
        this.cursor = end + 1;
      },
      onselfclosingtag: (end) => {
        this.openTag(this.pendingName, this.pendingStart, end + 1, this.pendingAttrs, true);
        this.cursor = end + 1;
      },
      onclosetag: (start, end) => {
        this.closeTag(src.slice(start, end).toLowerCase().trim(), start - 2, end + 1);
        this.cursor = end + 1;
      },
      ontext: (start, end) => {
        this.text(start, end);
        this.cursor = end;
      },
      ontextentity: (cp, end) => {
        this.text(this.cursor, end, String.fromCodePoint(cp));
        this.cursor = end;
      },
      oncomment: (_start, end) => {
        this.cursor = end + 1;
      },
      oncdata: (start, end, offset) => {
        // CDATA inside SVG/MathML holds text; elsewhere HTML treats it as a comment.
        if (this.foreign > 0) this.text(start, end - offset);
        this.cursor = end + 1;
      },
      ondeclaration: (_start, end) => {
        this.cursor = end + 1;
      },
      onprocessinginstruction: (_start, end) => {
        this.cursor = end + 1;
      },
      onend: () => {},
      isInForeignContext: () => this.foreign > 0,
    };
  }
}

const P_SET: ReadonlySet<string> = new Set(['p']);

/** Parses `html` into a flat tree. Never throws on malformed markup; never recurses. */
export function parseHtmlTree(html: string): HtmlTree {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder.callbacks());
  tokenizer.write(html);
  tokenizer.end();
  return builder.finish();
}

/** The decoded text of node `i` (a text node), or of every text node under element `i`. */
export function nodeText(tree: HtmlTree, i: number): string {
  const parts: string[] = [];
  for (let k = i; k < tree.end[i]!; k++) {
    if (tree.tag[k] !== TEXT) continue;
    parts.push(tree.decoded[k] ?? tree.source.slice(tree.srcStart[k], tree.srcEnd[k]));
  }
  return parts.join('');
}

/** An attribute of element `i`, or undefined. */
export function attr(tree: HtmlTree, i: number, name: string): string | undefined {
  return tree.attrs[i]?.[name];
}
