/** Chains the compiler stages: parse and validate, infer shapes, plan the layers. No I/O here. */
import { hasErrors, type Diagnostic } from './diagnostics.js';
import type { NetModel } from './model.js';
import { parseSpec } from './parser/index.js';
import { planModel, type ModelPlan } from './plan/index.js';
import type { ParseInput, ParseOptions, ParseResult } from './parser/types.js';
import { inferShapes } from './shape-inference/index.js';
import type { ShapeReport } from './shape-inference/types.js';

/** What checking one spec found. */
export interface CheckResult {
  ok: boolean;
  model?: NetModel;
  shapes?: ShapeReport;
  /** The layer plan (unseeded initializers), when the spec checked without errors. */
  plan?: ModelPlan;
  /** Parser and shape diagnostics, each located (file + range) where possible. */
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  resolved?: unknown;
}

/** Parses, validates and shape-checks one spec, and plans its layers when it is valid. */
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
  const plan = ok && parsed.model && shapes ? planModel(parsed.model, shapes) : undefined;
  return { ok, model: parsed.model, shapes, plan, diagnostics, sources: parsed.sources, resolved: parsed.resolved };
}
