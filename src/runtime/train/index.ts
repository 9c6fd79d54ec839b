/**
 * Training and evaluating a checked model into a run folder: the runtime's entry points.
 * The CLI finds the spec, the data and the backend; this owns everything under the run folder.
 * The loop itself (./loop.ts) is engine- and host-neutral; here it meets tfjs and the disk.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../../errors.js';
import type { NetModel } from '../../model.js';
import type { ImageSplit } from '../data/split.js';
import { stepThreads } from '../parallel/index.js';
import { evaluate } from './evaluate.js';
import { trainLoop, type LoopOptions, type LoopOutcome } from './loop.js';
import { loadModel } from './model-files.js';
import { confusionSvg } from './plots.js';
import { readModelFolder, RUN_FILES, RunFolder, type RunInfo } from './run-folder.js';
import type { RunSummary } from './store.js';
import { startTfjsTrainer } from './tfjs-trainer.js';
import type { StartTrainer } from './trainer.js';

export { createRunFolder, isRunFolder, RUN_FILES, RunFolder, type RunInfo } from './run-folder.js';
export { METRIC_KEYS, epochJson, type EpochMetrics } from './metrics.js';
export type { LoopEvents } from './loop.js';
export type { RunSummary } from './store.js';

/** The dataset as training needs it (a LoadedDataset from runtime/data fits). */
export interface TrainingData {
  name: string;
  /** Class names, indexed by label. */
  classes: readonly string[];
  train: ImageSplit;
  /** The validation split. */
  test: ImageSplit;
  files: Record<string, { path: string; sha256: string }>;
}

/** What runTraining needs beyond the loop's own options. */
export interface RunOptions extends Pick<LoopOptions, 'model' | 'signal' | 'events' | 'syncEvery'> {
  data: TrainingData;
  runDir: string;
  /** New runs: the resolved spec (YAML text) to keep, and how the data was chosen. */
  start?: { specYaml: string; info: RunInfo };
  /** Go on from the run folder's checkpoint. */
  resume?: boolean;
  backend: { name: string; device: string };
  command: readonly string[];
  /** Threads per step (1 = one); default: every core on wasm (see runtime/parallel). */
  threads?: number;
  /** The engine that runs the steps (default: tfjs on the active backend). */
  engine?: StartTrainer;
}

/** What a training session ended with. */
export type RunResult = LoopOutcome & { summary: RunSummary };

/** Trains (or resumes) a run in `options.runDir` with tfjs on the active backend. */
export async function runTraining(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const { model, data, runDir } = options;
  checkDataFits(model, data);
  const store = new RunFolder(runDir);
  let previous: RunSummary | undefined;
  if (options.start) await store.saveStart(options.start.info, options.start.specYaml);
  else previous = await store.loadSummary();
  const checkpoint = options.resume ? await store.loadCheckpoint() : undefined;
  if (options.resume && !checkpoint) {
    throw new UserError(`${runDir} has no checkpoint to resume from`, 'a run writes one after each epoch; start it again with lenetc train SPEC');
  }
  if (checkpoint && checkpoint.state.epoch >= model.train.epochs) {
    throw new UserError(`${runDir} already finished all ${model.train.epochs} epochs`, 'nothing to resume; evaluate it with lenetc eval');
  }
  const threads = stepThreads(options.threads, tf.getBackend());
  const trainer = await (options.engine ?? startTfjsTrainer)({
    model, train: data.train, classes: data.classes.length, threads,
    restore: checkpoint?.trainer, restoreFrom: path.join(runDir, RUN_FILES.checkpoint),
  });
  let outcome: LoopOutcome;
  try {
    outcome = await trainLoop({
      model, trainer, store, train: data.train, val: data.test, resume: checkpoint?.state,
      signal: options.signal, events: options.events, syncEvery: options.syncEvery,
    });
  } finally {
    await trainer.dispose();
  }
  const summary: RunSummary = {
    status: outcome.status,
    name: model.name,
    epochs: model.train.epochs,
    epochs_completed: outcome.metrics.length,
    final: outcome.metrics.at(-1) ?? null,
    stopped_at: outcome.status === 'completed' ? null : { epoch: outcome.epoch, batch: outcome.batch },
    backend: options.backend.name,
    device: options.backend.device,
    threads,
    tfjs_version: tf.version.tfjs,
    dataset: {
      name: data.name, train_count: data.train.count, val_count: data.test.count,
      files: Object.fromEntries(Object.entries(data.files).map(([k, f]) => [k, f.sha256])),
    },
    wall_seconds: (previous?.wall_seconds ?? 0) + (performance.now() - started) / 1000,
    command: [...options.command],
    seed: model.train.seed,
    resumes: (previous?.resumes ?? 0) + (options.resume ? 1 : 0),
  };
  await store.saveSummary(summary);
  return { ...outcome, summary };
}

/** Reads run.json of a run folder (limits and data folder to resume with). */
export function readRunInfo(runDir: string): Promise<RunInfo | undefined> {
  return new RunFolder(runDir).loadInfo();
}

/** The tfjs network saved in the model folder `dir` (model.json and its weights). */
export async function loadModelFolder(dir: string): Promise<tf.LayersModel> {
  return loadModel(await readModelFolder(dir), dir);
}

/** eval's result. */
export interface EvalResult {
  accuracy: number;
  loss: number;
  per_class: { class: string; accuracy: number; count: number }[];
  /** confusion[true][predicted] */
  confusion: number[][];
}

/** Evaluates the run's saved model/ on `split` and writes confusion.svg into the run folder. */
export async function evaluateRun(runDir: string, model: NetModel, split: ImageSplit, classes: readonly string[]): Promise<EvalResult> {
  checkDataFits(model, { train: split, test: split });
  const net = await loadModelFolder(path.join(runDir, RUN_FILES.model));
  try {
    const result = await evaluate(net, split, classes.length, 256);
    const per_class = result.confusion.map((row, k) => {
      const count = row.reduce((a, b) => a + b, 0);
      return { class: classes[k], accuracy: count ? row[k] / count : 0, count };
    });
    await new RunFolder(runDir).saveConfusion(await confusionSvg(result.confusion, classes));
    return { accuracy: result.accuracy, loss: result.loss, per_class, confusion: result.confusion };
  } finally {
    net.dispose();
  }
}

/** The images must be the model's input size and grey (the datasets are 28×28×1). */
function checkDataFits(model: NetModel, data: { train: ImageSplit; test: ImageSplit }): void {
  const [h, w, c] = model.input;
  const { height, width } = data.train;
  if (h !== height || w !== width || c !== 1) {
    throw new UserError(
      `the model's input is ${h}×${w}×${c} but the dataset's images are ${height}×${width}×1`,
      `set input: [${height}, ${width}, 1] (pad inside the network, e.g. conv padding, for a larger field)`,
    );
  }
}
