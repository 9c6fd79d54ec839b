/** A problem caused by the user's input or environment, printed as a message (never a stack). */
export class UserError extends Error {
  constructor(
    message: string,
    /** What to do about it. */
    readonly hint?: string,
    /** The process exit code the CLI returns for it. */
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
