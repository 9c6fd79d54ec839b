/**
 * Training and evaluating a checked model into a run folder: the one training orchestration
 * under Node, which `lenetc train` and the library's `train()` (src/node/index.ts) both call.
 * They find the spec, the data and the backend; this picks the trainer (the compiled WebGPU
 * program on a GPU backend, else tfjs on the active backend) and owns everything under the run
 * folder. The loop itself (src/train/loop.ts) is engine- and host-neutral; here it meets tfjs
 * and the disk.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { Diagnostic } from '../diagnostics.js';
import { UserError } from '../errors.js';
import type { NetModel } from '../model.js';
import type { ModelPlan } from '../plan/index.js';
import type { ImageSplit } from '../train/data/split.js';
import type { LoadedDataset } from './data/index.js';
import { stepThreads } from './parallel/index.js';
import { evaluate } from '../tfjs/evaluate.js';
import { trainLoop, type LoopOptions, type LoopOutcome } from '../train/loop.js';
import { loadModel } from '../tfjs/model-files.js';
import { confusionSvg } from '../train/plots.js';
import { checkState, identityChanges, type RunIdentity } from '../train/checkpoint.js';
import { readModelFiles } from './model-folder.js';
import { RUN_FILES, writeConfusion, type RunFolder, type RunInfo } from './run-folder.js';
import type { RunSummary } from '../train/store.js';
import { startTfjsTrainer } from './tfjs-trainer.js';
import type { StartTrainer } from '../train/trainer.js';

export { checkOut, isRunFolder, readRunInfo, readRunSummary, RUN_FILES, RunFolder, type RunInfo } from './run-folder.js';
export { METRIC_KEYS, epochJson, type EpochMetrics } from '../train/metrics.js';
export { chanceWarning, type ChanceCause, type ChanceWarning } from '../train/chance.js';
export type { LoopEvents } from '../train/loop.js';
export type { RunSummary } from '../train/store.js';

/** The dataset as training needs it: a LoadedDataset, less where it was found. */
export type TrainingData = Pick<LoadedDataset, 'name' | 'classes' | 'train' | 'test' | 'files'>;

/** What runTraining needs beyond the loop's own options. */
export interface RunOptions extends Pick<LoopOptions, 'model' | 'signal' | 'events' | 'syncEvery'> {
  data: TrainingData;
  /** The run folder, held (RunFolder.create or .open). */
  folder: RunFolder;
  /** New runs: the resolved spec (YAML text) to keep, and how the data was chosen. */
  start?: { specYaml: string; info: RunInfo };
  /** Go on from the run folder's checkpoint. */
  resume?: boolean;
  /**
   * What runs (node/backend's BackendChoice fits): summary.json records it, and the note about
   * missing kernels. With a `gpu`, the compiled WebGPU program trains on it.
   */
  backend: { name: string; device: string; note?: string; gpu?: GPUDevice; cpuProgram?: true };
  command: readonly string[];
  /** Threads per step (1 = one); default: a resumed run's own, else every core on wasm (see node/parallel). */
  threads?: number;
  /** The engine that runs the steps (default: backend.gpu's compiled program, from engineFor; else tfjs on the active backend). */
  engine?: StartTrainer;
  /** The model's plan, for compiling the engine's program (default: planned here). */
  plan?: ModelPlan;
  /**
   * Called once the session's thread layout is known, before the trainer starts (worker
   * threads take a moment to start): for saying what runs, on how many threads.
   */
  onStart?: (session: { threads: number }) => void;
  /** Each kernel of the compiled WebGPU program, `done` of `total`, as the driver compiles it (`signal` stops that). */
  onKernel?: (done: number, total: number) => void;
}

/**
 * The compiled WebGPU program's trainer for `model` on `gpu`, laid out for the device's limits;
 * or, where the program cannot run there (a batch too large for its buffers), the diagnostics
 * saying why, at the spec's line: for a caller to print before anything is written.
 */
export async function engineFor(model: NetModel, plan: ModelPlan | undefined, gpu: GPUDevice, classes: number): Promise<{ engine: StartTrainer } | { diagnostics: Diagnostic[] }> {
  const { compileFor, engineTrainer } = await import('../engine/trainer.js');
  const compiled = compileFor(gpu, model, { classes }, plan);
  return compiled.program ? { engine: engineTrainer(gpu, compiled.program) } : { diagnostics: compiled.diagnostics };
}

/** The compiled CPU program's trainer, on worker threads (loaded only when it trains). */
async function cpuEngine(): Promise<StartTrainer> {
  const [{ cpuTrainerOn }, { nodeCpuThreads }] = await Promise.all([import('../cpu/trainer.js'), import('./cpu-threads.js')]);
  return cpuTrainerOn(nodeCpuThreads);
}

/** engineFor's trainer; its first diagnostic as a GPU_PROGRAM error. */
async function requireEngine(model: NetModel, plan: ModelPlan | undefined, gpu: GPUDevice, classes: number): Promise<StartTrainer> {
  const found = await engineFor(model, plan, gpu, classes);
  if ('engine' in found) return found.engine;
  const [refusal] = found.diagnostics;
  throw new UserError('GPU_PROGRAM', { reason: refusal!.message, hint: refusal!.hint });
}

