/**
 * Finds the element that holds the article, as Readability's `_grabArticle` does: every run of
 * text scores its ancestors by its length and commas (Arabic ، counts as a comma), containers
 * start from their tag and class hints, link-heavy containers lose score, and siblings as good
 * as the winner join it. Works on the flat tree by index, without recursion.
 */
import {
  MIN_SCORED_CHARS,
  NEGATIVE_CLASS,
  PARAGRAPH_TAGS,
  POSITIVE_CLASS,
  SIBLING_SHARE,
  TAG_SCORE,
} from './content-hints.js';
import { type HtmlTree, TEXT } from './html-tree.js';
import type { PageRuns } from './html-runs.js';

/** The chosen content: the top element and the siblings that joined it, in document order. */
export interface ContentChoice {
  top: number;
  roots: number[];
}

/** How many ancestor levels a run's score reaches (Readability: 5). */
const ANCESTOR_LEVELS = 5;
/** Readability's alternative-candidate rule: this many near-best candidates sharing an ancestor promote it. */
const MIN_TOP_CANDIDATES = 3;

function classWeight(tree: HtmlTree, i: number): number {
  const a = tree.attrs[i];
  if (!a) return 0;
  let w = 0;
  for (const value of [a.class, a.id]) {
    if (!value) continue;
    if (NEGATIVE_CLASS.test(value)) w -= 25;
    if (POSITIVE_CLASS.test(value)) w += 25;
  }
  return w;
}

function commas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ',' || c === '\u060C') n++;
  }
  return n;
}

function linkDensity(page: PageRuns, i: number): number {
  const chars = page.keptChars[i]!;
  return chars === 0 ? 0 : page.keptLinkChars[i]! / chars;
}

function elementChildren(tree: HtmlTree, p: number): number[] {
  const out: number[] = [];
  for (let k = p + 1; k < tree.end[p]!; k = tree.end[k]!) if (tree.tag[k] !== TEXT) out.push(k);
  return out;
}

function isAncestor(tree: HtmlTree, a: number, i: number): boolean {
  return a <= i && i < tree.end[a]!;
}

/**
 * 1. Scores every kept run's ancestors (full, half, then a third per level).
 * 2. Scales each candidate by one minus its link density; the best is the top candidate.
 * 3. Promotes a common ancestor of several near-best candidates, then walks up while the
 *    parent scores higher, and past parents that hold nothing else.
 * 4. Adds the siblings that score at least `SIBLING_SHARE` of the top, or read as paragraphs.
 * Null when no run is long enough to score.
 */
export function chooseContent(tree: HtmlTree, page: PageRuns): ContentChoice | null {
  const { tag, parent } = tree;
  const score = new Map<number, number>();
  const touch = (k: number): void => {
    if (!score.has(k)) score.set(k, (TAG_SCORE[tag[k]!] ?? 0) + classWeight(tree, k));
  };
  // 1. Runs score their ancestors.
  for (const run of page.runs) {
    if (run.removed || run.owner < 0 || run.chars < MIN_SCORED_CHARS) continue;
    if (run.linkChars / run.chars > 0.5) continue;
    const points = 1 + commas(run.text) + Math.min(Math.floor(run.text.length / 100), 3);
    let k = PARAGRAPH_TAGS.has(tag[run.owner]!) ? parent[run.owner]! : run.owner;
    for (let level = 0; level < ANCESTOR_LEVELS && k >= 0; level++) {
      if (page.removed[k]) break;
      touch(k);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(k, score.get(k)! + points / divider);
      k = parent[k]!;
    }
  }
  if (score.size === 0) return null;
  // 2. Scale by link density; the best wins.
  const final = new Map<number, number>();
  for (const [k, s] of score) final.set(k, s * (1 - linkDensity(page, k)));
  const ranked = [...final.entries()].sort((a, b) => b[1] - a[1]);
  let top = ranked[0]![0];
  const topScore = ranked[0]![1];
  // 3a. Several near-best candidates under one ancestor: that ancestor holds the article.
  const near = ranked.slice(1, 5).filter(([, s]) => s / topScore >= 0.75).map(([k]) => k);
  if (near.length >= MIN_TOP_CANDIDATES) {
    for (let a = parent[top]!; a >= 0 && tag[a] !== 'body'; a = parent[a]!) {
      if (near.filter((k) => isAncestor(tree, a, k)).length >= MIN_TOP_CANDIDATES) {
        top = a;
        break;
      }
    }
  }
  // 3b. Walk up while the parent scores higher.
  let last = final.get(top) ?? 0;
  const threshold = last / 3;
  for (let a = parent[top]!; a >= 0 && tag[a] !== 'body'; a = parent[a]!) {
    const s = final.get(a);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > last) {
      top = a;
      break;
    }
    last = s;
  }
  // 3c. A parent that holds nothing but the top candidate is the same content.
  for (let a = parent[top]!; a >= 0 && tag[a] !== 'body' && elementChildren(tree, a).length === 1; a = parent[a]!) {
    top = a;
  }
  // 4. Siblings.
  const p = parent[top]!;
  if (p < 0) return { top, roots: [top] };
  const best = final.get(top) ?? topScore;
  const limit = Math.max(10, best * SIBLING_SHARE);
  const topClass = tree.attrs[top]?.class;
  const roots: number[] = [];
  let lastText: Map<number, string> | null = null;
  for (const k of elementChildren(tree, p)) {
    if (k === top) {
      roots.push(k);
      continue;
    }
    if (page.removed[k]) continue;
    const bonus = topClass !== undefined && topClass !== '' && tree.attrs[k]?.class === topClass ? best * 0.2 : 0;
    const s = final.get(k);
    if (s !== undefined && s + bonus >= limit) {
      roots.push(k);
      continue;
    }
    if (tag[k] === 'p') {
      const chars = page.keptChars[k]!;
      const density = linkDensity(page, k);
      if (chars > 80 && density < 0.25) roots.push(k);
      else if (chars > 0 && density === 0) {
        // The text of each paragraph's last run, built once for all siblings.
        lastText ??= new Map(page.runs.map((r) => [r.owner, r.text]));
        if (/[.؟!]\s*$/.test(lastText.get(k) ?? '')) roots.push(k);
      }
    }
  }
  return { top, roots };
}
