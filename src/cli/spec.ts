/** What every spec-taking command shares: reading a spec, checking it, printing its diagnostics. */
import { InvalidArgumentError } from 'commander';
import { UserError } from '../errors.js';
import { checkSpecFile } from '../node/check-file.js';
import type { CheckResult } from '../pipeline.js';
import { ansi, countDiagnostics, formatDiagnostic, plain, type Style } from '../format-diagnostics.js';
import type { CliIO } from './io.js';
import { closestPath, isFile, pathKind } from '../node/reader.js';

/** Commander collector for repeatable options such as `--set a=b --set c=d`. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Commander parser for options that take a positive integer. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a positive integer, found '${value}'`);
  }
  return n;
}

/**
 * Refuses missing spec files up front: a path that does not exist is a usage mistake (exit 2),
 * not a problem in a spec.
 */
export function requireSpecFiles(io: CliIO, files: readonly string[]): void {
  for (const file of files) {
    if (isFile(io.cwd, file)) continue;
    const kind = pathKind(io.cwd, file);
    // a pipe or a device is there, but no spec file lenetc reads (a FIFO could block it forever)
    if (kind !== undefined) throw new UserError('NOT_A_FILE', { file, is: kind, expected: 'a spec file', hint: kind === 'a folder' ? undefined : 'save the spec to a file and check that' });
    const near = closestPath(io.cwd, file, 'file');
    throw new UserError('FILE_NOT_FOUND', { what: 'spec file', file, ...(near ? { hint: `did you mean ${near}?` } : {}) });
  }
}

/**
 * Reads and checks one spec; `file` stays as the user wrote it, for diagnostics and output.
 * `forTraining`: the spec is about to train, so it is held to the data set it trains on.
 */
export function checkFile(io: CliIO, file: string, overrides: readonly string[], forTraining = false): CheckResult {
  const result = checkSpecFile(file, { cwd: io.cwd, overrides, forTraining });
  // requireSpecFiles ran first, so this only misses if the file vanished in between
  if (result === undefined) throw new UserError('FILE_UNREADABLE', { what: 'spec file', file });
  return result;
}

/** A spec that checked without errors: its model and shapes are there. */
export type ValidSpec = CheckResult & Required<Pick<CheckResult, 'model' | 'shapes'>>;

/**
 * Checks one spec file for a command that needs a valid model: prints its diagnostics
 * (warnings too) and returns it, or undefined when it has errors (they are printed).
 */
export function checkValidSpec(io: CliIO, file: string, overrides: readonly string[], forTraining = false): ValidSpec | undefined {
  requireSpecFiles(io, [file]);
  const result = checkFile(io, file, overrides, forTraining);
  printDiagnostics(io, file, result);
  const { model, shapes } = result;
  return result.ok && model && shapes ? { ...result, model, shapes } : undefined;
}

/** Colours when stderr goes to a terminal, unless NO_COLOR asks otherwise. */
export function styleFor(io: CliIO): Style {
  return io.isTTY && !io.env.NO_COLOR ? ansi : plain;
}

/** Prints every diagnostic of `result` to stderr; with errors, a closing count for `file`. */
export function printDiagnostics(io: CliIO, file: string, result: CheckResult): void {
  const style = styleFor(io);
  for (const d of result.diagnostics) io.stderr(formatDiagnostic(d, result.sources, style) + '\n');
  if (!result.ok) io.stderr(`${style.error('error')}: ${file}: ${countDiagnostics(result.diagnostics)}\n`);
}
