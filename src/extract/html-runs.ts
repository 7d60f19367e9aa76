/**
 * Splits an HTML tree into runs of text: the would-be paragraphs of the page (a `<p>`, a
 * heading, a list item, text between `<br><br>` or between blocks), each knowing the element it
 * sits in, how much of it is link text, and whether it lies in page chrome. One linear pass,
 * no recursion.
 */
import type { Block } from '../record/document.js';
import {
  BLOCK_TAGS,
  CHROME_TAGS,
  MAYBE_CONTENT,
  SKIP_TAGS,
  UNLIKELY_CLASS,
  UNLIKELY_ROLES,
} from './content-hints.js';
import { isSpaceCode } from './arabic-fold.js';
import { type HtmlTree, TEXT } from './html-tree.js';

/** One run of text between block boundaries. */
export interface Run {
  /** Text and `<br>` nodes of the run, in order. */
  nodes: number[];
  /** The innermost block element around the run. */
  owner: number;
  kind: Block['kind'];
  /** Tag of the innermost heading around the run (`h1` …), or ''. */
  heading: string;
  /** Non-space characters, and those inside `<a href>`. */
  chars: number;
  linkChars: number;
  /** The run's text: entities decoded, white space collapsed, trimmed. */
  text: string;
  /** True when the run lies in an element judged to be page chrome. */
  removed: boolean;
}

/** The runs of a page and the per-element facts the scorer needs. */
export interface PageRuns {
  runs: Run[];
  /** Per element: removed as chrome (the element itself, not inherited). */
  removed: Uint8Array;
  /** Per node: non-space characters of kept text in its subtree, and those inside links. */
  keptChars: Float64Array;
  keptLinkChars: Float64Array;
}

function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

function classOf(tree: HtmlTree, i: number): string {
  const a = tree.attrs[i];
  if (!a) return '';
  return `${a.class ?? ''} ${a.id ?? ''}`.trim();
}

function isHidden(tree: HtmlTree, i: number): boolean {
  const a = tree.attrs[i];
  if (!a) return false;
  return a.style !== undefined || a.hidden !== undefined || a['aria-hidden'] === 'true';
}

/**
 * Marks chrome elements: the tags of `CHROME_TAGS`, unlikely classes and roles, hidden
 * elements. An element holding more than half the page's text is never chrome (ASP.NET wraps a
 * page in a `<form>`, some themes put the article in `<div id="main-sidebar-wrap">`).
 */
