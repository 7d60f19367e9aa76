/** A fixed pool of worker threads that run one kind of task, with a bounded number in flight. */

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
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
  /** Tasks queued per worker before `run` waits; default 2 (one running, one ready). */
  perWorker?: number;
}

/**
 * The URL of a worker module beside the caller: `name.js` when running compiled, `name.ts`
 * under tsx or vitest; plus the `execArgv` that lets a `.ts` worker load (tsx's loader).
 */
export function workerEntry(name: string, base: string): { url: URL; execArgv: string[] | undefined } {
  if (!base.endsWith('.ts')) return { url: new URL(`./${name}.js`, base), execArgv: undefined };
  const tsx = pathToFileURL(createRequire(base).resolve('tsx')).href;
  return { url: new URL(`./${name}.ts`, base), execArgv: ['--import', tsx] };
}

/**
 * A pool of workers, each running `url`'s module, which must answer every `TaskMessage` with a
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

  constructor(
    private readonly url: URL,
    options: WorkerPoolOptions & { execArgv?: string[] } = {},
  ) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.capacity = this.size * Math.max(1, options.perWorker ?? 2);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn(options.execArgv));
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

  private spawn(execArgv: string[] | undefined): Slot<O> {
    const worker = new Worker(this.url, execArgv ? { execArgv } : {});
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
      if (i >= 0) this.slots[i] = this.spawn(execArgv);
      for (const w of this.waiting.splice(0)) w();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  }
}
