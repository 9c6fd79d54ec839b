/** What the parser takes and returns. */
import type { Diagnostic, DiagnosticNote, Range, SpecPath } from '../diagnostics.js';
import type { NetModel } from '../model.js';

/**
 * How the parser reaches other files (for `extends`): the caller supplies it, so the parser
 * itself never touches a file system and can run in a browser.
 */
export interface SpecReader {
  /** The path of `ref` as written in `fromFile`'s `extends:` (relative to that file's folder). */
  resolve(fromFile: string, ref: string): string;
  /** The file's bytes or text, or undefined when it does not exist or cannot be read. */
  read(file: string): string | Uint8Array | undefined;
}

/** One spec source to parse. */
export interface ParseInput {
  /** The name diagnostics use for this source (a path, or e.g. `<stdin>`). */
  file: string;
  /** Raw bytes are checked for UTF-8 and binary garbage; strings are taken as they are. */
  text: string | Uint8Array;
}

/** What the parser needs besides the source. */
export interface ParseOptions {
  reader: SpecReader;
  /** `--set` overrides, each `dotted.path=yamlValue`, applied after extends, before validation. */
  overrides?: readonly string[];
}

/** Where a spec path came from, after extends and overrides. */
export interface SourceLocation {
  file: string;
  range: Range;
  /** For a layer a block wrote out: the uses it came through. */
  notes?: DiagnosticNote[];
}

/** The parser's answer: a model when there were no errors, and every diagnostic. */
export interface ParseResult {
  /** Present when there were no errors. */
  model?: NetModel;
  /** Every problem found, each with file and range where one is known. */
  diagnostics: Diagnostic[];
  /** The text of every file read (the entry, its extends chain, `<--set>`), for code frames. */
  sources: Map<string, string>;
  /** The spec as resolved (extends merged, overrides applied), schema-shaped: what a run folder keeps. */
  resolved?: unknown;
  /** The file and range a spec path was written at (the nearest existing ancestor's, if it was not). */
  locate(path: SpecPath): SourceLocation | undefined;
  /**
   * Where to edit a spec path (one into the spec with its blocks expanded): the path as written
   * (in a block's definition, at the use that gave a parameter its value) and the file that
   * writes it or, for a path not written yet, its nearest ancestor.
   */
  written(path: SpecPath): { file: string; path: SpecPath } | undefined;
}
