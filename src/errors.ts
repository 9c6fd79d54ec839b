/** A problem caused by the user's input or environment, printed as a message (never a stack). */
import { say, type DiagnosticCode, type MessageParams } from './diagnostics.js';

/** A runtime user error: a code from the closed set, its message and hint (src/messages.ts), and the CLI's exit code. */
export class UserError<C extends DiagnosticCode = DiagnosticCode> extends Error {
  /** What to do about it. */
  readonly hint?: string;
  /** The process exit code the CLI returns for it. */
  readonly exitCode: number;

  constructor(
    /** Which problem this is; stable, unlike the message. */
    readonly code: C,
    params: MessageParams<C>,
  ) {
    const said = say(code, params);
    super(said.message);
    this.name = 'UserError';
    this.hint = said.hint;
    this.exitCode = said.exit ?? 1;
  }
}
