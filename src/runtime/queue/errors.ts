/** The job queue's problems for users: each has a stable code from the closed set in diagnostics.ts. */
import type { DiagnosticCode } from '../../diagnostics.js';
import { UserError } from '../../errors.js';

/** The codes of the queue's problems. */
export type QueueErrorCode = Extract<DiagnosticCode, `QUEUE_${string}` | `WORKER_${string}`>;

/** A queue problem: a Redis that cannot be used, another sweep's queue, a worker that does not fit the sweep. */
export class QueueError extends UserError {
  constructor(
    readonly code: QueueErrorCode,
    message: string,
    hint?: string,
    exitCode?: number,
  ) {
    super(message, hint, exitCode);
    this.name = 'QueueError';
  }
}
