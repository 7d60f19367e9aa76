/** A progress line on stderr for long runs, shown only when stderr is a terminal. */

import cliProgress from 'cli-progress';

/** Counts processed documents; `total` is null when the input length is unknown (stdin). */
export interface Progress {
  tick(): void;
  stop(): void;
}

/** A progress bar with documents per second and, when the total is known, the ETA. */
export function createProgress(total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick: () => undefined, stop: () => undefined };
  const started = Date.now();
  const format =
    total === null ? '{value} documents | {rate} docs/s' : '[{bar}] {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}';
  const bar = new cliProgress.SingleBar(
    { format, stream, hideCursor: true, clearOnComplete: false, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { rate: '0' });
  let done = 0;
  return {
    tick() {
      done++;
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
