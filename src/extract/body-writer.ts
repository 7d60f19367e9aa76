/**
 * Writes the article body block by block with a map back to the input: source text is copied,
 * decoded character references replace their source, white-space runs collapse to one space
 * (a replacement unless the run is already one space), and the blank line between blocks is
 * inserted.
 */
import type { Block } from '../record/document.js';
import { MappedTextBuilder, type OffsetMap } from '../record/offset-map.js';
import { isSpaceCode } from './arabic-fold.js';

/** The body, its blocks and its map onto the input. */
export interface WrittenBody {
  body: string;
  blocks: Block[];
  map: OffsetMap;
}

/** Builds the body of an article over `source` (the decoded input). */
export class BodyWriter {
  private readonly builder: MappedTextBuilder;
  private readonly blocks: Block[] = [];
  private kind: Block['kind'] = 'paragraph';
  private blockStart = -1;
  private open = false;
  /** Source range of the first white space seen since the last written character. */
  private pendingWs: [number, number] | null = null;

  constructor(private readonly source: string) {
    this.builder = new MappedTextBuilder(source);
  }

  /** Starts a block; text written until `endBlock` belongs to it. */
  startBlock(kind: Block['kind']): void {
    if (this.open) this.endBlock();
    this.open = true;
    this.kind = kind;
    this.blockStart = -1;
    this.pendingWs = null;
  }

  /**
   * Writes `source[start, end)`, collapsing white space. Words joined by single spaces are
   * copied as one run, so a paragraph costs one segment, not one per word.
   */
  raw(start: number, end: number): void {
    const src = this.source;
    let i = start;
    while (i < end) {
      if (isSpaceCode(src.charCodeAt(i))) {
        const s = i;
        while (i < end && isSpaceCode(src.charCodeAt(i))) i++;
        this.space(s, i);
        continue;
      }
      const s = i;
      this.beforeText(s);
      while (i < end) {
        const c = src.charCodeAt(i);
        if (!isSpaceCode(c)) i++;
        else if (c === 0x20 && i + 1 < end && !isSpaceCode(src.charCodeAt(i + 1))) i += 2;
        else break;
      }
      this.builder.copy(s, i);
    }
  }

  /** Writes `text` (a decoded character reference) standing for `source[start, end)`. */
  decoded(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    if (/^\s+$/.test(text)) {
      this.space(start, end);
      return;
    }
    this.beforeText(start);
    this.builder.replace(text, start, end);
  }

  /** Records white space (or a `<br>`) at `source[start, end)`; written only between words. */
  space(start: number, end: number): void {
    this.pendingWs ??= [start, end];
  }

  /** Ends the current block; an empty block leaves no trace. */
  endBlock(): void {
    if (!this.open) return;
    this.open = false;
    this.pendingWs = null;
    if (this.blockStart < 0) return;
    this.blocks.push({ kind: this.kind, start: this.blockStart, end: this.builder.size });
  }

  /** Number of blocks written so far. */
  get blockCount(): number {
    return this.blocks.length + (this.open && this.blockStart >= 0 ? 1 : 0);
  }

  build(): WrittenBody {
    this.endBlock();
    const { text, map } = this.builder.build();
    return { body: text, blocks: this.blocks, map };
  }

  /** Before the first character of a word: the block separator or the pending space. */
  private beforeText(at: number): void {
    if (this.blockStart < 0) {
      if (this.blocks.length > 0) this.builder.insert('\n\n', at);
      this.blockStart = this.builder.size;
      this.pendingWs = null;
      return;
    }
    const ws = this.pendingWs;
    if (ws) {
      this.pendingWs = null;
      if (ws[1] - ws[0] === 1 && this.source[ws[0]] === ' ') this.builder.copy(ws[0], ws[1]);
      else this.builder.replace(' ', ws[0], ws[1]);
    }
  }
}
