/** Checking a spec file on disk: the pipeline with Node's file system behind its readers. */
import path from 'node:path';
import { isFolderDataset } from '../model.js';
import { checkSpec, type CheckResult } from '../pipeline.js';
import { folderClasses } from './data/classes.js';
import { nodeSpecReader, readBytes } from './reader.js';

/** Where `checkSpecFile` reads from, and what it applies. */
export interface CheckFileOptions {
  /** Relative paths are taken from here (default: the process's working directory). */
  cwd?: string;
  /** `--set` overrides, each `dotted.path=yamlValue`. */
  overrides?: readonly string[];
  /** The spec is about to train: see CheckOptions.forTraining. */
  forTraining?: boolean;
}

/**
 * Reads and checks the spec `file` (its `extends` chain too); a folder dataset is compared
 * with its class subfolders and comes back as an absolute path. Undefined when `file` cannot
 * be read. Diagnostics name `file` as given.
 */
export function checkSpecFile(file: string, options: CheckFileOptions = {}): CheckResult | undefined {
  const cwd = options.cwd ?? process.cwd();
  const bytes = readBytes(path.resolve(cwd, file));
  if (bytes === undefined) return undefined;
  const result = checkSpec({ file, text: bytes }, {
    reader: nodeSpecReader(cwd),
    overrides: options.overrides,
    forTraining: options.forTraining,
    folderClasses: (dir) => folderClasses(path.resolve(cwd, dir)),
  });
  // the reader's paths are relative to cwd; the runtime opens a data folder as an absolute one
  const dataset = result.model?.train.dataset;
  if (result.model && dataset && isFolderDataset(dataset)) {
    result.model = { ...result.model, train: { ...result.model.train, dataset: { ...dataset, path: path.resolve(cwd, dataset.path) } } };
  }
  return result;
}

/**
 * The resolved spec as a run keeps it: a folder dataset as its absolute path (the run folder's
 * spec is read from elsewhere later, and a queued point on another machine).
 */
export function runSpec(result: Pick<CheckResult, 'model' | 'resolved'>): unknown {
  const dataset = result.model?.train.dataset;
  if (!dataset || !isFolderDataset(dataset)) return result.resolved;
  const spec = result.resolved as { train?: Record<string, unknown> };
  return { ...spec, train: { ...spec.train, dataset: dataset.path } };
}

/** The text of a run folder's spec.resolved.yaml for a checked spec: runSpec as YAML. */
export function resolvedSpecText(result: Pick<CheckResult, 'model' | 'resolved'>, stringify: (value: unknown) => string): string {
  return stringify(runSpec(result));
}
