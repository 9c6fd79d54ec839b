/** Chains the compiler stages: parse and validate, then infer shapes. No I/O here. */
import { hasErrors, type Diagnostic } from './diagnostics.js';
import type { NetModel } from './model.js';
import { parseSpec } from './parser/index.js';
import type { ParseInput, ParseOptions, ParseResult } from './parser/types.js';
import { inferShapes } from './shape-inference/index.js';
import type { ShapeReport } from './shape-inference/types.js';

/** What checking one spec found. */
export interface CheckResult {
  ok: boolean;
  model?: NetModel;
  shapes?: ShapeReport;
  /** Parser and shape diagnostics, each located (file + range) where possible. */
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  resolved?: unknown;
}

/** Parses, validates and shape-checks one spec. */
export function checkSpec(input: ParseInput, options: ParseOptions): CheckResult {
  const parsed: ParseResult = parseSpec(input, options);
  const diagnostics = [...parsed.diagnostics];
  let shapes: ShapeReport | undefined;
  if (parsed.model) {
    shapes = inferShapes(parsed.model);
    for (const d of shapes.diagnostics) {
      const where = d.path && !d.file ? parsed.locate(d.path) : undefined;
      diagnostics.push(where ? { ...d, file: where.file, range: where.range } : d);
    }
  }
  const ok = parsed.model !== undefined && !hasErrors(diagnostics);
  return { ok, model: parsed.model, shapes, diagnostics, sources: parsed.sources, resolved: parsed.resolved };
}
