/** Diagnostics are data: every user-facing problem is one of these, collected, never thrown. */

/** The closed set of diagnostic codes. Tests assert on these, never on message prose. */
export type DiagnosticCode =
  // reading the file
  | 'FILE_NOT_FOUND'
  | 'FILE_TOO_LARGE'
  | 'NOT_UTF8'
  | 'BINARY_INPUT'
  // YAML syntax and structure
  | 'YAML_SYNTAX'
  | 'YAML_TAB_INDENT'
  | 'DUPLICATE_KEY'
  | 'ALIAS_LIMIT'
  | 'TOO_DEEP'
  | 'NOT_A_MAPPING'
  // the schema
  | 'UNKNOWN_KEY'
  | 'UNKNOWN_LAYER_KIND'
  | 'UNKNOWN_VALUE'
  | 'MISSING_KEY'
  | 'WRONG_TYPE'
  | 'OUT_OF_RANGE'
  | 'NOT_AN_INTEGER'
  | 'NOT_FINITE'
  | 'FORBIDDEN_KEY'
  | 'EMPTY_LAYERS'
  | 'DUPLICATE_NAME'
  | 'SCHEMA'
  // extends and overrides
  | 'EXTENDS_NOT_FOUND'
  | 'EXTENDS_NOT_YAML'
  | 'EXTENDS_CYCLE'
  | 'BAD_OVERRIDE'
  // shapes
  | 'NON_POSITIVE_OUTPUT'
  | 'POOL_LARGER_THAN_INPUT'
  | 'DENSE_ON_SPATIAL'
  | 'SPATIAL_AFTER_FLATTEN'
  | 'CLASS_MISMATCH'
  | 'INPUT_MISMATCH'
  // trains, but badly (warnings)
  | 'LOGITS_ACTIVATION'
  | 'STRIDE_SKIPS_INPUT'
  | 'TOO_LARGE'
  | 'NO_CLASSIFIER';

/** Errors stop compilation; warnings are reported and let it go on. */
export type Severity = 'error' | 'warning';

/** A path into the spec document, as ajv and yaml's `getIn` see it: keys and list indexes. */
export type SpecPath = readonly (string | number)[];

/** Character offsets [start, end) into one source text. */
export type Range = readonly [number, number];

/** One problem found in a spec, as data: printing it is the CLI's business. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** What was expected and what was found. */
  message: string;
  /** Advice: a fix, a "did you mean", the arithmetic behind a shape error. */
  hint?: string;
  /** The source file the range points into (as given to the parser, or `<--set>` for overrides). */
  file?: string;
  range?: Range;
  /** Where in the resolved spec the problem is; the pipeline turns it into file + range. */
  path?: SpecPath;
}

/** Shorthand used by every stage so call sites read `error('WRONG_TYPE', msg, {...})`. */
export function error(code: DiagnosticCode, message: string, where: Omit<Diagnostic, 'code' | 'severity' | 'message'> = {}): Diagnostic {
  return { code, severity: 'error', message, ...where };
}

/** Like `error`, for problems that do not stop compilation. */
export function warning(code: DiagnosticCode, message: string, where: Omit<Diagnostic, 'code' | 'severity' | 'message'> = {}): Diagnostic {
  return { code, severity: 'warning', message, ...where };
}

/** Whether any of `diagnostics` is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** 1-based line and column of a character offset in `text` (computed only when printing). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
