/** What the CLI may touch of the outside world, so tests can run it in-process. */

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is an interactive terminal (progress bars, colours). */
  isTTY: boolean;
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

/** Exit codes: 0 success, 1 the spec (or data, or run) has errors, 2 a usage error, 130 interrupted. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

/** The real process's IO; `lenetc` starts this lenetc again (see self.ts). */
export function processIO(lenetc: readonly string[]): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    lenetc,
  };
}
