/** Diagnostics are data: every user-facing problem is one of these, collected, never thrown. */
import { MESSAGES, type Said } from './messages.js';

/**
 * The closed set of codes, for spec diagnostics and the runtime's user errors alike: one code
 * per problem, with its words in src/messages.ts. Tests assert on these, never on message prose.
 */
export type DiagnosticCode = keyof typeof MESSAGES;

/** What code C's message is made from. */
export type MessageParams<C extends DiagnosticCode> = Parameters<(typeof MESSAGES)[C]> extends [infer P] ? P : Record<string, never>;

/** Code C's message, hint and exit code for `params`. */
export function say<C extends DiagnosticCode>(code: C, params: MessageParams<C>): Said {
  const said = (MESSAGES[code] as (p: MessageParams<C>) => string | Said)(params);
  return typeof said === 'string' ? { message: said } : said;
}

/** Errors stop compilation; warnings are reported and let it go on. */
export type Severity = 'error' | 'warning';

/** A path into the spec document, as ajv and yaml's `getIn` see it: keys and list indexes. */
export type SpecPath = readonly (string | number)[];

/** A value as a spec holds it: what a fix writes. */
export type SpecValue = string | number | boolean | null | readonly SpecValue[] | { readonly [key: string]: SpecValue };

/**
 * One change to a spec, as data. Its paths are into the resolved spec with blocks expanded, as
 * a diagnostic's `path` is, until the pipeline places the edit: then they are the paths as
 * written in `file` (a block's definition, the use that gave a parameter its value, a base spec).
 */
export type SpecEdit =
  /** Set the value at `path`, adding the key to its map when the map lacks it. */
  | { path: SpecPath; value: SpecValue; file?: string }
  /** Insert the list item `layer` before the item at `before` (an index one past the end appends). */
  | { insert: { before: SpecPath; layer: SpecValue }; file?: string }
  /** Remove the list item at `remove`. */
  | { remove: SpecPath; file?: string };

/** One way to fix a diagnostic: its edits, made together. A diagnostic's fixes are alternatives. */
export interface SpecFix {
  edits: readonly SpecEdit[];
}

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
  /**
   * Other places that explain it, each printed after it with its own code frame: the use of the
   * block a layer came from, the branch whose shape differs at a merge.
   */
  notes?: DiagnosticNote[];
  /** Changes that fix it, as data (the hint says them in words): an editor applies them, `--json` prints them. */
  fixes?: readonly SpecFix[];
}

/** A place related to a diagnostic: where a block was used, the layer behind a mismatch. */
export interface DiagnosticNote {
  message: string;
  file?: string;
  range?: Range;
  /** As Diagnostic.path: located by the pipeline. */
  path?: SpecPath;
}

/** Where a diagnostic points, and advice that depends on the call site (else its code's hint); fixes come with the message's params. */
export type Where = Omit<Diagnostic, 'code' | 'severity' | 'message' | 'fixes'>;

/** An error diagnostic, its words from code C's message: `error('UNKNOWN_KEY', { key, known, where }, { path })`. */
export function error<C extends DiagnosticCode>(code: C, params: MessageParams<C>, where: Where = {}): Diagnostic {
  return diagnostic('error', code, params, where);
}

/** Like `error`, for problems that do not stop compilation. */
export function warning<C extends DiagnosticCode>(code: C, params: MessageParams<C>, where: Where = {}): Diagnostic {
  return diagnostic('warning', code, params, where);
}

function diagnostic<C extends DiagnosticCode>(severity: Severity, code: C, params: MessageParams<C>, where: Where): Diagnostic {
  const { message, hint } = say(code, params);
  const advice = where.hint ?? hint;
  // a message made from fixes says them in words; the diagnostic carries them as data too
  const fixes = fixesIn(params);
  return { code, severity, message, ...where, ...(advice === undefined ? {} : { hint: advice }), ...(fixes?.length ? { fixes } : {}) };
}

function fixesIn(params: unknown): readonly SpecFix[] | undefined {
  return typeof params === 'object' && params !== null && 'fixes' in params ? params.fixes as readonly SpecFix[] | undefined : undefined;
}

/**
 * `diagnostics` by file name (those without a file last), then by offset within a file; ties
 * keep their order. A total order, so the same problems print in the same order however
 * they were found.
 */
export function sortByLocation(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const byFile = (a?: string, b?: string) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1);
  return [...diagnostics].sort((a, b) => byFile(a.file, b.file) || (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
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
