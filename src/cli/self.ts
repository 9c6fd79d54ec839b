/** The command line that starts this same lenetc again, for the child processes sweeps and workers train in. */
import { fileURLToPath } from 'node:url';
import type { CliIO } from './io.js';

/**
 * The node executable, its loader flags and the entry script that start this lenetc again.
 * `entry` is the CLI's entry module (bin.ts's own URL): the bundle's `cli/bin.mjs` when
 * installed, or `src/cli/bin.ts`, which a child runs through tsx's loader.
 */
export function lenetcCommand(entry: string | URL): string[] {
  const script = entry instanceof URL || entry.startsWith('file:') ? fileURLToPath(entry) : entry;
  // resolved here, not from the child's cwd (the user's folder, where tsx is not installed)
  const loader = script.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  return [process.execPath, ...loader, script];
}

/** `io.lenetc`, which every real process has (bin.ts); a command that starts children needs it. */
export function lenetcOf(io: CliIO): readonly string[] {
  // a CliIO without it is a bug in how lenetc was started, not a user's mistake
  if (!io.lenetc) throw new Error('no command line to start lenetc in a child process (CliIO.lenetc)');
  return io.lenetc;
}
