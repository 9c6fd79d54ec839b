/**
 * Diagnostics at the edge (the CLI, the playground's list): `file:line:column: error[CODE]: message`,
 * a code frame and the hint, like a compiler prints them; or JSON with 1-based lines and columns.
 * The only place offsets become line:column. Pure, so the page formats exactly as the CLI does.
 */
import { lineColumn, type Diagnostic, type DiagnosticNote, type SpecFix } from './diagnostics.js';

/** A diagnostic as `--json` prints it. */
export interface DiagnosticJson {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  hint: string | null;
  /** Related places: the uses of the block a layer came from, the branch behind a merge's mismatch. */
  notes?: { message: string; file: string | null; line: number | null; column: number | null }[];
  /**
   * Ways to fix it, each the edits to make together, at paths as written in their `file`: set
   * `{"path", "value"}`, `{"insert": {"before", "layer"}}` or `{"remove"}` (a list item).
   */
  fixes?: readonly SpecFix[];
}

/** Where a diagnostic's (or a note's) range starts and ends, 1-based, when its file's text is known. */
function locate(d: { file?: string; range?: Diagnostic['range'] }, sources: ReadonlyMap<string, string>) {
  const text = d.file === undefined ? undefined : sources.get(d.file);
  if (text === undefined || !d.range) return undefined;
  return { text, start: lineColumn(text, d.range[0]), end: lineColumn(text, d.range[1]) };
}

/** The JSON form of `d`, located in `sources`. */
export function diagnosticJson(d: Diagnostic, sources: ReadonlyMap<string, string>): DiagnosticJson {
  const at = locate(d, sources);
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file ?? null,
    line: at?.start.line ?? null,
    column: at?.start.column ?? null,
    endLine: at?.end.line ?? null,
    endColumn: at?.end.column ?? null,
    hint: d.hint ?? null,
    ...(d.notes?.length ? {
      notes: d.notes.map((n) => {
        const where = locate(n, sources);
        return { message: n.message, file: n.file ?? null, line: where?.start.line ?? null, column: where?.start.column ?? null };
      }),
    } : {}),
    ...(d.fixes?.length ? { fixes: d.fixes } : {}),
  };
}

/** ANSI styling, or none: the CLI passes `plain` when stdout is not a terminal or NO_COLOR is set. */
export interface Style {
  error(s: string): string;
  warning(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/** No colours. */
export const plain: Style = { error: (s) => s, warning: (s) => s, dim: (s) => s, bold: (s) => s };

/** Terminal colours. */
export const ansi: Style = {
  error: (s) => `\x1b[1;31m${s}\x1b[0m`,
  warning: (s) => `\x1b[1;33m${s}\x1b[0m`,
  dim: (s) => `\x1b[2m${s}\x1b[0m`,
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
};

/**
 * One diagnostic for people:
 *
 *     specs/bad.yaml:7:15: error[NON_POSITIVE_OUTPUT]: message
 *        6 |   - pool: {size: 2}
 *        7 |   - conv: {filters: 16, kernel: 40}
 *          |                               ^^
 *     hint: ...
 */
export function formatDiagnostic(d: Diagnostic, sources: ReadonlyMap<string, string>, style: Style = plain): string {
  const at = locate(d, sources);
  const where = d.file === undefined ? '' : at ? `${d.file}:${at.start.line}:${at.start.column}: ` : `${d.file}: `;
  const paint = d.severity === 'error' ? style.error : style.warning;
  let out = `${style.bold(where)}${paint(`${d.severity}[${d.code}]`)}: ${d.message}\n`;
  if (at) out += codeFrame(at.text, at.start, at.end, style);
  if (d.hint) out += `${style.bold('hint')}: ${d.hint}\n`;
  for (const note of d.notes ?? []) out += formatNote(note, sources, style);
  return out;
}

/**
 * One of a diagnostic's notes as formatDiagnostic prints it after the diagnostic:
 * `file:line:column: note: message` and its code frame. (The playground lists each note on
 * its own, to make it a link to its place.)
 */
export function formatNote(note: DiagnosticNote, sources: ReadonlyMap<string, string>, style: Style = plain): string {
  const place = locate(note, sources);
  const where = note.file === undefined ? '' : place ? `${note.file}:${place.start.line}:${place.start.column}: ` : `${note.file}: `;
  return `${style.bold(where)}${style.bold('note')}: ${note.message}\n${place ? codeFrame(place.text, place.start, place.end, style) : ''}`;
}

type Position = { line: number; column: number };

/** The line before, the line, and carets under the range (up to the line's end if it spans lines). */
function codeFrame(text: string, start: Position, end: Position, style: Style): string {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const line = lines[start.line - 1] ?? '';
  const width = String(start.line).length;
  const gutter = (n?: number) => style.dim(`${(n === undefined ? '' : String(n)).padStart(width)} | `);
  let out = '';
  if (start.line > 1) out += `${gutter(start.line - 1)}${lines[start.line - 2]}\n`;
  out += `${gutter(start.line)}${line}\n`;
  const from = Math.min(start.column - 1, line.length);
  const to = end.line === start.line ? Math.min(end.column - 1, line.length) : line.length;
  // keep tabs in the lead so the carets line up under tab-indented text
  const lead = line.slice(0, from).replace(/[^\t]/g, ' ');
  out += `${gutter()}${lead}${style.error('^'.repeat(Math.max(1, to - from)))}\n`;
  return out;
}

/** `2 errors, 1 warning`. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`];
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}
