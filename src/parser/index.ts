/**
 * The parser stage: YAML text → the normalized NetModel, with every problem as a located
 * diagnostic. Reads other files only through `options.reader`, so it stays free of I/O.
 */
import { hasErrors, type Diagnostic, type SpecEdit, type SpecPath } from '../diagnostics.js';
import { loadDocument, nodeAt, rangeOf, type LoadedDocument } from './document.js';
import { expandBlocks, writtenPath } from './blocks.js';
import { resolveExtends } from './extends.js';
import { normalizeSpec } from './normalize.js';
import { applyOverrides, OVERRIDE_SOURCE, type Override } from './overrides.js';
import { decodeSource } from './source.js';
import type { ParseInput, ParseOptions, ParseResult, SourceLocation } from './types.js';
import { validateSpec } from './validate.js';

/** Parses, merges, overrides, validates and normalizes one spec. */
export function parseSpec(input: ParseInput, options: ParseOptions): ParseResult {
  const sources = new Map<string, string>();
  const decoded = decodeSource(input.file, input.text);
  if (decoded.text === undefined) {
    if (decoded.shown !== undefined) sources.set(input.file, decoded.shown);
    return { diagnostics: decoded.diagnostics, sources, locate: () => undefined, written: () => undefined };
  }
  sources.set(input.file, decoded.text);

  const chain = resolveExtends(loadDocument(input.file, decoded.text), options.reader);
  for (const [file, text] of chain.sources) sources.set(file, text);
  const diagnostics: Diagnostic[] = [...chain.diagnostics];
  let overrides: Override[] = [];
  let resolved = chain.merged;
  if (resolved && options.overrides?.length) {
    const applied = applyOverrides(resolved, options.overrides);
    sources.set(OVERRIDE_SOURCE, applied.text);
    diagnostics.push(...applied.diagnostics);
    overrides = applied.overrides;
    resolved = applied.spec;
  }
  const written = (path: SpecPath, key = false) => locateIn(overrides, chain.documents, path, key);
  // before blocks expand, a path is written as it is
  const fileOf = (path: SpecPath) => {
    const where = written(path);
    return where && { file: where.file, path };
  };
  if (!resolved) return { diagnostics, sources, locate: written, written: fileOf };

  diagnostics.push(...validateSpec(resolved, written));
  if (hasErrors(diagnostics)) return { diagnostics, sources, resolved, locate: written, written: fileOf };
  const expansion = expandBlocks(resolved);
  const expanded = (path: SpecPath) => fileOf(writtenPath(expansion, path).path);
  // paths into the expanded spec: a layer from a block is located where its text is, with notes at its uses
  const locate = (path: SpecPath, key = false): SourceLocation | undefined => {
    const origin = writtenPath(expansion, path);
    const where = written(origin.path, key);
    if (!where || !origin.notes.length) return where;
    return { ...where, notes: origin.notes.map((n) => ({ ...n, ...(n.path ? written(n.path) : {}) })) };
  };
  // the expansion's own problems are at paths as written, not in the expanded spec
  diagnostics.push(...expansion.diagnostics.map((d) => locateDiagnostic(d, written)));
  // the layers a block wrote out are checked as layers, now that their parameters have values
  // (those that expanded, even when others did not: every problem at once)
  const fromBlocks = new Set(expansion.origins.flatMap((o, i) => (o.uses.length ? [i] : [])));
  const tooLarge = expansion.diagnostics.some((d) => d.code === 'BLOCK_TOO_LARGE');
  if (fromBlocks.size && !tooLarge) {
    // one problem in a block's text is reported once, not once per copy
    const known = new Set(diagnostics.map((d) => `${d.code} ${d.file} ${d.range?.[0]}`));
    const { blocks: _written, ...expanded } = expansion.spec;
    for (const d of validateSpec(expanded, locate)) {
      const key = `${d.code} ${d.file} ${d.range?.[0]}`;
      if (!(d.path?.[0] === 'layers' && fromBlocks.has(d.path[1] as number)) || known.has(key)) continue;
      known.add(key);
      diagnostics.push(d);
    }
  }
  if (hasErrors(diagnostics)) return { diagnostics, sources, resolved, locate, written: expanded };
  const normalized = normalizeSpec(expansion.spec, expansion);
  diagnostics.push(...normalized.diagnostics.map((d) => locateDiagnostic(d, locate)));
  return { model: normalized.model, diagnostics, sources, resolved, locate, written: expanded };
}

/** `d` placed where its path was written, with its notes placed too. */
export function locateDiagnostic(d: Diagnostic, locate: (path: SpecPath) => SourceLocation | undefined): Diagnostic {
  const where = d.path && !d.file ? locate(d.path) : undefined;
  const notes = [...(where?.notes ?? []), ...(d.notes ?? []).map((n) => (n.path && !n.file ? { ...n, ...locate(n.path) } : n))];
  return { ...d, ...(where ? { file: where.file, range: where.range } : {}), ...(notes.length ? { notes } : {}) };
}

/**
 * `d` with its fixes' edits placed: each path as written, in the file to edit (see
 * ParseResult.written). An edit that cannot be placed keeps its path and gets no file.
 */
export function placeFixes(d: Diagnostic, written: ParseResult['written']): Diagnostic {
  if (!d.fixes) return d;
  const place = (edit: SpecEdit): SpecEdit => {
    if (edit.file !== undefined) return edit;
    const at = written('insert' in edit ? edit.insert.before : 'remove' in edit ? edit.remove : edit.path);
    if (!at) return edit;
    if ('insert' in edit) return { insert: { ...edit.insert, before: at.path }, file: at.file };
    if ('remove' in edit) return { remove: at.path, file: at.file };
    return { ...edit, path: at.path, file: at.file };
  };
  return { ...d, fixes: d.fixes.map((fix) => ({ edits: fix.edits.map(place) })) };
}

/**
 * The source that decided `path`'s value: the last override on it or an ancestor, else the
 * entry file, else its bases in order; if no source has the path, its nearest ancestor that one has.
 */
function locateIn(overrides: readonly Override[], documents: readonly LoadedDocument[], path: SpecPath, key: boolean): SourceLocation | undefined {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const wantKey = key && length === path.length;
    for (let i = overrides.length - 1; i >= 0; i--) {
      const o = overrides[i]!;
      if (!startsWith(prefix, o.path)) continue;
      // the override replaced this whole subtree: the answer is inside its value, or its line
      const rest = prefix.slice(o.path.length);
      for (let n = rest.length; n >= 0; n--) {
        const range = rangeOf(nodeAt(o.valueDoc, rest.slice(0, n), wantKey && n === rest.length));
        if (range) return { file: OVERRIDE_SOURCE, range: [range[0] + o.valueStart, range[1] + o.valueStart] };
      }
      return { file: OVERRIDE_SOURCE, range: o.range };
    }
    for (const document of documents) {
      const range = rangeOf(nodeAt(document.doc, prefix, wantKey));
      if (range) return { file: document.file, range };
    }
  }
  return undefined;
}

function startsWith(path: SpecPath, prefix: SpecPath): boolean {
  return prefix.length <= path.length && prefix.every((step, i) => String(step) === String(path[i]));
}
