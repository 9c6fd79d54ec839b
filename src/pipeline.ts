/** Chains the compiler stages: parse and validate, infer shapes, plan the layers. No I/O here. */
import { hasErrors, warning, type Diagnostic } from './diagnostics.js';
import { isFolderDataset, type NetModel } from './model.js';
import { parseSpec } from './parser/index.js';
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
  /** A diagnostic of a later stage (one with a spec `path`), placed at the file and range that path was written at. */
  locate(diagnostic: Diagnostic): Diagnostic;
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
  const locate = (d: Diagnostic): Diagnostic => {
    const where = d.path && !d.file ? parsed.locate(d.path) : undefined;
    return where ? { ...d, file: where.file, range: where.range } : d;
  };
  if (model) {
    const held = options.forTraining && model.train.datasetImplied ? { ...model, train: { ...model.train, datasetImplied: false } } : model;
    shapes = inferShapes(held, data);
    diagnostics.push(...shapes.diagnostics.map(locate));
  }
  const ok = model !== undefined && !hasErrors(diagnostics);
  const plan = ok && model && shapes ? planModel(model, shapes) : undefined;
  return { ok, model, shapes, plan, diagnostics, sources: parsed.sources, resolved: parsed.resolved, locate };
}
