/**
 * The training progress bar on a terminal (cli-progress draws it): batch, ETA, running loss
 * and accuracy, learning rate and images per second, fitted to the terminal's width with the
 * ETA early in the line, so a narrow terminal cuts the least useful numbers, never the ETA.
 * Lines printed while it runs (a Ctrl-C notice) go through `log`, so the bar never draws over them.
 */
import { formatRate } from '../format.js';
import type { LoopEvents } from '../train/loop.js';
import type { CliIO } from './io.js';

/** Progress events for the training loop, and a way to print a line while the bar runs. */
export interface Progress extends LoopEvents {
  /** Prints `line` (on stderr) above the bar. */
  log(line: string): void;
  /**
   * What is happening before the first batch (worker threads starting): on a terminal a line
   * the bar then draws over, elsewhere a line like any other (no spinner in a log file).
   */
  status(line: string): void;
  stop(): void;
}

/** What one frame of the bar shows. */
export interface BarValues {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  /** Undefined until the first batch of the session reports. */
  loss?: number;
  accuracy?: number;
  imagesPerSecond?: number;
  lr?: number;
  /** Seconds left in the epoch, when known. */
  eta?: number;
}

/** One frame of the bar, at most `width - 1` columns (the last column would wrap on some terminals). */
export function barLine(v: BarValues, width: number): string {
  const count = `${String(v.batch).padStart(String(v.batches).length)}/${v.batches}`;
  const fields = [
    `ETA ${v.eta === undefined || !Number.isFinite(v.eta) ? '-:--' : clock(v.eta)}`,
    `loss ${v.loss === undefined ? '-' : v.loss.toFixed(3)}`,
    `acc ${v.accuracy === undefined ? '-' : v.accuracy.toFixed(3)}`,
    `lr ${v.lr === undefined ? '-' : formatRate(v.lr)}`,
    `${v.imagesPerSecond === undefined ? '-' : Math.round(v.imagesPerSecond)} img/s`,
  ];
  const head = `epoch ${v.epoch}/${v.epochs}`;
  // the fields that fit beside the smallest bar, the least useful (the last) dropped first
  const minBar = 6;
  while (fields.length > 1 && [head, ''.padEnd(minBar), count, ...fields].join(' ').length > width - 1) fields.pop();
  const rest = [count, ...fields].join(' ');
  const barWidth = Math.max(minBar, Math.min(30, width - 1 - head.length - rest.length - 2));
  const filled = Math.round((v.batches ? v.batch / v.batches : 0) * barWidth);
  return `${head} ${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ${rest}`.slice(0, width - 1);
}

/** m:ss, or h:mm:ss from an hour on. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  const mmss = `${Math.floor(s / 60) % 60}:${String(s % 60).padStart(2, '0')}`;
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mmss.padStart(5, '0')}` : mmss;
}

/** On a terminal, a bar per epoch (see barLine); elsewhere `log` just prints. */
export async function progressBar(io: CliIO, epochs: number): Promise<Progress> {
  const print = (line: string) => io.stderr(`${line}\n`);
  if (!io.isTTY) return { log: print, status: print, stop: () => {} };
  const { SingleBar } = await import('cli-progress');
  // cli-progress writes only through write() and readline's cursor functions, which write escapes
  const stream = { isTTY: true, columns: io.columns ?? 80, write: (text: string) => { io.stderr(text); return true; } };
  const bar = new SingleBar({
    format: (_options, params, payload: BarValues) => barLine({ ...payload, batch: params.value, batches: params.total, eta: params.eta }, stream.columns),
    stream: stream as unknown as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  let shown: BarValues | undefined;
  // a status line waiting for the bar, which draws over it from the first column
  let status = false;
  const clearStatus = () => {
    if (status) io.stderr('\r\x1b[K');
    status = false;
  };
  const stop = () => {
    clearStatus();
    if (shown) bar.stop();
    shown = undefined;
  };
  const log = (line: string) => {
    // the bar clears its line and stops, the line goes above it, and the bar starts again below
    const current = shown;
    stop();
    print(line);
    if (current) {
      shown = current;
      bar.start(current.batches, current.batch, current);
    }
  };
  return {
    onEpochStart: (epoch, batches, first) => {
      clearStatus();
      shown = { epoch, epochs, batch: first, batches };
      bar.start(batches, first, shown);
    },
    onBatch: (p) => {
      if (!shown) return;
      shown = { ...shown, batch: p.batch, loss: p.loss, accuracy: p.accuracy, imagesPerSecond: p.imagesPerSecond, lr: p.lr };
      bar.update(p.batch, shown);
    },
    onEpoch: stop,
    status(line) {
      if (shown) return log(line);
      clearStatus();
      io.stderr(line.slice(0, Math.max(1, (io.columns ?? 80) - 1)));
      status = true;
    },
    log,
    stop,
  };
}
