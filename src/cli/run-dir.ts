/**
 * What commands that read a trained run share beyond the run folder module
 * (runtime/train/run-folder.ts): its class names and its test split, for folder datasets too.
 */
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isFolderDataset } from '../model.js';
import { CLASS_NAMES } from '../runtime/data/catalog.js';
import type { LoadedDataset } from '../runtime/data/index.js';
import { runDataset } from '../runtime/train/run-folder.js';
import type { CliIO } from './io.js';
import { checkFile } from './spec.js';

/**
 * The run's class names by label: run.json's `classes` (written for folder datasets), else
 * those of its built-in dataset.
 */
export async function runClasses(runDir: string): Promise<readonly string[]> {
  const recorded = await readFile(path.join(runDir, 'run.json'), 'utf8')
    .then((t) => (JSON.parse(t) as { classes?: unknown }).classes, () => undefined);
  if (Array.isArray(recorded) && recorded.every((c) => typeof c === 'string')) return recorded as string[];
  return CLASS_NAMES[(await runDataset(runDir)) ?? 'fashion-mnist'];
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
  return loadDataset({ dataset: (await runDataset(runDir)) ?? 'fashion-mnist', dataDir, env: io.env, trainLimit: 1 });
}
