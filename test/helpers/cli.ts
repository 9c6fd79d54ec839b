/** Runs the CLI in-process with captured output, as every CLI test does. */
import { cli } from '../../src/cli/index.js';
import type { CliIO } from '../../src/cli/io.js';
import { lenetcCommand } from '../../src/cli/self.js';
import { fromRoot } from './paths.js';

/**
 * Children (a sweep's or a queue worker's trainings) run the built bundle (package.json's "bin",
 * which `npm test` builds first), as an installed lenetc does: each one started from source
 * through tsx spent 1–2 s of CPU compiling it, across dozens of children in the suite.
 */
export const LENETC = lenetcCommand(fromRoot('dist', 'bundle', 'cli', 'bin.mjs'));

/** What a captured in-process CLI run printed. */
export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** How a captured run differs from the default (no TTY, empty environment). */
export interface RunOptions {
  signal?: AbortSignal;
  /** Sees each stdout chunk as it is printed (a test aborts `signal` from there to interrupt training at a known point). */
  onStdout?: (text: string) => void;
  /** Sees each stderr chunk as it is printed. */
  onStderr?: (text: string) => void;
  env?: CliIO['env'];
}

/** Runs `lenetc argv` in-process in `cwd`. */
export async function runCli(argv: string[], cwd: string, options: RunOptions = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await cli(argv, {
    stdout: (t) => { stdout += t; options.onStdout?.(t); },
    stderr: (t) => { stderr += t; options.onStderr?.(t); },
    isTTY: false,
    cwd,
    env: options.env ?? {},
    signal: options.signal,
    lenetc: LENETC,
  });
  return { code, stdout, stderr };
}
