/**
 * Running `lenetc train` for one point in a child process: each point gets its own process
 * (and tfjs backend), so points run side by side and one crashing point cannot take the
 * sweep down.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EpochMetrics } from '../train/metrics.js';

/** How a child training ended. */
export interface ChildOutcome {
  /** The child's exit code (null when a signal killed it). */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines the child wrote to stderr, for the report when it failed. */
  stderrTail: string[];
}

/** Keeps this many lines of a child's stderr. */
const STDERR_LINES = 20;

/**
 * The node executable and leading arguments that run this lenetc's CLI: `dist/src/cli/bin.js`
 * when built, or `src/cli/bin.ts` through tsx's loader when this module itself runs under tsx.
 */
export function lenetcCommand(): { command: string; args: string[] } {
  const here = fileURLToPath(import.meta.url);
  const extension = path.extname(here);
  const bin = path.resolve(path.dirname(here), '..', '..', 'cli', `bin${extension}`);
  // resolved from here, not the child's cwd (the user's folder, where tsx is not installed)
  const loader = extension === '.ts' ? ['--import', import.meta.resolve('tsx')] : [];
  return { command: process.execPath, args: [...loader, bin] };
}

/**
 * Runs `lenetc <args>` in `cwd`, handing each epoch JSON line of its stdout to `onEpoch`.
 * Aborting `signal` sends the child one SIGINT: it checkpoints and exits 130.
 */
export function runLenetc(
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined>; signal?: AbortSignal; onEpoch?: (m: EpochMetrics) => void },
): Promise<ChildOutcome> {
  const { command, args: lead } = lenetcCommand();
  const child = spawn(command, [...lead, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_LINES) stderrTail.shift();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    let parsed: Partial<EpochMetrics> & { status?: unknown };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      return;
    }
    // train --json prints one line per epoch, then one for the run (it has a status)
    if (typeof parsed.epoch === 'number' && parsed.status === undefined) options.onEpoch?.(parsed as EpochMetrics);
  });
  const onAbort = () => child.kill('SIGINT');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  return new Promise((resolve) => {
    child.on('error', (e) => {
      stderrTail.push(`cannot start ${command}: ${e.message}`);
    });
    // 'close' (not 'exit') so the last stdout and stderr lines have been read
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ code, signal, stderrTail });
    });
  });
}
