/**
 * lenetc as a library, the Node side (`lenetc/node`): spec files and their extends chains,
 * datasets (built-in or a folder of your own images), building, training and evaluating with
 * TensorFlow.js, trained model folders, images. The compiler itself is `lenetc`.
 *
 * ```ts
 * import { checkSpecFile, loadModelData, train, evaluateRun } from 'lenetc/node';
 * const spec = checkSpecFile('specs/modern.yaml');
 * if (!spec?.ok) throw new Error('spec has errors');
 * const data = await loadModelData(spec.model!, { trainLimit: 5000 });
 * await train(spec, data, { runDir: 'runs/modern' });
 * console.log((await evaluateRun('runs/modern', spec.model!, data.test, data.classes)).accuracy);
 * ```
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { stringify } from 'yaml';
import { isFolderDataset } from '../model.js';
import type { CheckResult } from '../pipeline.js';
import { selectBackend, type BackendName } from './backend.js';
import { runTraining, RunFolder, type LoopEvents, type RunInfo, type RunResult, type TrainingData } from './train.js';
import { evaluate as evaluateSplit } from '../tfjs/evaluate.js';
import type { ImageSplit } from '../train/data/split.js';
import { resolvedSpecText } from './check-file.js';

export { checkSpecFile, type CheckFileOptions } from './check-file.js';
export { readModelFolder, type ModelFolder } from './model-folder.js';
export { nodeSpecReader } from './reader.js';
export { buildModel } from '../tfjs/build.js';
export { selectBackend, type BackendChoice, type BackendName } from './backend.js';
export { loadDataset, loadModelData, folderClasses, CLASS_NAMES, DataError, type LoadedDataset, type LoadOptions, type ImageSplit } from './data/index.js';
export { loadFolderDataset, type FolderOptions, type FolderSplit } from './data/folder.js';
export { evaluateRun, type EvalResult, type RunResult, type RunSummary, type TrainingData } from './train.js';
export type { EpochMetrics, LoopEvents } from './train.js';
export { loadModelFolder } from './train.js';
export { modelFiles } from '../tfjs/model-files.js';
export { imageToInput, type ImageInput, type ImageInputOptions } from './image/index.js';
export { classProbabilities, topClasses, type ClassScore } from '../tfjs/predict.js';

/** How `train` runs. */
export interface TrainOptions {
  /** The run folder (created if missing; it must be empty): metrics, curves, checkpoints, the model, as `lenetc train` writes them. */
  runDir: string;
  /**
   * What trains (default `auto`: the fastest that works here): `webgpu` is lenetc's compiled
   * WebGPU program, as `lenetc train --backend webgpu` runs it; the others are tfjs backends.
   */
  backend?: BackendName;
  /** CPU threads per step on wasm (default: every core; 1 = off). */
  threads?: number;
  /** Progress callbacks: epoch start, each batch, each finished epoch. */
  events?: LoopEvents;
  /** Aborting it finishes the batch, writes a checkpoint and returns `interrupted`. */
  signal?: AbortSignal;
}

/**
 * Trains a checked spec (`checkSpecFile`'s result, or `checkSpec`'s) on `data` into a run
 * folder, as `lenetc train` does; `lenetc eval`, `predict` and `export` read the folder after.
 */
export async function train(spec: Pick<CheckResult, 'model' | 'resolved' | 'plan'>, data: TrainingData, options: TrainOptions): Promise<RunResult> {
  const model = spec.model;
  if (!model) throw new Error('train: the spec has errors (no model); check it first');
  const backend = await selectBackend(options.backend ?? 'auto', { engine: true });
  const folder = await RunFolder.create(process.cwd(), model.name, path.resolve(options.runDir));
  const command = ['lenetc/node', 'train'];
  const info: RunInfo = {
    version: 1, command, data_dir: null, train_limit: null, val_limit: null, created: new Date().toISOString(),
    ...(isFolderDataset(model.train.dataset) ? { classes: [...data.classes] } : {}),
  };
  try {
    return await runTraining({
      model, data, folder, backend, command, threads: options.threads, events: options.events, signal: options.signal, plan: spec.plan,
      start: { specYaml: resolvedSpecText(spec, (v) => stringify(v)), info },
    });
  } finally {
    await folder.release();
  }
}

/** Loss (mean cross-entropy), accuracy and confusion[true][predicted] of `net` on `split`, in inference mode. */
export async function evaluate(net: tf.LayersModel, split: ImageSplit): Promise<{ loss: number; accuracy: number; confusion: number[][] }> {
  const classes = (net.outputs[0]!.shape as [null, number])[1];
  return evaluateSplit(net, split, classes, 256);
}