function markChrome(tree: HtmlTree, textChars: Float64Array): Uint8Array {
  const removed = new Uint8Array(tree.size);
  let total = 0;
  for (let i = 0; i < tree.size; i++) if (tree.tag[i] === 'body') total = Math.max(total, textChars[i]!);
  if (total === 0) for (let i = 0; i < tree.size; i++) if (tree.parent[i] === -1) total += textChars[i]!;
  for (let i = 0; i < tree.size; i++) {
    const tag = tree.tag[i]!;
    if (tag === TEXT || tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') continue;
    let chrome = CHROME_TAGS.has(tag) || isHidden(tree, i);
    if (!chrome) {
      const role = tree.attrs[i]?.role;
      if (role !== undefined && UNLIKELY_ROLES.has(role)) chrome = true;
    }
    if (!chrome) {
      const cls = classOf(tree, i);
      if (cls.length > 0 && UNLIKELY_CLASS.test(cls) && !MAYBE_CONTENT.test(cls) && tag !== 'a') chrome = true;
    }
    if (chrome && textChars[i]! > 0.5 * total && textChars[i]! > 500) chrome = false;
    if (chrome) removed[i] = 1;
  }
  return removed;
}

/**
 * 1. Counts text per subtree (skipping script, style and the like).
 * 2. Marks chrome, then counts kept text and kept link text per subtree.
 * 3. Walks the tree once, cutting runs at block boundaries, double `<br>` and chrome edges.
 */
export function splitRuns(tree: HtmlTree): PageRuns {
  const { size, tag, parent, end, source } = tree;
  // 1. Text per subtree, children before parents (reverse pre-order).
  const textChars = new Float64Array(size);
  const skipped = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const p = parent[i]!;
    if (SKIP_TAGS.has(tag[i]!) || (p >= 0 && skipped[p])) skipped[i] = 1;
  }
  for (let i = size - 1; i >= 0; i--) {
    if (skipped[i]) continue;
    if (tag[i] === TEXT) textChars[i] = countChars(tree.decoded[i] ?? source.slice(tree.srcStart[i], tree.srcEnd[i]));
    const p = parent[i]!;
    if (p >= 0) textChars[p]! += textChars[i]!;
  }
  // 2. Chrome, and kept (non-chrome) text and link text.
  const removed = markChrome(tree, textChars);
  const inRemoved = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const p = parent[i]!;
    if (removed[i] || (p >= 0 && inRemoved[p])) inRemoved[i] = 1;
  }
  const keptChars = new Float64Array(size);
  const keptLinkChars = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    if (skipped[i] || inRemoved[i]) continue;
    if (tag[i] === TEXT) keptChars[i] = textChars[i]!;
    if (tag[i] === 'a' && tree.attrs[i]?.href !== undefined) keptLinkChars[i] = keptChars[i]!;
    const p = parent[i]!;
    if (p >= 0) {
      keptChars[p]! += keptChars[i]!;
      keptLinkChars[p]! += keptLinkChars[i]!;
    }
  }
  // 3. Runs.
  const runs: Run[] = [];
  const open: number[] = []; // open elements, innermost last
  const blocks: number[] = []; // open block elements
  let links = 0;
  let quotes = 0;
  let items = 0;
  let removedDepth = 0;
  let current: Run | null = null;
  let pendingBr = false;
  const flush = (): void => {
    if (current && current.chars > 0) {
      current.text = runText(tree, current.nodes);
      runs.push(current);
    }
    current = null;
    pendingBr = false;
  };
  const close = (k: number): void => {
    const t = tag[k]!;
    if (BLOCK_TAGS.has(t)) {
      flush();
      if (blocks[blocks.length - 1] === k) blocks.pop();
    }
    if (t === 'a' && tree.attrs[k]?.href !== undefined) links--;
    if (t === 'blockquote') quotes--;
    if (t === 'li') items--;
    if (removed[k]) {
      flush();
      removedDepth--;
    }
  };
  let i = 0;
  while (i < size) {
    while (open.length > 0 && end[open[open.length - 1]!]! <= i) close(open.pop()!);
    const t = tag[i]!;
    if (skipped[i]) {
      i = end[i]!;
      continue;
    }
    if (t === TEXT) {
      const chars = textChars[i]!;
      if (chars > 0 || current) {
        if (!current) {
          const owner = blocks[blocks.length - 1] ?? -1;
          const ownerTag = owner >= 0 ? tag[owner]! : '';
          const heading = /^h[1-6]$/.test(ownerTag) ? ownerTag : '';
          const kind: Block['kind'] = heading ? 'heading' : quotes > 0 ? 'quote' : items > 0 ? 'list-item' : 'paragraph';
          current = { nodes: [], owner, kind, heading, chars: 0, linkChars: 0, text: '', removed: removedDepth > 0 };
        }
        current.nodes.push(i);
        current.chars += chars;
        if (links > 0) current.linkChars += chars;
        if (chars > 0) pendingBr = false;
      }
      i++;
      continue;
    }
    if (t === 'br') {
      if (pendingBr) flush();
      else if (current) {
        current.nodes.push(i);
        pendingBr = true;
      }
      i = end[i]!;
      continue;
    }
    // An element: open it.
    if (removed[i]) {
      flush();
      removedDepth++;
    }
    if (BLOCK_TAGS.has(t)) {
      flush();
      blocks.push(i);
    }
    if (t === 'a' && tree.attrs[i]?.href !== undefined) links++;
    if (t === 'blockquote') quotes++;
    if (t === 'li') items++;
    open.push(i);
    i++;
  }
  while (open.length > 0) close(open.pop()!);
  flush();
  return { runs, removed, keptChars, keptLinkChars };
}

/** The text of run nodes: entities decoded, white space collapsed to one space, trimmed. */
export function runText(tree: HtmlTree, nodes: readonly number[]): string {
  const parts: string[] = [];
  for (const k of nodes) {
    if (tree.tag[k] === 'br') parts.push(' ');
    else parts.push(tree.decoded[k] ?? tree.source.slice(tree.srcStart[k], tree.srcEnd[k]));
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
