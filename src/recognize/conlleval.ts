/**
 * A scorer that counts chunks exactly as conlleval.pl (CoNLL-2000) does: a chunk starts at
 * B-, at an I- whose type differs from the previous tag's or that follows O, and ends where
 * the next one starts or at O; a chunk is correct when gold and guess share start, end and
 * type. Precision, recall and F1 per type and micro-averaged over all chunks.
 */

/** A chunk: half-open token range and type. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** Counts and scores for one type, or for all (micro). */
export interface TypeScore {
  gold: number;
  guessed: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The result of a scoring run. */
export interface EvalResult {
  tokens: number;
  /** Tokens whose guessed tag equals the gold tag. */
  tokenAccuracy: number;
  micro: TypeScore;
  /** Per type, types sorted by name. */
  types: Record<string, TypeScore>;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const m = /^([A-Z])-(.*)$/.exec(tag);
  return m ? [m[1]!, m[2]!] : ['I', tag];
}

/** Chunks of one sentence's IOB tags, conlleval's way (IOB1, IOB2 and IOBES alike). */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  let prevTag = 'O';
  let prevType = '';
  const sentinel = tags.length;
  for (let i = 0; i <= sentinel; i++) {
    const [tag, type] = i < sentinel ? split(tags[i]!) : ['O', ''];
    // End of chunk (conlleval endOfChunk).
    const ends =
      prevTag === 'E' || prevTag === 'S' ||
      (prevTag === 'B' && (tag === 'B' || tag === 'S' || tag === 'O')) ||
      (prevTag === 'I' && (tag === 'B' || tag === 'S' || tag === 'O')) ||
      (prevTag !== 'O' && prevType !== type);
    if (open && ends) {
      open.end = i;
      out.push(open);
      open = null;
    }
    // Start of chunk (conlleval startOfChunk).
    const starts =
      tag === 'B' || tag === 'S' ||
      ((prevTag === 'E' || prevTag === 'S' || prevTag === 'O') && (tag === 'E' || tag === 'I')) ||
      (tag !== 'O' && prevType !== type);
    if (starts && tag !== 'O') open = { start: i, end: i + 1, type };
    prevTag = tag;
    prevType = type;
  }
  return out;
}

function score(gold: number, guessed: number, correct: number): TypeScore {
  const precision = guessed === 0 ? 0 : correct / guessed;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, guessed, correct, precision, recall, f1 };
}

/**
 * Scores guessed tags against gold tags, sentence by sentence (a chunk never crosses a
 * sentence). Tags should already be normalized (see `normalizeTag`).
 *
 * @throws Error when a sentence's gold and guess differ in length (a programmer error).
 */
export function evaluate(gold: readonly (readonly string[])[], guess: readonly (readonly string[])[]): EvalResult {
  if (gold.length !== guess.length) throw new Error(`evaluate: ${gold.length} gold sentences, ${guess.length} guessed`);
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2): void => {
    const c = counts.get(type) ?? [0, 0, 0];
    c[k]++;
    counts.set(type, c);
  };
  let tokens = 0;
  let sameTag = 0;
  gold.forEach((g, s) => {
    const p = guess[s]!;
    if (g.length !== p.length) throw new Error(`evaluate: sentence ${s} has ${g.length} gold tags, ${p.length} guessed`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) sameTag++;
    const gc = chunksOf(g);
    const pc = chunksOf(p);
    const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(gc.map(key));
    for (const c of gc) bump(c.type, 0);
    for (const c of pc) {
      bump(c.type, 1);
      if (goldKeys.has(key(c))) bump(c.type, 2);
    }
  });
  const types: Record<string, TypeScore> = {};
  let [g, p, c] = [0, 0, 0];
  for (const type of [...counts.keys()].sort()) {
    const [tg, tp, tc] = counts.get(type)!;
    types[type] = score(tg, tp, tc);
    g += tg;
    p += tp;
    c += tc;
  }
  return { tokens, tokenAccuracy: tokens === 0 ? 0 : sameTag / tokens, micro: score(g, p, c), types };
}

/** The result as conlleval prints it: one line for all chunks and one per type, percentages. */
export function formatEval(r: EvalResult): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const line = (name: string, s: TypeScore): string =>
    `${name.padEnd(9)} precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}  (gold ${s.gold}, guessed ${s.guessed}, correct ${s.correct})`;
  return [
    `processed ${r.tokens} tokens with ${r.micro.gold} phrases; found: ${r.micro.guessed} phrases; correct: ${r.micro.correct}.`,
    `accuracy: ${pct(r.tokenAccuracy)}%`,
    line('micro', r.micro),
    ...Object.entries(r.types).map(([t, s]) => line(t, s)),
  ].join('\n');
}
