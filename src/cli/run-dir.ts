/** What commands that read a trained run share: finding its model folder and its class names. */
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { DATASETS, isFolderDataset, type Dataset } from '../model.js';
import { CLASS_NAMES } from '../runtime/data/catalog.js';
import type { LoadedDataset } from '../runtime/data/index.js';
import type { CliIO } from './io.js';
import { checkFile } from './spec.js';

/** `RUN/model`, or RUN itself when it holds model.json; `shown` is RUN as the user wrote it. */
export function findModelDir(runDir: string, shown: string): string {
  if (fs.existsSync(path.join(runDir, 'model.json'))) return runDir;
  if (fs.existsSync(path.join(runDir, 'model', 'model.json'))) return path.join(runDir, 'model');
  if (!fs.existsSync(runDir)) throw new UserError('FILE_NOT_FOUND', { what: 'run folder', file: shown });
  throw new UserError('NO_MODEL', { dir: shown, file: 'model/model.json', hint: 'a run writes its model after the first epoch; give a run folder such as runs/<name>/<timestamp>' });
}

/** The run's built-in dataset: summary.json's, else the resolved spec's, else Fashion-MNIST. */
export async function runDataset(runDir: string): Promise<Dataset> {
  const fromSummary = await readFile(path.join(runDir, 'summary.json'), 'utf8')
    .then((t) => (JSON.parse(t) as { dataset?: { name?: unknown } }).dataset?.name, () => undefined);
  const fromSpec = fromSummary ?? await readFile(path.join(runDir, 'spec.resolved.yaml'), 'utf8')
    .then((t) => (parseYaml(t) as { train?: { dataset?: unknown } } | null)?.train?.dataset, () => undefined);
  return DATASETS.find((d) => d === fromSpec) ?? 'fashion-mnist';
}

/**
 * The run's class names by label: run.json's `classes` (written for folder datasets), else
 * those of its built-in dataset.
 */
export async function runClasses(runDir: string): Promise<readonly string[]> {
  const recorded = await readFile(path.join(runDir, 'run.json'), 'utf8')
    .then((t) => (JSON.parse(t) as { classes?: unknown }).classes, () => undefined);
  if (Array.isArray(recorded) && recorded.every((c) => typeof c === 'string')) return recorded as string[];
  return CLASS_NAMES[await runDataset(runDir)];
}

/**
 * The run's dataset with its test split whole and one training example (the rest is not
 * decoded): a folder dataset's validation split, or a built-in dataset found through
 * `--data DIR` when given, else the folder the run was trained from, else the usual lookup.
 */
export async function loadRunTestSplit(io: CliIO, runDir: string, data: string | undefined): Promise<LoadedDataset> {
  const { loadDataset, loadModelData } = await import('../runtime/data/index.js');
  const specFile = path.join(runDir, 'spec.resolved.yaml');
  const model = fs.existsSync(specFile) ? checkFile(io, specFile, []).model : undefined;
  if (model && isFolderDataset(model.train.dataset)) return loadModelData(model, { trainLimit: 1 });
  const runInfo = await readFile(path.join(runDir, 'run.json'), 'utf8').then((t) => JSON.parse(t) as { data_dir?: string | null }, () => undefined);
  const dataDir = data === undefined ? runInfo?.data_dir ?? undefined : path.resolve(io.cwd, data);
  return loadDataset({ dataset: await runDataset(runDir), dataDir, env: io.env, trainLimit: 1 });
}
