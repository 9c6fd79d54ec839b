/** What the CLI may touch of the outside world, so tests can run it in-process. */
import path from 'node:path';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is an interactive terminal (progress bars, colours). */
  isTTY: boolean;
  /** The terminal's width in columns, when known. */
  columns?: number;
  /** The directory relative paths are taken from. */
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * An interrupt source for long commands (train), for tests; without it they listen for
   * SIGINT themselves.
   */
  signal?: AbortSignal;
  /**
   * The command line (node, its flags, the entry script) that starts this same lenetc in a
   * child process, where sweep and worker train each point; unset, they cannot run.
   */
  lenetc?: readonly string[];
}

/** Exit codes, by name (src/exit.ts). */
export { EXIT } from '../exit.js';

/**
 * A path to print: as the user gave it when they did, else relative to `cwd` when it lies
 * inside it (runs/lenet5/…), else absolute, never a climb of `../..`.
 */
export function shownPath(cwd: string, absolute: string, given?: string): string {
  if (given !== undefined) return given;
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/** The real process's IO; `lenetc` starts this lenetc again (see self.ts). */
export function processIO(lenetc: readonly string[]): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stderr.columns || process.stdout.columns || undefined,
    cwd: process.cwd(),
    env: process.env,
    lenetc,
  };
}
