/**
 * What commands that read a trained run share beyond the run folder module
 * (node/run-folder.ts): its class names and its test split, for folder datasets too.
 */
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { datasetName, isFolderDataset } from '../model.js';
import { CLASS_NAMES } from '../train/data/catalog.js';
import type { LoadedDataset } from '../node/data/index.js';
import { runDataset } from '../node/run-folder.js';
import { shownPath, type CliIO } from './io.js';
import { closestPath } from '../node/reader.js';
import { checkFile } from './spec.js';

/** A run folder argument resolved: where it is, and how to show it. */
export interface FoundRun {
  /** Absolute. */
  dir: string;
  /** As given, or relative to the working folder when it was chosen (latest, a spec's folder). */
  shown: string;
}

/**
 * The run folder `given` names (see node/runs.ts's resolveRun: `latest`, a spec's
 * folder of runs, or the folder itself); when it was chosen rather than named, says which on
 * stderr, so the output says what it is about.
 */
export async function findRun(io: CliIO, given: string, use: 'model' | 'resume'): Promise<FoundRun> {
  const { resolveRun } = await import('../node/runs.js');
  const run = await resolveRun(io.cwd, given, use);
  if (run.how === 'given') {
    if (!fs.existsSync(run.dir)) {
      const near = closestPath(io.cwd, given, 'folder');
      throw new UserError('FILE_NOT_FOUND', { what: 'run folder', file: given, hint: near ? `did you mean ${near}?` : 'lenetc runs lists the run folders under runs/; latest is the newest' });
    }
    return { dir: run.dir, shown: given };
  }
  const shown = shownPath(io.cwd, run.dir);
  io.stderr(`${given}: ${shown} (the newest of ${run.among} run${run.among === 1 ? '' : 's'}${use === 'model' && run.among > 0 ? ' with a model' : ''})\n`);
  return { dir: run.dir, shown };
}

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
 * The data set a run trained on, as its output names it, and what its held-out split is
 * called: a built-in data set's `test` split (d2l validates on it), a folder data set's
 * `validation` split (held out from its own images; no test set of its own).
 */
export async function runSplit(io: CliIO, runDir: string): Promise<{ dataset: string; split: 'test' | 'validation' }> {
  const specFile = path.join(runDir, 'spec.resolved.yaml');
  const dataset = fs.existsSync(specFile) ? checkFile(io, specFile, []).model?.train.dataset : undefined;
  if (dataset !== undefined && isFolderDataset(dataset)) return { dataset: datasetName(dataset), split: 'validation' };
  return { dataset: (await runDataset(runDir)) ?? 'fashion-mnist', split: 'test' };
}

/**
 * The run's dataset with its test split whole and one training example (the rest is not
 * decoded): a folder dataset's validation split, or a built-in dataset found through
 * `--data DIR` when given, else the folder the run was trained from, else the usual lookup.
 */
export async function loadRunTestSplit(io: CliIO, runDir: string, data: string | undefined): Promise<LoadedDataset> {
  const { loadDataset, loadModelData } = await import('../node/data/index.js');
  const specFile = path.join(runDir, 'spec.resolved.yaml');
  const model = fs.existsSync(specFile) ? checkFile(io, specFile, []).model : undefined;
  if (model && isFolderDataset(model.train.dataset)) return loadModelData(model, { trainLimit: 1 });
  const runInfo = await readFile(path.join(runDir, 'run.json'), 'utf8').then((t) => JSON.parse(t) as { data_dir?: string | null }, () => undefined);
  const dataDir = data === undefined ? runInfo?.data_dir ?? undefined : path.resolve(io.cwd, data);
  return loadDataset({ dataset: (await runDataset(runDir)) ?? 'fashion-mnist', dataDir, env: io.env, trainLimit: 1 });
}
