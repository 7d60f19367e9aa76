/** A fixed pool of worker threads that run one kind of task, with a bounded number in flight. */

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type Transferable } from 'node:worker_threads';

/** A message to a worker: the task id and its input. */
export interface TaskMessage<I> {
  id: number;
  input: I;
}

/** A worker's answer: the task id and its output, or the error it threw. */
export type ResultMessage<O> = { id: number; output: O } | { id: number; error: string };

interface Slot<O> {
  worker: Worker;
  busy: Map<number, { resolve: (o: O) => void; reject: (e: Error) => void }>;
}

/** Options of a pool. */
export interface WorkerPoolOptions {
  /** Number of workers; default `os.availableParallelism()`. */
  size?: number;
  /**
   * Tasks queued per worker before `run` waits; default 16, so workers keep busy while the main
   * thread blocks on a write transaction (a batch of 64 takes ~50-100 ms to write).
   */
  perWorker?: number;
  /**
   * Old-generation heap cap of each worker in MB; default 320. Without it each worker's heap grew
   * to several hundred MB over the 31k-article corpus and the process peaked at 2.1 GB
   * (`npm run bench:ingest`); a worker that hits the cap fails its task, which is reported.
   */
  maxHeapMb?: number;
}

/** What a worker runs: a compiled module's URL, or (under tsx or vitest) a bootstrap that loads a `.ts` one. */
export type WorkerEntry = { kind: 'url'; url: URL } | { kind: 'eval'; code: string };

/**
 * The worker module `name` beside the caller's module `base`: `name.js` when running compiled.
 * Under tsx or vitest the caller is a `.ts` file, and Node 20 does not apply `--import tsx` to
 * a worker's entry module, so the worker starts from a small script that registers tsx's
 * loader first, then imports `name.ts`.
 */
export function workerEntry(name: string, base: string): WorkerEntry {
  if (!base.endsWith('.ts')) return { kind: 'url', url: new URL(`./${name}.js`, base) };
  const loader = createRequire(base).resolve('tsx');
  const api = pathToFileURL(join(dirname(loader), 'esm', 'api', 'index.mjs')).href;
  const target = new URL(`./${name}.ts`, base).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
  return { kind: 'eval', code };
}

/**
 * A pool of workers, each running the `entry` module, which must answer every `TaskMessage` with a
 * `ResultMessage`. Tasks go to the least busy worker; a worker that dies fails its tasks and
 * is replaced.
 */
export class WorkerPool<I, O> {
  private readonly slots: Slot<O>[] = [];
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;
  private closed = false;
  readonly size: number;
  private readonly capacity: number;
  private readonly maxHeapMb: number;

  constructor(
    private readonly entry: WorkerEntry,
    options: WorkerPoolOptions = {},
  ) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.maxHeapMb = options.maxHeapMb ?? 320;
    this.capacity = this.size * Math.max(1, options.perWorker ?? 16);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Runs one task; waits first while the pool is full. `transfer` lists buffers to move, not copy. */
  async run(input: I, transfer: Transferable[] = []): Promise<O> {
    while (this.inFlight() >= this.capacity) await new Promise<void>((r) => this.waiting.push(r));
    if (this.closed) throw new Error('the worker pool is closed');
    const slot = this.slots.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const id = this.nextId++;
    return new Promise<O>((resolve, reject) => {
      slot.busy.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input } satisfies TaskMessage<I>, transfer);
    });
  }

  /** Most tasks in flight at once: `size` × `perWorker`. */
  get limit(): number {
    return this.capacity;
  }

  /** Number of tasks sent and not yet answered. */
  inFlight(): number {
    return this.slots.reduce((n, s) => n + s.busy.size, 0);
  }

  /** Stops every worker. Tasks still running are failed. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    for (const w of this.waiting.splice(0)) w();
  }

  private spawn(): Slot<O> {
    const resourceLimits = { maxOldGenerationSizeMb: this.maxHeapMb };
    const worker =
      this.entry.kind === 'url'
        ? new Worker(this.entry.url, { resourceLimits })
        : new Worker(this.entry.code, { eval: true, execArgv: [], resourceLimits });
    const slot: Slot<O> = { worker, busy: new Map() };
    worker.on('message', (msg: ResultMessage<O>) => {
      const task = slot.busy.get(msg.id);
      if (!task) return;
      slot.busy.delete(msg.id);
      if ('error' in msg) task.reject(new Error(msg.error));
      else task.resolve(msg.output);
      this.waiting.shift()?.();
    });
    const fail = (error: Error): void => {
      for (const t of slot.busy.values()) t.reject(error);
      slot.busy.clear();
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      for (const w of this.waiting.splice(0)) w();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  }
}
