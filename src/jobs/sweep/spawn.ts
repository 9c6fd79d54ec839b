/**
 * Running `lenetc train` for one point in a child process: each point gets its own process
 * (and tfjs backend), so points run side by side and one crashing point cannot take the
 * sweep (or the worker) down.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PARENT_LIFELINE } from '../lifeline.js';
import type { EpochMetrics } from '../../train/metrics.js';

/** How a child training ended. */
export interface ChildOutcome {
  /** The child's exit code (null when a signal killed it). */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines the child wrote to stderr, for the report when it failed. */
  stderrTail: string[];
}

/** What runLenetc needs besides the arguments. */
export interface ChildOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Aborting it sends the child one SIGINT: it checkpoints and exits 130. */
  signal?: AbortSignal;
  onEpoch?: (m: EpochMetrics) => void;
  /**
   * Start the child in a process group of its own, so a terminal's Ctrl-C reaches only the
   * parent, which forwards exactly one SIGINT through `signal` (a second one would make the
   * child quit without its checkpoint).
   */
  ownGroup?: boolean;
}

/** How one point's child `lenetc train` runs. */
export interface PointRun {
  /** The point's run folder. */
  runDir: string;
  /** A new run from `spec` with the point's overrides; null resumes the run folder's checkpoint. */
  start: { spec: string; overrides: readonly string[]; trainLimit: number | null; valLimit: number | null } | null;
  backend: string;
  /** Absolute --data folder, or null for the default. */
  dataDir: string | null;
  threads?: number;
}

/** How the CLI prints a UserError: `error: message`, or `error[CODE]: message`. */
const ERROR_LINE = /^error(\[[A-Z0-9_]+\])?: /;

/** Keeps this many lines of a child's stderr. */
const STDERR_LINES = 20;

/**
 * Runs `lenetc <args>` in `options.cwd`, where `lenetc` is the command line that starts lenetc
 * (the CLI's `io.lenetc`), handing each epoch JSON line of its stdout to `onEpoch`. The child's stdin is
 * a pipe it watches (see lifeline.ts): if this process dies, the child stops too.
 */
export function runLenetc(lenetc: readonly string[], args: readonly string[], options: ChildOptions): Promise<ChildOutcome> {
  const [command, ...lead] = lenetc;
  const child = spawn(command!, [...lead, ...args], {
    cwd: options.cwd, env: { ...options.env, [PARENT_LIFELINE]: '1' }, stdio: ['pipe', 'pipe', 'pipe'], detached: options.ownGroup ?? false,
  });
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
  // a stop asked for while this child was being set up reaches it too
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
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

/** The arguments of `lenetc train` for one point (JSON epochs on stdout, read by runLenetc). */
export function trainArgs(run: PointRun): string[] {
  const common = [
    '--json', '--backend', run.backend, ...(run.dataDir !== null ? ['--data', run.dataDir] : []),
    ...(run.threads !== undefined ? ['--threads', String(run.threads)] : []),
  ];
  // --resume takes the run as it was started: its spec, overrides and limits are in the run folder
  if (run.start === null) return ['train', '--resume', run.runDir, ...common];
  const { spec, overrides, trainLimit, valLimit } = run.start;
  return [
    // --force: a point trained afresh replaces what an earlier sweep left in its folder
    'train', spec, ...overrides.flatMap((o) => ['--set', o]), '--out', run.runDir, '--force', ...common,
    ...(trainLimit !== null ? ['--train-limit', String(trainLimit)] : []),
    ...(valLimit !== null ? ['--val-limit', String(valLimit)] : []),
  ];
}

/**
 * Why a child training failed, in one line: its own `error:` message when it printed one
 * (a diverged loss, bad data), else how it ended.
 */
export function failureReason(outcome: ChildOutcome): string {
  const message = [...outcome.stderrTail].reverse().find((line) => ERROR_LINE.test(line));
  if (message) return message.replace(ERROR_LINE, '');
  return outcome.code !== null ? `exit code ${outcome.code}` : `killed by ${outcome.signal}`;
}
