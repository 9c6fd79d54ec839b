/**
 * A child lenetc stops when the lenetc that started it is gone. A sweep or a worker trains each
 * point in a child `lenetc train`; if the parent dies (kill -9, a lost terminal) the child must
 * not train on for nobody, or into a point that another worker has taken over by then.
 */

/** Set in a child's environment by the lenetc that starts it, with a pipe on its stdin. */
export const PARENT_LIFELINE = 'LENETC_PARENT_LIFELINE';

/**
 * In a child started with PARENT_LIFELINE: when the parent dies the kernel closes the pipe on
 * our stdin, and we interrupt ourselves as Ctrl-C would (a training finishes its batch,
 * checkpoints and exits 130).
 */
export function stopWhenParentGone(env: Record<string, string | undefined>): void {
  if (env[PARENT_LIFELINE] !== '1') return;
  process.stdin.on('end', () => process.kill(process.pid, 'SIGINT'));
  process.stdin.resume();
  // the pipe alone must not keep a finished child alive
  process.stdin.unref();
}