/** What a training session ended with. */
export type RunResult = LoopOutcome & { summary: RunSummary };

/**
 * Trains (or resumes) a run in `options.folder` with tfjs on the active backend. A resume is
 * refused (exit 2) when the spec, the data or the thread layout differ from the checkpoint's.
 */
export async function runTraining(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const { model, data, folder } = options;
  checkDataFits(model, data);
  const checkpointDir = path.join(folder.dir, RUN_FILES.checkpoint);
  let previous: RunSummary | undefined;
  if (options.start) await folder.saveStart(options.start.info, options.start.specYaml);
  else previous = await folder.loadSummary();
  const checkpoint = options.resume ? await folder.loadCheckpoint() : undefined;
  if (options.resume && !checkpoint) {
    throw new UserError('NO_CHECKPOINT', { runDir: folder.dir });
  }
  const batches = Math.ceil(data.train.count / model.train.batch_size);
  const resume = checkpoint && checkState(checkpoint.state, path.join(checkpointDir, 'state.json'), model.train.epochs, batches);
  if (resume && resume.epoch >= model.train.epochs) {
    throw new UserError('RUN_FINISHED', { runDir: folder.dir, epochs: model.train.epochs });
  }
  // a compiled program (WebGPU's, the CPU's) or tfjs's wasm asked for by name is named as the user
  // chose it; otherwise the backend tfjs runs on
  const backend = options.engine || options.backend.cpuProgram || options.backend.name === 'tfjs-wasm' ? options.backend.name : tf.getBackend();
  // never more shards than a batch has examples
  const threads = Math.min(model.train.batch_size, stepThreads(options.threads ?? (resume?.identity?.backend === backend ? resume.identity.threads : undefined), backend));
  const identity: RunIdentity = {
    spec_sha256: await folder.specHash(),
    data: { files: Object.fromEntries(Object.entries(data.files).map(([k, f]) => [k, f.sha256])), train_count: data.train.count, val_count: data.test.count },
    backend,
    threads,
  };
  const changes = resume?.identity ? identityChanges(resume.identity, identity) : [];
  if (changes.length) {
    throw new UserError('RESUME_MISMATCH', { runDir: folder.dir, changes });
  }
  options.onStart?.({ threads });
  const engine = options.engine ?? (options.backend.gpu ? await requireEngine(model, options.plan, options.backend.gpu, data.classes.length)
    : options.backend.cpuProgram ? await cpuEngine() : undefined);
  const trainer = await (engine ?? startTfjsTrainer)({
    model, train: data.train, classes: data.classes.length, threads, restore: checkpoint?.trainer, restoreFrom: checkpointDir,
    compiling: { signal: options.signal, onKernel: options.onKernel },
  });
  let outcome: LoopOutcome;
  try {
    outcome = await trainLoop({
      model, trainer, store: folder, train: data.train, val: data.test, resume, identity,
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
    device: options.backend.note ? `${options.backend.device}; ${options.backend.note}` : options.backend.device,
    threads,
    tfjs_version: tf.version.tfjs,
    dataset: { name: data.name, train_count: data.train.count, val_count: data.test.count, files: identity.data.files },
    wall_seconds: (previous?.wall_seconds ?? 0) + (performance.now() - started) / 1000,
    command: [...options.command],
    seed: model.train.seed,
    resumes: (previous?.resumes ?? 0) + (options.resume ? 1 : 0),
  };
  await folder.saveSummary(summary);
  return { ...outcome, summary };
}

/** The tfjs network saved in the model folder `dir` (model.json and its weights). */
export async function loadModelFolder(dir: string, shown: string = dir): Promise<tf.LayersModel> {
  return loadModel(await readModelFiles(dir, shown), shown);
}

/** eval's result. */
export interface EvalResult {
  accuracy: number;
  loss: number;
  /** `accuracy` is null for a class with no example in the split: undefined, not 0. */
  per_class: { class: string; accuracy: number | null; count: number }[];
  /** confusion[true][predicted] */
  confusion: number[][];
}

/**
 * Evaluates the run's saved model/ on `split` and draws the confusion matrix: into the run
 * folder's confusion.svg, or through `writeConfusionSvg` (eval -o FILE).
 */
export async function evaluateRun(
  runDir: string, model: NetModel, split: ImageSplit, classes: readonly string[],
  writeConfusionSvg: (svg: string) => Promise<void> = (svg) => writeConfusion(runDir, svg),
): Promise<EvalResult> {
  checkDataFits(model, { train: split, test: split });
  const net = await loadModelFolder(path.join(runDir, RUN_FILES.model));
  try {
    const result = await evaluate(net, split, classes.length, 256);
    const per_class = result.confusion.map((row, k) => {
      const count = row.reduce((a, b) => a + b, 0);
      return { class: classes[k], accuracy: count ? row[k] / count : null, count };
    });
    const right = result.confusion.reduce((n, row, k) => n + row[k]!, 0);
    const title = `${model.name}: accuracy ${result.accuracy.toFixed(4)} on ${split.count.toLocaleString('en-US')} test images (${right.toLocaleString('en-US')} right)`;
    await writeConfusionSvg(await confusionSvg(result.confusion, classes, title));
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
