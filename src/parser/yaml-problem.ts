/** What a YAML syntax error is, as data: the parser finds it (yaml-errors.ts), messages.ts says it. Types only. */

/** A YAML syntax problem, as data for YAML_SYNTAX's words. */
export type YamlProblem =
  /**
   * A `{`, `[` or quote never closed; `found`: what came instead; `fix`: its line with the
   * closers added, where the line holds the whole value.
   */
  | { problem: 'unclosed'; open: string; close: string; found: 'line_end' | 'text_end' | 'dedent'; fix?: string }
  /** A `}` or `]` that closes nothing. */
  | { problem: 'unopened'; close: string }
  /** More text after a complete value: `{units: 10} x`. */
  | { problem: 'after_value'; found: string }
  /** A word alone where a map wants `key: value` (a key typed before its colon). */
  | { problem: 'missing_colon'; found: string }
  /** `-flatten`: a list item's dash without the space after it. */
  | { problem: 'dash_without_space'; found: string; item: string }
  /** `dense: units: 10`: a second key on a line; `fix` puts the inner map in braces. */
  | { problem: 'nested_on_line'; outer: string; inner: string; fix?: string }
  /** A list item or a key that does not start in the column of the ones before it. */
  | { problem: 'out_of_line'; what: 'item' | 'key'; column: number }
  /** A value that starts with a character YAML reserves (`@`, `` ` ``, `%`...). */
  | { problem: 'reserved_start'; char: string }
  /** A second document, after `---` or `...`. */
  | { problem: 'two_documents'; marker: string }
  /** Anything else, in yaml's words. */
  | { problem: 'other'; reason: string };
