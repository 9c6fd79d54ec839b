/** Chains the compiler stages: parse and validate, infer shapes, plan the layers. No I/O here. */
import { hasErrors, say, warning, type Diagnostic, type SpecPath } from './diagnostics.js';
import { isFolderDataset, type NetModel } from './model.js';
import { locateDiagnostic, parseSpec, placeFixes } from './parser/index.js';
import { OVERRIDE_SOURCE } from './parser/overrides.js';
import { planModel, type ModelPlan } from './plan/index.js';
import type { ParseInput, ParseOptions, ParseResult } from './parser/types.js';
import { inferShapes } from './shape-inference/index.js';
import type { DatasetFacts } from './shape-inference/checks.js';
import type { ShapeReport } from './shape-inference/types.js';

/** What `checkSpec` needs besides the source. */
export interface CheckOptions extends ParseOptions {
  /**
   * The class names of a folder dataset (its subfolders), or undefined when the folder cannot
   * be read; the caller reads the folder, so the stages stay free of I/O. Without it a folder
   * dataset's class count is not checked.
   */
  folderClasses?: (path: string) => readonly string[] | undefined;
  /**
   * The spec is about to train: hold it to the data set it trains on even when it names none
   * (the default one), where `check` holds an architecture to no data set.
   */
  forTraining?: boolean;
}

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
  /** A diagnostic of a later stage (one with a spec `path`), placed at the file and range that path was written at, its fixes' edits where they are written. */
  locate(diagnostic: Diagnostic): Diagnostic;
}

/**
 * A problem caused by a `--set` but shown in a file the user did not edit (an inherited layer
 * that no longer fits) is reported at the override, with the inherited line as a note.
 */
function towardOverride(d: Diagnostic): Diagnostic {
  const cause = d.notes?.find((n) => n.file === OVERRIDE_SOURCE);
  if (!cause || d.file === undefined || d.file === OVERRIDE_SOURCE) return d;
  const inherited = { message: say('FAILS_HERE', {}).message, file: d.file, range: d.range };
  return { ...d, file: cause.file, range: cause.range, notes: [inherited, ...d.notes!] };
}

/** What stands in for a layer's value the schema refused, while the rest of the network is shape-checked. */
const PLACEHOLDERS: Record<string, unknown> = { filters: 1, units: 1, kernel: 1, size: 1, stride: 1, padding: 0, rate: 0 };
/** The values that decide shapes: a layer with a placeholder among them makes every shape after it unknown. */
const SHAPING = new Set(['filters', 'units', 'kernel', 'size', 'stride', 'padding', 'from']);

/**
 * Shape problems of a spec the schema refused, in the parts the refusal does not touch: every
 * problem at once, not the schema's now and the shapes' after they are fixed. Each refused value
 * of a layer gets a placeholder; the layers after one whose shape it decides are not judged,
 * nor the placeholders themselves. Only for layers written in `layers` (no blocks), so a path
 * means one place.
 */
function shapesDespite(parsed: ParseResult, options: CheckOptions): Diagnostic[] {
  const spec = parsed.resolved;
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!isSpecMap(spec) || !Array.isArray(spec.layers) || spec.blocks !== undefined || !errors.length) return [];
  const patched = structuredClone(spec) as { layers: unknown[] } & Record<string, unknown>;
  const placed: SpecPath[] = [];
  for (const d of errors) {
    const [top, index, kind, field] = d.path ?? [];
    const entry = typeof index === 'number' ? patched.layers[index] : undefined;
    const params = isSpecMap(entry) && typeof kind === 'string' ? entry[kind] : undefined;
    if (top !== 'layers' || !isSpecMap(params) || typeof field !== 'string' || field === 'from') return [];
    if (Object.hasOwn(PLACEHOLDERS, field)) params[field] = PLACEHOLDERS[field];
    else delete params[field];
    placed.push(['layers', index, kind, field] as SpecPath);
  }
  const again = parseSpec({ file: '<placeholders>', text: JSON.stringify(patched) }, { reader: options.reader });
  if (!again.model) return [];
  const layers = again.model.layers;
  // the layers whose shape a placeholder decides, and every layer that takes their output
  const unknown = new Set(placed.filter((p) => SHAPING.has(String(p[3]))).map((p) => layers[p[1] as number]!.name));
  for (const l of layers) if (l.inputs.some((i) => unknown.has(i))) unknown.add(l.name);
  const judged = (d: Diagnostic) => {
    const [top, index] = d.path ?? [];
    if (top !== 'layers' || typeof index !== 'number') return false;
    const own = unknown.has(layers[index]!.name) && !placed.some((p) => p[1] === index);
    const onPlaceholder = placed.some((p) => p.every((step, i) => d.path![i] === step));
    return !own && !onPlaceholder && !layers[index]!.inputs.some((i) => unknown.has(i));
  };
  return inferShapes(again.model).diagnostics.filter(judged);
}

function isSpecMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses, validates and shape-checks one spec, and plans its layers when it is valid. A folder
 * dataset's path is resolved against the spec file that wrote it.
 */
export function checkSpec(input: ParseInput, options: CheckOptions): CheckResult {
  const parsed: ParseResult = parseSpec(input, options);
  const diagnostics = [...parsed.diagnostics];
  let shapes: ShapeReport | undefined;
  let model = parsed.model;
  let data: DatasetFacts | undefined;
  if (model && isFolderDataset(model.train.dataset)) {
    const where = parsed.locate(['train', 'dataset']);
    const dataset = { ...model.train.dataset, path: options.reader.resolve(where?.file ?? input.file, model.train.dataset.folder) };
    model = { ...model, train: { ...model.train, dataset } };
    const classes = options.folderClasses?.(dataset.path);
    if (classes && classes.length >= 2) data = { name: dataset.folder, classes: classes.length };
    else if (options.folderClasses) {
      // a warning: check, emit and graph need no data, and train says the same as an error
      const found = classes === undefined ? 'no readable folder' : `${classes.length} subfolder${classes.length === 1 ? '' : 's'}`;
      diagnostics.push(warning('DATASET_FOLDER', { path: dataset.path, found }, { ...where, path: ['train', 'dataset'] }));
    }
  }
  const locate = (d: Diagnostic): Diagnostic => towardOverride(placeFixes(locateDiagnostic(d, parsed.locate), parsed.written));
  if (model) {
    const held = options.forTraining && model.train.datasetImplied ? { ...model, train: { ...model.train, datasetImplied: false } } : model;
    shapes = inferShapes(held, data);
    diagnostics.push(...shapes.diagnostics.map(locate));
  } else {
    diagnostics.push(...shapesDespite(parsed, options).map(locate));
  }
  const ok = model !== undefined && !hasErrors(diagnostics);
  const plan = ok && model && shapes ? planModel(model, shapes) : undefined;
  return { ok, model, shapes, plan, diagnostics, sources: parsed.sources, resolved: parsed.resolved, locate };
}
