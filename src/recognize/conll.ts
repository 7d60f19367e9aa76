/**
 * CoNLL files: one token a line with columns separated by spaces or tabs, a blank line between
 * sentences. Reading keeps every line so output can be written back line for line; CRLF, a
 * missing final blank line and `# …` / `-DOCSTART-` comment lines are handled.
 */

/** One line of the file and what it holds. */
export interface ConllLine {
  /** The line as read, without its line ending. */
  raw: string;
  kind: 'token' | 'blank' | 'comment';
  /** Columns (for token lines). */
  columns: string[];
}

/** A sentence: indices of its token lines in `ConllFile.lines`. */
export interface ConllSentence {
  lines: number[];
  /** First column of each token line. */
  tokens: string[];
  /** Last column of each token line when the line has at least two columns, else ''. */
  lastColumn: string[];
}

/** A parsed CoNLL file. */
export interface ConllFile {
  lines: ConllLine[];
  sentences: ConllSentence[];
  /** The line ending the input used (`\r\n` or `\n`), to write it back the same way. */
  eol: string;
  /** True when the input ended with a line ending. */
  finalEol: boolean;
}

/** Document and sentence markers; a lone `#` followed by a tag is a token, not a comment. */
const COMMENT = /^(?:-DOCSTART-|#\s*(?:doc|newdoc|sent_id|sent|text|id|source|url)\b)/i;

/** Parses CoNLL text (see the module header). */
export function parseConll(text: string): ConllFile {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const finalEol = text.endsWith('\n');
  const body = finalEol ? text.replace(/\r?\n$/, '') : text;
  const rawLines = body === '' && !finalEol ? [] : body.split(/\r?\n/);
  const lines: ConllLine[] = [];
  const sentences: ConllSentence[] = [];
  let current: ConllSentence | null = null;
  rawLines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') {
      lines.push({ raw, kind: 'blank', columns: [] });
      current = null;
      return;
    }
    if (COMMENT.test(trimmed)) {
      lines.push({ raw, kind: 'comment', columns: [] });
      current = null;
      return;
    }
    const columns = trimmed.split(/[ \t]+/);
    lines.push({ raw, kind: 'token', columns });
    if (!current) {
      current = { lines: [], tokens: [], lastColumn: [] };
      sentences.push(current);
    }
    current.lines.push(i);
    current.tokens.push(columns[0]!);
    current.lastColumn.push(columns.length >= 2 ? columns[columns.length - 1]! : '');
  });
  return { lines, sentences, eol, finalEol };
}

/**
 * Writes `file` back with one more column on every token line: `tags[s][k]` for token `k` of
 * sentence `s`, separated by a tab when the line uses tabs and by a space otherwise. Blank and
 * comment lines are written unchanged, so the output has as many lines as the input.
 */
export function writeConll(file: ConllFile, tags: readonly (readonly string[])[]): string {
  const extra = new Map<number, string>();
  file.sentences.forEach((s, si) => s.lines.forEach((li, k) => extra.set(li, tags[si]?.[k] ?? 'O')));
  const out = file.lines.map((line, i) => {
    const tag = extra.get(i);
    if (tag === undefined) return line.raw;
    const raw = line.raw.replace(/[ \t]+$/, '');
    return `${raw}${raw.includes('\t') ? '\t' : ' '}${tag}`;
  });
  return out.join(file.eol) + (file.finalEol ? file.eol : '');
}

/**
 * Sentence indices grouped by document: a comment line (`# doc …`, `-DOCSTART-`) starts a new
 * one; a file without such lines is cut into runs of `window` sentences (ANERcorp has no
 * document marks but keeps each article's sentences together).
 */
export function conllDocuments(file: ConllFile, window = 30): number[][] {
  if (!file.lines.some((l) => l.kind === 'comment')) return sentenceRuns(file.sentences.length, window);
  const docs: number[][] = [];
  let current: number[] = [];
  let lastLine = -1;
  file.sentences.forEach((s, i) => {
    const first = s.lines[0]!;
    const marked = file.lines.slice(lastLine + 1, first).some((l) => l.kind === 'comment');
    if (marked && current.length > 0) {
      docs.push(current);
      current = [];
    }
    current.push(i);
    lastLine = s.lines[s.lines.length - 1]!;
  });
  if (current.length > 0) docs.push(current);
  return docs;
}

/** Sentence indices `0..count-1` cut into runs of `window`: the documents of an unmarked file. */
export function sentenceRuns(count: number, window = 30): number[][] {
  const runs: number[][] = [];
  for (let start = 0; start < count; start += window) {
    runs.push(Array.from({ length: Math.min(window, count - start) }, (_, k) => start + k));
  }
  return runs;
}
