/** Ctrl-C as a signal a long-running command polls, so it can stop cleanly. */
import { removeTemporaries, writesSettled } from '../node/files.js';
import { EXIT, type CliIO } from './io.js';

/**
 * io.signal in tests; otherwise the first Ctrl-C aborts the returned signal (after printing
 * `notice`), and a second one quits without waiting for the command, but only once the file
 * being written (a checkpoint) is whole: nothing is left half-written. A third quits at once,
 * removing temporary files. `exit` is process.exit but for tests.
 */
export function interruptSource(
  io: CliIO, say: (line: string) => void, notice: string, exit: (code: number) => void = (code) => process.exit(code),
): { signal: AbortSignal; dispose(): void } {
  if (io.signal) return { signal: io.signal, dispose: () => {} };
  const controller = new AbortController();
  let quitting = false;
  const onSigint = () => {
    if (quitting) {
      removeTemporaries();
      exit(EXIT.interrupted);
    } else if (controller.signal.aborted) {
      quitting = true;
      say('interrupt: quitting without saving this epoch, once the file being written is complete');
      void writesSettled().then(() => exit(EXIT.interrupted));
    } else {
      say(`interrupt: ${notice} (Ctrl-C again to quit without it)`);
      controller.abort();
    }
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}
