/**
 * Training and evaluating a checked model into a run folder: the runtime's entry points.
 * The CLI finds the spec, the data and the backend; this owns everything under the run folder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../../errors.js';
import type { NetModel } from '../../model.js';
import { stepThreads } from '../parallel/index.js';
import type { ImageSplit } from './batches.js';
import { loadCheckpoint } from './checkpoint.js';
import { evaluate } from './evaluate.js';
import { trainLoop, type LoopEvents, type LoopOutcome } from './loop.js';
import type { EpochMetrics } from './metrics.js';
import { confusionSvg } from './plots.js';
import { exists, loadModelFolder, RUN_FILES, writeFileAtomic } from './run-folder.js';

export { createRunFolder, isRunFolder, RUN_FILES } from './run-folder.js';
export { METRIC_KEYS, epochJson, type EpochMetrics } from './metrics.js';
export type { LoopEvents } from './loop.js';

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

/** How the data was chosen, kept in run.json so `--resume` reads the same examples. */
export interface RunInfo {
  version: 1;
  /** The command line that started the run. */
  command: string[];
  /** --data as an absolute path, if given. */
  data_dir: string | null;
  train_limit: number | null;
  val_limit: number | null;
  created: string;
  /** Class names by label, for a folder dataset (the built-in ones are known by name). */
  classes?: string[];
}

/** The run's summary.json. */
export interface RunSummary {
  status: LoopOutcome['status'];
  name: string;
  epochs: number;
  epochs_completed: number;
  /** The last finished epoch's metrics. */
  final: EpochMetrics | null;
  /** Where an interrupted or diverged run stopped (1-based; batch 0 = before the epoch began). */
  stopped_at: { epoch: number; batch: number } | null;
  backend: string;
  device: string;
  /** Threads each training step ran on (data-parallel shards; see runtime/parallel). */
  threads: number;
  tfjs_version: string;
  dataset: { name: string; train_count: number; val_count: number; files: Record<string, string> };
  /** Wall time of all sessions of the run, resumes included. */
  wall_seconds: number;
  command: string[];
  seed: number;
  /** How many times the run was resumed. */
  resumes: number;
}

export interface RunOptions {
  model: NetModel;
  data: TrainingData;
  runDir: string;
  /** New runs: the resolved spec (YAML text) to keep, and how the data was chosen. */
  start?: { specYaml: string; info: RunInfo };
  /** Go on from the run folder's checkpoint. */
  resume?: boolean;
  backend: { name: string; device: string };
  command: readonly string[];
  signal?: AbortSignal;
  events?: LoopEvents;
  /** Threads per step (1 = one); default: every core on wasm (see runtime/parallel). */
  threads?: number;
  /** Batches between loss readbacks (see trainLoop). */
  syncEvery?: number;
}

/** What a training session ended with. */
export type RunResult = LoopOutcome & { summary: RunSummary };

/** Trains (or resumes) a run in `options.runDir`; every file there is written atomically. */
export async function runTraining(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const { model, data, runDir } = options;
  checkDataFits(model, data);
  let previous: RunSummary | undefined;
  if (options.start) {
    await writeFileAtomic(path.join(runDir, RUN_FILES.run), `${JSON.stringify(options.start.info, null, 2)}\n`);
    await writeFileAtomic(path.join(runDir, RUN_FILES.spec), options.start.specYaml);
  } else {
    previous = await readJson<RunSummary>(path.join(runDir, RUN_FILES.summary));
  }
  const resume = options.resume ? await loadCheckpoint(runDir) : undefined;
  if (resume && resume.state.epoch >= model.train.epochs) {
    resume.net.dispose();
    tf.dispose(resume.optimizerWeights.map((w) => w.tensor));
    throw new UserError('RUN_FINISHED', { runDir, epochs: model.train.epochs });
  }
  const outcome = await trainLoop({
    model, train: data.train, val: data.test, classes: data.classes.length, runDir, resume: resume,
    signal: options.signal, events: options.events, threads: options.threads, syncEvery: options.syncEvery,
  });
  const summary: RunSummary = {
    status: outcome.status,
    name: model.name,
    epochs: model.train.epochs,
    epochs_completed: outcome.metrics.length,
    final: outcome.metrics.at(-1) ?? null,
    stopped_at: outcome.status === 'completed' ? null : { epoch: outcome.epoch, batch: outcome.batch },
    backend: options.backend.name,
    device: options.backend.device,
    threads: stepThreads(options.threads, tf.getBackend()),
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
  await writeFileAtomic(path.join(runDir, RUN_FILES.summary), `${JSON.stringify(summary, null, 2)}\n`);
  return { ...outcome, summary };
}

/** Reads run.json of a run folder (limits and data folder to resume with). */
export async function readRunInfo(runDir: string): Promise<RunInfo | undefined> {
  return readJson<RunInfo>(path.join(runDir, RUN_FILES.run));
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
  const net = await loadModelFolder(path.join(runDir, RUN_FILES.model));
  try {
    checkDataFits(model, { train: split, test: split });
    const result = await evaluate(net, model, split, classes.length, 256);
    const per_class = result.confusion.map((row, k) => {
      const count = row.reduce((a, b) => a + b, 0);
      return { class: classes[k], accuracy: count ? row[k] / count : 0, count };
    });
    await writeFileAtomic(path.join(runDir, RUN_FILES.confusion), await confusionSvg(result.confusion, classes));
    return { accuracy: result.accuracy, loss: result.loss, per_class, confusion: result.confusion };
  } finally {
    net.dispose();
  }
}

/** The images must be the model's input size (the built-in datasets are 28×28×1). */
function checkDataFits(model: NetModel, data: { train: ImageSplit; test: ImageSplit }): void {
  const [h, w, c] = model.input;
  const { height, width, channels = 1 } = data.train;
  if (h !== height || w !== width || c !== channels) {
    throw new UserError('INPUT_MISMATCH', {
      model: `${h}×${w}×${c}`, images: `${height}×${width}×${channels}`, hint: `set input: [${height}, ${width}, ${channels}] (pad inside the network, e.g. conv padding, for a larger field)`,
    });
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  if (!(await exists(file))) return undefined;
  return JSON.parse(await readFile(file, 'utf8')) as T;
}
