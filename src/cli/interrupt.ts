/** Ctrl-C as a signal a long-running command polls, so it can stop cleanly. */
import { EXIT, type CliIO } from './io.js';

/**
 * io.signal in tests; otherwise the first Ctrl-C aborts the returned signal (after printing
 * `notice`), and a second one exits at once.
 */
export function interruptSource(io: CliIO, say: (line: string) => void, notice: string): { signal: AbortSignal; dispose(): void } {
  if (io.signal) return { signal: io.signal, dispose: () => {} };
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    say(`\ninterrupt: ${notice} (Ctrl-C again to quit at once)`);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}
