/**
 * lenetc's exit codes, by name: what the CLI returns and what a message's `exit` says. One
 * table, read everywhere (the CLI, the message table, the sweep and queue runners that read a
 * child's code), never written as a literal.
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** An error in the spec, the data or a run folder. */
  invalid: 1,
  /** A usage error, or a refusal to overwrite. */
  usage: 2,
  /** A bug in lenetc (sysexits' EX_SOFTWARE): the stack is printed for a report. */
  internal: 70,
  /** Interrupted (Ctrl-C: 128 + SIGINT). */
  interrupted: 130,
} as const;
